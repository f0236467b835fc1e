import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { isResetTokenUsable, requestPasswordReset, resetPassword } from "@/lib/accounts/password-reset";
import { signUpSchema } from "@/lib/accounts/schemas";
import { signUp } from "@/lib/accounts/sign-up";
import { attemptLogin } from "@/lib/auth/login";
import { isSessionActive } from "@/lib/auth/sessions";
import { Conflict } from "@/lib/errors";
import { parseEml } from "@/lib/mail/list-outbox";
import { getDb, uniqueEmail, setupTestDatabase } from "../support/db";

setupTestDatabase();

const outbox = process.env.OUTBOX_DIR!;

function lastLinkFor(email: string): string {
  const files = fs.readdirSync(outbox).filter((f) => f.endsWith(".eml")).sort();
  for (const f of files.reverse()) {
    const mail = parseEml(fs.readFileSync(path.join(outbox, f), "utf8"));
    if (mail.to.includes(email)) return mail.text.match(/https?:\/\/\S+jeton=([A-Za-z0-9_-]+)/)![1]!;
  }
  throw new Error(`no mail for ${email}`);
}

async function newUser() {
  const email = uniqueEmail("reset");
  const { userId, sessionId } = await signUp(
    signUpSchema.parse({ firstName: "Laura", lastName: "Petit", email, password: "Velo-Rouge-42", terms: "on" }),
    new Date(),
  );
  return { email, userId, sessionId };
}

describe("password reset", () => {
  it("e-mails a link that works once, sets the password, unblocks and ends every session", async () => {
    const { email, userId, sessionId } = await newUser();
    await getDb().update(users).set({ failedLogins: 30, blockedIndefinitely: true }).where(eq(users.id, userId));
    await requestPasswordReset({ email, ip: "1.2.3.4" }, new Date());
    const token = lastLinkFor(email);
    expect(await isResetTokenUsable(token, new Date())).toBe(true);
    await resetPassword({ token, password: "Nouveau-Mot-77" }, new Date());
    expect(await isSessionActive(getDb(), sessionId, userId, new Date())).toBe(false);
    await expect(attemptLogin({ email, password: "Nouveau-Mot-77", ip: "1.2.3.4" }, new Date())).resolves.toHaveProperty("sessionId");
    // reused link
    expect(await isResetTokenUsable(token, new Date())).toBe(false);
    await expect(resetPassword({ token, password: "Encore-Autre-88" }, new Date())).rejects.toBeInstanceOf(Conflict);
    await expect(attemptLogin({ email, password: "Nouveau-Mot-77", ip: "1.2.3.4" }, new Date())).resolves.toHaveProperty("sessionId");
  });

  it("refuses a link older than one hour and changes nothing", async () => {
    const { email, userId } = await newUser();
    const t0 = new Date();
    await requestPasswordReset({ email, ip: "1.2.3.5" }, t0);
    const token = lastLinkFor(email);
    const [before] = await getDb().select({ h: users.passwordHash }).from(users).where(eq(users.id, userId));
    const later = new Date(t0.getTime() + 61 * 60_000);
    expect(await isResetTokenUsable(token, later)).toBe(false);
    await expect(resetPassword({ token, password: "Nouveau-Mot-77" }, later)).rejects.toBeInstanceOf(Conflict);
    const [after] = await getDb().select({ h: users.passwordHash }).from(users).where(eq(users.id, userId));
    expect(after!.h).toBe(before!.h);
  });

  it("sends nothing for an unknown address, and says nothing about it", async () => {
    const before = fs.existsSync(outbox) ? fs.readdirSync(outbox).length : 0;
    await expect(requestPasswordReset({ email: uniqueEmail("unknown"), ip: "1.2.3.6" }, new Date())).resolves.toBeUndefined();
    const after = fs.existsSync(outbox) ? fs.readdirSync(outbox).length : 0;
    expect(after).toBe(before);
  });
});
