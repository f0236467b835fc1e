/**
 * Server sessions can be ended (issue #14). Every request checks the JWT's session id with
 * isSessionActive (lib/auth/auth.ts, jwt callback), so what ends a row here ends the login in
 * every browser. Password change, "se déconnecter partout", reset link and staff anonymisation
 * are tested in account.test.ts, password-reset.test.ts and admin/users.test.ts; this file
 * covers the rest.
 */
import { eq } from "drizzle-orm";
import { sessions, users } from "@/db/schema";
import { signUpSchema } from "@/lib/accounts/schemas";
import { signUp } from "@/lib/accounts/sign-up";
import { deleteAccount } from "@/lib/accounts/update-account";
import type { Actor } from "@/lib/auth/actor";
import { attemptLogin } from "@/lib/auth/login";
import { bindSession, createSession, isSessionActive, revokeSession, SESSION_DAYS } from "@/lib/auth/sessions";
import { getDb, setupTestDatabase, uniqueEmail } from "../support/db";

setupTestDatabase();

const PASSWORD = "Velo-Rouge-42";

async function account(): Promise<Actor & { email: string }> {
  const email = uniqueEmail("sessions");
  const { userId, sessionId } = await signUp(signUpSchema.parse({ firstName: "Paul", lastName: "Henry", email, password: PASSWORD, terms: "on" }), new Date());
  return { userId, sessionId, email, role: "user", firstName: "Paul", lastName: "Henry", isAnonymous: false };
}

describe("server sessions", () => {
  it("logging out ends this browser's session only: the other browser stays logged in", async () => {
    const a = await account();
    const other = await attemptLogin({ email: a.email, password: PASSWORD, ip: "192.0.2.10" }, new Date());
    await revokeSession(getDb(), a.sessionId, new Date());
    expect(await isSessionActive(getDb(), a.sessionId, a.userId, new Date())).toBe(false);
    expect(await isSessionActive(getDb(), other.sessionId, a.userId, new Date())).toBe(true);
  });

  it("deleting one's account ends every session", async () => {
    const a = await account();
    const other = await attemptLogin({ email: a.email, password: PASSWORD, ip: "192.0.2.11" }, new Date());
    await deleteAccount(a, { currentPassword: PASSWORD, confirm: "on" }, new Date());
    expect(await isSessionActive(getDb(), a.sessionId, a.userId, new Date())).toBe(false);
    expect(await isSessionActive(getDb(), other.sessionId, a.userId, new Date())).toBe(false);
  });

  it("a deleted account opens nothing, even with a session row left unrevoked", async () => {
    const a = await account();
    expect(await isSessionActive(getDb(), a.sessionId, a.userId, new Date())).toBe(true);
    await getDb().update(users).set({ deletedAt: new Date() }).where(eq(users.id, a.userId));
    expect(await isSessionActive(getDb(), a.sessionId, a.userId, new Date())).toBe(false);
  });

  it(`a session ends ${SESSION_DAYS} days after it opened`, async () => {
    const a = await account();
    const opened = new Date("2026-12-01T08:00:00Z");
    const id = await createSession(getDb(), a.userId, opened);
    expect(await isSessionActive(getDb(), id, a.userId, new Date(opened.getTime() + (SESSION_DAYS - 1) * 86_400_000))).toBe(true);
    expect(await isSessionActive(getDb(), id, a.userId, new Date(opened.getTime() + SESSION_DAYS * 86_400_000 + 1))).toBe(false);
  });

  it("a session id is worth nothing for another user", async () => {
    const a = await account();
    const b = await account();
    expect(await isSessionActive(getDb(), a.sessionId, b.userId, new Date())).toBe(false);
  });

  it("a session id can be put in a cookie once, within a minute, and never once revoked", async () => {
    const a = await account();
    const now = new Date();
    const fresh = await createSession(getDb(), a.userId, now);
    expect(await bindSession(getDb(), fresh, now)).toEqual({ userId: a.userId });
    expect(await bindSession(getDb(), fresh, now)).toBeNull();
    const old = await createSession(getDb(), a.userId, new Date(now.getTime() - 61_000));
    expect(await bindSession(getDb(), old, now)).toBeNull();
    const revoked = await createSession(getDb(), a.userId, now);
    await revokeSession(getDb(), revoked, now);
    expect(await bindSession(getDb(), revoked, now)).toBeNull();
    const [row] = await getDb().select({ boundAt: sessions.boundAt }).from(sessions).where(eq(sessions.id, revoked));
    expect(row!.boundAt).toBeNull();
  });
});
