import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { signUpSchema } from "@/lib/accounts/schemas";
import { signUp } from "@/lib/accounts/sign-up";
import { AccountBlocked, InvalidCredentials, attemptLogin } from "@/lib/auth/login";
import { lockoutAfterFailure } from "@/lib/auth/lockout";
import { isSessionActive, revokeSession } from "@/lib/auth/sessions";
import { RateLimited } from "@/lib/errors";
import { getDb, uniqueEmail, setupTestDatabase } from "../support/db";

setupTestDatabase();

const PASSWORD = "Velo-Rouge-42";

async function newUser() {
  const email = uniqueEmail("login");
  const { userId } = await signUp(signUpSchema.parse({ firstName: "A", lastName: "B", email, password: PASSWORD, terms: "on" }), new Date());
  return { email, userId };
}

describe("lockout rule", () => {
  const now = new Date("2026-11-28T10:00:00Z");
  it.each([
    [1, "none", 0],
    [9, "none", 0],
    [10, "until", 2],
    [11, "none", 0],
    [19, "none", 0],
    [20, "until", 4],
    [29, "none", 0],
    [30, "indefinite", 0],
    [45, "indefinite", 0],
  ])("after %i failures: %s (%i min)", (failures, kind, minutes) => {
    const lock = lockoutAfterFailure(failures, now);
    expect(lock.kind).toBe(kind);
    if (lock.kind === "until") expect(lock.until.getTime() - now.getTime()).toBe(minutes * 60_000);
  });
});

describe("login", () => {
  it("opens a session with the right password, in any letter case of the e-mail", async () => {
    const { email, userId } = await newUser();
    const res = await attemptLogin({ email: email.toUpperCase(), password: PASSWORD, ip: "10.0.0.1" }, new Date());
    expect(res.userId).toBe(userId);
    expect(await isSessionActive(getDb(), res.sessionId, userId, new Date())).toBe(true);
  });

  it("says the same thing for an unknown e-mail and a wrong password", async () => {
    const { email } = await newUser();
    await expect(attemptLogin({ email, password: "Wrong-Pass-1", ip: "1.1.1.1" }, new Date())).rejects.toBeInstanceOf(InvalidCredentials);
    await expect(attemptLogin({ email: uniqueEmail("nobody"), password: PASSWORD, ip: "1.1.1.1" }, new Date())).rejects.toBeInstanceOf(
      InvalidCredentials,
    );
  });

  it("blocks for 2 minutes at the 10th failure, says until when at the 11th, and lets in after", async () => {
    const { email } = await newUser();
    const t0 = new Date("2026-11-28T10:00:00Z");
    for (let i = 1; i <= 9; i++)
      await expect(attemptLogin({ email, password: "Wrong-Pass-1", ip: "2.2.2.2" }, t0)).rejects.toBeInstanceOf(InvalidCredentials);
    await expect(attemptLogin({ email, password: "Wrong-Pass-1", ip: "2.2.2.2" }, t0)).rejects.toBeInstanceOf(AccountBlocked);
    const eleventh = await attemptLogin({ email, password: PASSWORD, ip: "2.2.2.2" }, new Date(t0.getTime() + 60_000)).catch((e) => e);
    expect(eleventh).toBeInstanceOf(AccountBlocked);
    expect((eleventh as AccountBlocked).until).toEqual(new Date(t0.getTime() + 2 * 60_000));
    expect((eleventh as AccountBlocked).userMessage).toMatch(/bloqué jusqu'à 11:02/);
    const later = new Date(t0.getTime() + 2 * 60_000 + 1000);
    await expect(attemptLogin({ email, password: PASSWORD, ip: "2.2.2.2" }, later)).resolves.toHaveProperty("sessionId");
    const [row] = await getDb().select({ f: users.failedLogins }).from(users).where(eq(users.email, email));
    expect(row!.f).toBe(0);
  });

  it("stays blocked from 30 consecutive failures, even with the right password", async () => {
    const { email } = await newUser();
    await getDb().update(users).set({ failedLogins: 29 }).where(eq(users.email, email));
    await expect(attemptLogin({ email, password: "Wrong-Pass-1", ip: "3.3.3.3" }, new Date())).rejects.toBeInstanceOf(AccountBlocked);
    const e = await attemptLogin({ email, password: PASSWORD, ip: "3.3.3.3" }, new Date(Date.now() + 86_400_000)).catch((x) => x);
    expect(e).toBeInstanceOf(AccountBlocked);
    expect((e as AccountBlocked).until).toBeNull();
  });

  it("rate-limits per (address, e-mail), so other people behind the same address are not locked out", async () => {
    const { email } = await newUser();
    const other = await newUser();
    const now = new Date("2026-11-28T12:00:00Z");
    // unknown addresses are counted too: use an e-mail with no account to avoid the account lock
    const ghost = uniqueEmail("ghost");
    for (let i = 0; i < 30; i++) await attemptLogin({ email: ghost, password: "x", ip: "9.9.9.9" }, now).catch(() => null);
    await expect(attemptLogin({ email: ghost, password: "x", ip: "9.9.9.9" }, now)).rejects.toBeInstanceOf(RateLimited);
    await expect(attemptLogin({ email: other.email, password: PASSWORD, ip: "9.9.9.9" }, now)).resolves.toHaveProperty("sessionId");
    await expect(attemptLogin({ email, password: PASSWORD, ip: "9.9.9.9" }, now)).resolves.toHaveProperty("sessionId");
  });

  it("a revoked session is no longer active", async () => {
    const { email, userId } = await newUser();
    const { sessionId } = await attemptLogin({ email, password: PASSWORD, ip: "4.4.4.4" }, new Date());
    await revokeSession(getDb(), sessionId, new Date());
    expect(await isSessionActive(getDb(), sessionId, userId, new Date())).toBe(false);
  });
});
