/**
 * Rate limits of the entries where a person types a secret (issue #14): the address used for
 * the limits, failed logins per address, sign-ups, "Garder mes résultats", password-reset
 * requests and the current-password check of "Mon compte". Each shows that the try after the
 * limit is refused (RateLimited, shown as "Trop d'essais…") and changes nothing. Keys carry a
 * random address or a fresh account, so the file holds on a shared PostgreSQL.
 */
import { randomInt } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import { passwordResetTokens, sessions, users } from "@/db/schema";
import { keepAnonymousAccount } from "@/lib/accounts/keep-anonymous-account";
import { requestPasswordReset } from "@/lib/accounts/password-reset";
import { signUpSchema } from "@/lib/accounts/schemas";
import { SIGN_UP_LIMIT, signUp } from "@/lib/accounts/sign-up";
import { updatePassword } from "@/lib/accounts/update-account";
import type { Actor } from "@/lib/auth/actor";
import { verifyPassword } from "@/lib/auth/hash";
import { InvalidCredentials, LOGIN_LIMITS, attemptLogin } from "@/lib/auth/login";
import { clientIp, hitRateLimits, limitedUntil, recordFailure } from "@/lib/auth/rate-limit";
import { isSessionActive } from "@/lib/auth/sessions";
import { errorToFormState } from "@/lib/actions/validated-action";
import { InvalidInput, RateLimited } from "@/lib/errors";
import { newUser as newBareUser } from "../orga/helpers";
import { getDb, setupTestDatabase, uniqueEmail } from "../support/db";

setupTestDatabase();

const PASSWORD = "Velo-Rouge-42";
const randomIp = () => `172.${randomInt(16, 32)}.${randomInt(0, 256)}.${randomInt(1, 255)}-${process.pid}-${Date.now().toString(36)}`;

async function account(): Promise<Actor & { email: string }> {
  const email = uniqueEmail("limits");
  const { userId, sessionId } = await signUp(signUpSchema.parse({ firstName: "Lina", lastName: "Morel", email, password: PASSWORD, terms: "on" }), new Date());
  return { userId, sessionId, email, role: "user", firstName: "Lina", lastName: "Morel", isAnonymous: false };
}

/** Puts a counter where `tries` tries were already made in the current window (instead of making them one by one). */
async function alreadyTried(key: string, tries: number, now: Date): Promise<void> {
  await getDb().execute(sql`insert into rate_limits (key, window_start, count) values (${key}, ${now.toISOString()}, ${tries})
    on conflict (key) do update set window_start = excluded.window_start, count = excluded.count`);
}

describe("clientIp: the address used by the per-address limits", () => {
  it.each<[string, Record<string, string>, string]>([
    ["the load balancer's entry (the last one), not what the client wrote before it", { "x-forwarded-for": "1.2.3.4, 203.0.113.9" }, "203.0.113.9"],
    ["a single entry", { "x-forwarded-for": "203.0.113.9" }, "203.0.113.9"],
    ["spaces and empty entries ignored", { "x-forwarded-for": " 1.2.3.4 ,, 198.51.100.7 , " }, "198.51.100.7"],
    ["X-Real-IP without X-Forwarded-For", { "x-real-ip": "198.51.100.8" }, "198.51.100.8"],
    ["neither", {}, "local"],
  ])("%s", (_name, headers, expected) => {
    expect(clientIp(new Headers(headers))).toBe(expected);
  });

  it("a client cannot pick a new address for each try by writing X-Forwarded-For itself", () => {
    const tries = Array.from({ length: 5 }, (_, i) => clientIp(new Headers({ "x-forwarded-for": `10.9.9.${i}, 203.0.113.50` })));
    expect(new Set(tries)).toEqual(new Set(["203.0.113.50"]));
  });
});

describe("the mechanism", () => {
  it("hitRateLimits refuses the (max+1)-th hit until the window ends; limitedUntil only reads", async () => {
    const key = `test:${randomIp()}`;
    const t0 = new Date("2026-12-05T10:00:00Z");
    const limit = { key, max: 3, windowMs: 60_000 };
    for (let i = 0; i < 3; i++) await hitRateLimits(getDb(), [limit], t0);
    expect(await limitedUntil(getDb(), [limit], t0)).toEqual(new Date(t0.getTime() + 60_000));
    expect(await limitedUntil(getDb(), [limit], t0)).toEqual(new Date(t0.getTime() + 60_000));
    const e = await hitRateLimits(getDb(), [limit], t0).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(RateLimited);
    expect((e as RateLimited).retryAt).toEqual(new Date(t0.getTime() + 60_000));
    // the form shows it in French
    expect(errorToFormState(e, {}).formError).toMatch(/^Trop d'essais\. Réessayez à partir de/);
    const later = new Date(t0.getTime() + 60_001);
    expect(await limitedUntil(getDb(), [limit], later)).toBeNull();
    await expect(hitRateLimits(getDb(), [limit], later)).resolves.toBeUndefined();
  });

  it("recordFailure counts past the limit without throwing", async () => {
    const limit = { key: `test:${randomIp()}`, max: 1, windowMs: 60_000 };
    const now = new Date();
    await recordFailure(getDb(), [limit], now);
    await expect(recordFailure(getDb(), [limit], now)).resolves.toBeUndefined();
    expect(await limitedUntil(getDb(), [limit], now)).not.toBeNull();
  });
});

describe("login: failed tries per address, over all e-mails", () => {
  it(`after ${LOGIN_LIMITS.failuresPerAddress} failures from one address, the next try is refused even with the right password, and changes nothing`, async () => {
    const ip = randomIp();
    const now = new Date();
    const a = await account();
    await alreadyTried(`login:ip-failures:${ip}`, LOGIN_LIMITS.failuresPerAddress - 3, now);
    // the last 3 allowed failures, each on another e-mail (one password tried on many accounts)
    for (let i = 0; i < 3; i++) await expect(attemptLogin({ email: uniqueEmail("spray"), password: "Soleil-2026", ip }, now)).rejects.toBeInstanceOf(InvalidCredentials);
    const sessionsBefore = await getDb().select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, a.userId));
    const refused = await attemptLogin({ email: a.email, password: PASSWORD, ip }, now).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RateLimited);
    expect((refused as RateLimited).retryAt.getTime()).toBe(now.getTime() + LOGIN_LIMITS.windowMs);
    // no session opened, no failure counted on the account
    expect(await getDb().select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, a.userId))).toHaveLength(sessionsBefore.length);
    const [row] = await getDb().select({ failedLogins: users.failedLogins }).from(users).where(eq(users.id, a.userId));
    expect(row!.failedLogins).toBe(0);
    // the same person from another address (their phone) is not blocked
    await expect(attemptLogin({ email: a.email, password: PASSWORD, ip: randomIp() }, now)).resolves.toHaveProperty("sessionId");
  });

  it("successful logins from one address are not counted: a room of 30 logs in, then mistypes, without reaching the limit", async () => {
    const ip = randomIp();
    const now = new Date();
    const room = await Promise.all(Array.from({ length: 30 }, () => account()));
    for (const p of room) {
      await expect(attemptLogin({ email: p.email, password: "Velo-Rouge-4", ip }, now)).rejects.toBeInstanceOf(InvalidCredentials);
      await expect(attemptLogin({ email: p.email, password: PASSWORD, ip }, now)).resolves.toHaveProperty("sessionId");
    }
    expect(await limitedUntil(getDb(), [{ key: `login:ip-failures:${ip}`, max: LOGIN_LIMITS.failuresPerAddress, windowMs: LOGIN_LIMITS.windowMs }], now)).toBeNull();
  });
});

describe("sign-up", () => {
  it(`the ${SIGN_UP_LIMIT.max + 1}-th sign-up from one address in an hour is refused and creates no account`, async () => {
    const ip = randomIp();
    const now = new Date();
    await alreadyTried(`signup:ip:${ip}`, SIGN_UP_LIMIT.max - 1, now);
    const last = uniqueEmail("signup-last");
    await expect(signUp(signUpSchema.parse({ firstName: "A", lastName: "B", email: last, password: PASSWORD, terms: "on" }), now, { ip })).resolves.toHaveProperty("userId");
    const refused = uniqueEmail("signup-refused");
    await expect(signUp(signUpSchema.parse({ firstName: "A", lastName: "B", email: refused, password: PASSWORD, terms: "on" }), now, { ip })).rejects.toBeInstanceOf(RateLimited);
    expect(await getDb().select({ id: users.id }).from(users).where(eq(users.email, refused))).toHaveLength(0);
    // another address signs up as usual
    await expect(signUp(signUpSchema.parse({ firstName: "A", lastName: "B", email: refused, password: PASSWORD, terms: "on" }), now, { ip: randomIp() })).resolves.toHaveProperty("userId");
  });

  it("'Garder mes résultats': an anonymous participant gets 10 tries in an hour; the 11th keeps them anonymous", async () => {
    const anon = await newBareUser("Anonyme", { anonymous: true });
    const taken = await account();
    const now = new Date();
    const form = (email: string) => signUpSchema.parse({ firstName: "Zoé", lastName: "Petit", email, password: PASSWORD, terms: "on" });
    // listing addresses: each try on an address that has an account is told so
    for (let i = 0; i < 10; i++) await expect(keepAnonymousAccount(anon, form(taken.email), now, { ip: randomIp() })).rejects.toMatchObject({ field: "email" });
    const free = uniqueEmail("keep");
    await expect(keepAnonymousAccount(anon, form(free), now, { ip: randomIp() })).rejects.toBeInstanceOf(RateLimited);
    const [row] = await getDb().select({ isAnonymous: users.isAnonymous, email: users.email }).from(users).where(eq(users.id, anon.userId));
    expect(row).toEqual({ isAnonymous: true, email: null });
  });
});

describe("password reset request", () => {
  it("the 6th request for one e-mail from one address in an hour is refused and sends no new link", async () => {
    const a = await account();
    const ip = randomIp();
    const now = new Date();
    for (let i = 0; i < 5; i++) await requestPasswordReset({ email: a.email, ip }, now);
    await expect(requestPasswordReset({ email: a.email, ip }, now)).rejects.toBeInstanceOf(RateLimited);
    expect(await getDb().select({ id: passwordResetTokens.id }).from(passwordResetTokens).where(eq(passwordResetTokens.userId, a.userId))).toHaveLength(5);
  });

  it("10 requests per e-mail in an hour over all addresses (another address does not reset the count)", async () => {
    const a = await account();
    const now = new Date();
    for (let i = 0; i < 10; i++) await requestPasswordReset({ email: a.email, ip: randomIp() }, now);
    await expect(requestPasswordReset({ email: a.email, ip: randomIp() }, now)).rejects.toBeInstanceOf(RateLimited);
    expect(await getDb().select({ id: passwordResetTokens.id }).from(passwordResetTokens).where(eq(passwordResetTokens.userId, a.userId))).toHaveLength(10);
  });
});

describe("Mon compte: the current password", () => {
  it("after 10 wrong current passwords in 15 minutes, the 11th try is refused even when right, and the password stays", async () => {
    const a = await account();
    const now = new Date();
    for (let i = 0; i < 10; i++)
      await expect(updatePassword(a, { currentPassword: "Mauvais-Mot-1", newPassword: "Nouveau-Mot-77" }, now)).rejects.toBeInstanceOf(InvalidInput);
    await expect(updatePassword(a, { currentPassword: PASSWORD, newPassword: "Nouveau-Mot-77" }, now)).rejects.toBeInstanceOf(RateLimited);
    const [row] = await getDb().select({ hash: users.passwordHash }).from(users).where(eq(users.id, a.userId));
    expect(await verifyPassword(row!.hash, PASSWORD)).toBe(true);
    expect(await isSessionActive(getDb(), a.sessionId, a.userId, now)).toBe(true);
    expect(await getDb().select({ id: sessions.id }).from(sessions).where(and(eq(sessions.userId, a.userId), isNull(sessions.revokedAt)))).toHaveLength(1);
  });
});
