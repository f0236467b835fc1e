import { count, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import { signUpSchema } from "@/lib/accounts/schemas";
import { signUp } from "@/lib/accounts/sign-up";
import { Conflict } from "@/lib/errors";
import { getDb, uniqueEmail, setupTestDatabase } from "../support/db";

setupTestDatabase();

const valid = (email: string) => ({ firstName: "Robert", lastName: "Dupont", email, password: "Velo-Rouge-42", terms: "on" });

async function usersWithEmail(email: string): Promise<number> {
  const [row] = await getDb().select({ n: count() }).from(users).where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  return Number(row!.n);
}

describe("sign-up", () => {
  it("creates the account with the e-mail in lower case and opens a session", async () => {
    const email = uniqueEmail("Robert").replace("robert", "Robert");
    const input = signUpSchema.parse(valid(email));
    const { userId, sessionId } = await signUp(input, new Date());
    expect(userId).toMatch(/[0-9a-f-]{36}/);
    expect(sessionId).toMatch(/[0-9a-f-]{36}/);
    const [row] = await getDb().select({ email: users.email }).from(users).where(sql`${users.id} = ${userId}`);
    expect(row!.email).toBe(email.toLowerCase());
  });

  it("refuses an address already used, whatever the letter case, and writes nothing", async () => {
    const email = uniqueEmail("laura");
    await signUp(signUpSchema.parse(valid(email)), new Date());
    await expect(signUp(signUpSchema.parse(valid(email.toUpperCase())), new Date())).rejects.toBeInstanceOf(Conflict);
    expect(await usersWithEmail(email)).toBe(1);
  });

  it.each([
    ["an empty first name", { firstName: "" }, "firstName", "Saisissez votre prénom."],
    ["a 10,000-character name", { lastName: "a".repeat(10_000) }, "lastName", "Votre nom ne peut pas dépasser 100 caractères."],
    ["a short password", { password: "Ab1" }, "password", "Le mot de passe doit contenir au moins 8 caractères."],
    ["a password without digit", { password: "Velo-Rouge" }, "password", "Le mot de passe doit contenir au moins un chiffre."],
    ["a common password", { password: "Azerty123" }, "password", "Ce mot de passe est trop connu : il serait deviné très vite. Choisissez-en un autre."],
    ["another common password", { password: "Motdepasse1!" }, "password", "Ce mot de passe est trop connu : il serait deviné très vite. Choisissez-en un autre."],
    ["a malformed e-mail", { email: "robert@" }, "email", "Saisissez une adresse e-mail valide, par exemple nom@exemple.fr."],
    ["terms not accepted", { terms: undefined }, "terms", "Vous devez accepter les conditions d'utilisation pour créer un compte."],
  ])("refuses %s with a French message on the field", (_label, patch, field, message) => {
    const result = signUpSchema.safeParse({ ...valid("robert@exemple.fr"), ...patch });
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.path[0] === field);
    expect(issue?.message).toBe(message);
  });

  it("keeps HTML in a name as plain text (React escapes it when shown)", async () => {
    const email = uniqueEmail("html");
    const input = signUpSchema.parse({ ...valid(email), firstName: "<script>alert(1)</script>" });
    const { userId } = await signUp(input, new Date());
    const [row] = await getDb().select({ firstName: users.firstName }).from(users).where(sql`${users.id} = ${userId}`);
    expect(row!.firstName).toBe("<script>alert(1)</script>");
  });
});
