import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { findUserByEmail } from "@/lib/accounts/find-user";
import { DomainError, RateLimited } from "@/lib/errors";
import { fr } from "@/lib/i18n/fr";
import { verifyPassword } from "./hash";
import { lockoutAfterFailure } from "./lockout";
import { hitRateLimits, limitedUntil, recordFailure, type Limit } from "./rate-limit";
import { createSession } from "./sessions";

export class InvalidCredentials extends DomainError {
  constructor() {
    super("invalid credentials", fr.invalidCredentials);
  }
}

export class AccountBlocked extends DomainError {
  constructor(readonly until: Date | null) {
    super("account blocked", until ? fr.blockedUntil(until) : fr.blockedIndefinitely);
  }
}

const LOGIN_WINDOW_MS = 15 * 60_000;
/** Tries per (address, e-mail) and per e-mail, and failed tries per address (any e-mail), in 15 minutes. */
export const LOGIN_LIMITS = { perAddressAndEmail: 30, perEmail: 100, failuresPerAddress: 1000, windowMs: LOGIN_WINDOW_MS };

/**
 * Checks e-mail and password. Counts failures per account (blocks 2 min after 10, doubling;
 * from 30 until a reset or a staff unblock) and rate-limits per (address, e-mail) and per
 * e-mail; failures are also counted per address over all e-mails (one password tried against
 * many accounts), with a ceiling a room of 30 people mistyping never reaches. A refused try
 * checks no password and changes no counter of the account. On success, opens a server session
 * and returns its id.
 */
export async function attemptLogin(
  input: { email: string; password: string; ip: string },
  now: Date,
): Promise<{ userId: string; sessionId: string }> {
  const db = getDb();
  const email = input.email.toLowerCase();
  const failuresOfAddress: Limit[] = [{ key: `login:ip-failures:${input.ip}`, max: LOGIN_LIMITS.failuresPerAddress, windowMs: LOGIN_WINDOW_MS }];
  const until = await limitedUntil(db, failuresOfAddress, now);
  if (until) throw new RateLimited(until);
  await hitRateLimits(
    db,
    [
      { key: `login:ip-email:${input.ip}:${email}`, max: LOGIN_LIMITS.perAddressAndEmail, windowMs: LOGIN_WINDOW_MS },
      { key: `login:email:${email}`, max: LOGIN_LIMITS.perEmail, windowMs: LOGIN_WINDOW_MS },
    ],
    now,
  );
  const user = await findUserByEmail(db, email);
  if (user && !user.isAnonymous) {
    if (user.blockedIndefinitely) throw new AccountBlocked(null);
    if (user.blockedUntil && user.blockedUntil > now) throw new AccountBlocked(user.blockedUntil);
  }
  const ok = await verifyPassword(user && !user.isAnonymous ? user.passwordHash : null, input.password);
  if (!user || user.isAnonymous || !ok) await recordFailure(db, failuresOfAddress, now);
  if (!user || user.isAnonymous) throw new InvalidCredentials();
  if (!ok) {
    const [row] = await db
      .update(users)
      .set({ failedLogins: sql`${users.failedLogins} + 1` })
      .where(eq(users.id, user.id))
      .returning({ failedLogins: users.failedLogins });
    const lock = lockoutAfterFailure(row!.failedLogins, now);
    if (lock.kind === "none") throw new InvalidCredentials();
    await db
      .update(users)
      .set(lock.kind === "indefinite" ? { blockedIndefinitely: true } : { blockedUntil: lock.until })
      .where(eq(users.id, user.id));
    throw new AccountBlocked(lock.kind === "indefinite" ? null : lock.until);
  }
  return db.transaction(async (tx) => {
    await tx.update(users).set({ failedLogins: 0, blockedUntil: null }).where(eq(users.id, user.id));
    const sessionId = await createSession(tx, user.id, now);
    return { userId: user.id, sessionId };
  });
}
