import { and, eq, gt, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { sessions, users } from "@/db/schema";

export const SESSION_DAYS = 30;
/** An anonymous session (ABC Diag without an account) ends after this much time without activity. */
export const ANONYMOUS_IDLE_HOURS = 4;

export async function createSession(db: DbOrTx, userId: string, now: Date): Promise<string> {
  const [row] = await db
    .insert(sessions)
    .values({ userId, createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_DAYS * 86_400_000) })
    .returning({ id: sessions.id });
  return row!.id;
}

/** A session of an anonymous user: it expires 4 hours after the last activity (see touchAnonymousSession). */
export async function createAnonymousSession(db: DbOrTx, userId: string, now: Date): Promise<string> {
  const [row] = await db
    .insert(sessions)
    .values({ userId, createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + ANONYMOUS_IDLE_HOURS * 3_600_000) })
    .returning({ id: sessions.id });
  return row!.id;
}

/** Records activity on an anonymous session, which pushes its end 4 hours later. */
export async function touchAnonymousSession(db: DbOrTx, sessionId: string, now: Date): Promise<void> {
  await db
    .update(sessions)
    .set({ lastSeenAt: now, expiresAt: new Date(now.getTime() + ANONYMOUS_IDLE_HOURS * 3_600_000) })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)));
}

/** Binds a fresh session to a JWT; a session id can be bound once, within a minute of its creation. */
export async function bindSession(db: DbOrTx, sessionId: string, now: Date): Promise<{ userId: string } | null> {
  const [row] = await db
    .update(sessions)
    .set({ boundAt: now })
    .where(
      and(
        eq(sessions.id, sessionId),
        isNull(sessions.boundAt),
        isNull(sessions.revokedAt),
        gt(sessions.createdAt, new Date(now.getTime() - 60_000)),
      ),
    )
    .returning({ userId: sessions.userId });
  return row ?? null;
}

/**
 * Checked on every request (the JWT callback): the session is this user's, not revoked, not
 * expired, and the account still exists (a deleted or anonymised account opens nothing even if
 * a session row were left).
 */
export async function isSessionActive(db: DbOrTx, sessionId: string, userId: string, now: Date): Promise<boolean> {
  const [row] = await db
    .select({ id: sessions.id })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now), isNull(users.deletedAt)))
    .limit(1);
  return Boolean(row);
}

export async function revokeSession(db: DbOrTx, sessionId: string, now: Date): Promise<void> {
  await db.update(sessions).set({ revokedAt: now }).where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

export async function revokeAllSessions(db: DbOrTx, userId: string, now: Date): Promise<void> {
  await db.update(sessions).set({ revokedAt: now }).where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));
}
