import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { RateLimited } from "@/lib/errors";

export type Limit = { key: string; max: number; windowMs: number };

/**
 * Counts one hit on each limit (fixed windows stored in PostgreSQL, so they hold across
 * instances) and throws RateLimited when one is exceeded. Keys are tied to an identifier
 * (e-mail, account, candidate, session number) wherever one exists: a whole EPN room shares one
 * address. A key on the address alone is kept for what has no identifier (an unknown code, a
 * sign-up, failures over many e-mails), with a ceiling far above what a room of 30 reaches.
 * The full list is in docs/security.md.
 */
export async function hitRateLimits(db: DbOrTx, limits: Limit[], now: Date): Promise<void> {
  let retryAt: Date | null = null;
  for (const limit of limits) {
    const windowStartIfReset = now.toISOString();
    const expiredBefore = new Date(now.getTime() - limit.windowMs).toISOString();
    const rows = await db.execute<{ count: number; window_start: string }>(sql`
      insert into rate_limits (key, window_start, count) values (${limit.key}, ${windowStartIfReset}, 1)
      on conflict (key) do update set
        count = case when rate_limits.window_start <= ${expiredBefore} then 1 else rate_limits.count + 1 end,
        window_start = case when rate_limits.window_start <= ${expiredBefore} then ${windowStartIfReset}::timestamptz else rate_limits.window_start end
      returning count, window_start`);
    const row = rowsOf<{ count: number; window_start: string }>(rows)[0];
    if (row && Number(row.count) > limit.max) {
      const until = new Date(new Date(row.window_start).getTime() + limit.windowMs);
      if (!retryAt || until > retryAt) retryAt = until;
    }
  }
  if (retryAt) throw new RateLimited(retryAt);
}

/**
 * Until when a limit is already reached (count >= max in a window not yet over), or null.
 * Reads only: for limits that count failures, checked before the attempt and hit after a failure.
 */
export async function limitedUntil(db: DbOrTx, limits: Limit[], now: Date): Promise<Date | null> {
  let until: Date | null = null;
  for (const limit of limits) {
    const [row] = rowsOf<{ count: number; window_start: string }>(await db.execute(sql`select count, window_start from rate_limits where key = ${limit.key}`));
    if (!row) continue;
    const end = new Date(new Date(row.window_start).getTime() + limit.windowMs);
    if (end > now && Number(row.count) >= limit.max && (!until || end > until)) until = end;
  }
  return until;
}

/** Counts one failure on each limit; the next attempt is refused by limitedUntil once one is full. */
export async function recordFailure(db: DbOrTx, limits: Limit[], now: Date): Promise<void> {
  await hitRateLimits(db, limits, now).catch((e: unknown) => {
    if (!(e instanceof RateLimited)) throw e;
  });
}

/** drizzle returns { rows } on PGlite and an array on postgres.js */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

/**
 * The address of the person, for rate limits. The LAST entry of X-Forwarded-For: the one our own
 * load balancer appended (or, without a proxy, the socket address Next.js writes there). The
 * first entries are whatever the client sent, so keying on them let anyone dodge a per-address
 * limit by sending a new made-up address with each try.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded
    ?.split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .at(-1);
  if (last) return last.slice(0, 64);
  return (headers.get("x-real-ip")?.trim() || "local").slice(0, 64);
}
