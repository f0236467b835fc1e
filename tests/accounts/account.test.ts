import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { signUpSchema } from "@/lib/accounts/schemas";
import { signUp } from "@/lib/accounts/sign-up";
import { deleteAccount, logoutEverywhere, updateEmail, updateName, updatePassword } from "@/lib/accounts/update-account";
import type { Actor } from "@/lib/auth/actor";
import { InvalidCredentials, attemptLogin } from "@/lib/auth/login";
import { isSessionActive } from "@/lib/auth/sessions";
import { listOutbox } from "@/lib/mail/list-outbox";
import { Conflict, InvalidInput, NotAllowed, NotAuthenticated } from "@/lib/errors";
import { getDb, uniqueEmail, setupTestDatabase } from "../support/db";

setupTestDatabase();

const PASSWORD = "Velo-Rouge-42";

async function newActor(): Promise<Actor & { email: string }> {
  const email = uniqueEmail("account");
  const { userId, sessionId } = await signUp(signUpSchema.parse({ firstName: "Robert", lastName: "Dupont", email, password: PASSWORD, terms: "on" }), new Date());
  return { userId, sessionId, email, role: "user", firstName: "Robert", lastName: "Dupont", isAnonymous: false };
}

describe("account", () => {
  it("changes the name", async () => {
    const a = await newActor();
    await updateName(a, { firstName: "Bob", lastName: "D." }, new Date());
    const [row] = await getDb().select().from(users).where(eq(users.id, a.userId));
    expect([row!.firstName, row!.lastName]).toEqual(["Bob", "D."]);
  });

  it("refuses another account's e-mail and a wrong current password", async () => {
    const a = await newActor();
    const b = await newActor();
    await expect(updateEmail(a, { email: b.email.toUpperCase().toLowerCase(), currentPassword: PASSWORD }, new Date())).rejects.toBeInstanceOf(Conflict);
    await expect(updateEmail(a, { email: uniqueEmail("new"), currentPassword: "Wrong-Pass-1" }, new Date())).rejects.toBeInstanceOf(InvalidInput);
    const [row] = await getDb().select({ email: users.email }).from(users).where(eq(users.id, a.userId));
    expect(row!.email).toBe(a.email);
  });

  it("a password change ends every session", async () => {
    const a = await newActor();
    const other = await attemptLogin({ email: a.email, password: PASSWORD, ip: "5.5.5.5" }, new Date());
    await updatePassword(a, { currentPassword: PASSWORD, newPassword: "Nouveau-Mot-77" }, new Date());
    expect(await isSessionActive(getDb(), a.sessionId, a.userId, new Date())).toBe(false);
    expect(await isSessionActive(getDb(), other.sessionId, a.userId, new Date())).toBe(false);
    await expect(attemptLogin({ email: a.email, password: PASSWORD, ip: "5.5.5.5" }, new Date())).rejects.toBeInstanceOf(InvalidCredentials);
  });

  it("'se déconnecter partout' ends every session", async () => {
    const a = await newActor();
    const other = await attemptLogin({ email: a.email, password: PASSWORD, ip: "6.6.6.6" }, new Date());
    await logoutEverywhere(a, new Date());
    expect(await isSessionActive(getDb(), other.sessionId, a.userId, new Date())).toBe(false);
  });

  it("deleting the account removes personal data and the login", async () => {
    const a = await newActor();
    await expect(deleteAccount(a, { currentPassword: "Wrong-Pass-1", confirm: "on" }, new Date())).rejects.toBeInstanceOf(InvalidInput);
    await deleteAccount(a, { currentPassword: PASSWORD, confirm: "on" }, new Date());
    const [row] = await getDb().select().from(users).where(eq(users.id, a.userId));
    expect(row).toMatchObject({ email: null, firstName: "", lastName: "", passwordHash: null });
    expect(row!.deletedAt).not.toBeNull();
    await expect(attemptLogin({ email: a.email, password: PASSWORD, ip: "7.7.7.7" }, new Date())).rejects.toBeInstanceOf(InvalidCredentials);
    // the address is free again
    await expect(signUp(signUpSchema.parse({ firstName: "R", lastName: "D", email: a.email, password: PASSWORD, terms: "on" }), new Date())).resolves.toHaveProperty("userId");
  });

  it("services refuse a missing actor; the outbox is for platform staff only", async () => {
    await expect(updateName(null, { firstName: "x", lastName: "y" }, new Date())).rejects.toBeInstanceOf(NotAuthenticated);
    const a = await newActor();
    await expect(listOutbox(a)).rejects.toBeInstanceOf(NotAllowed);
    await expect(listOutbox({ ...a, role: "admin" })).resolves.toBeInstanceOf(Array);
  });
});
