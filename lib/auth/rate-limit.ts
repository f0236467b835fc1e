import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { RateLimited } from "@/lib/errors";

export type Limit = { key: string; max: number; windowMs: number };

/**
 * Counts one hit on each limit (fixed windows stored in PostgreSQL, so they hold across
 * instances) and throws RateLimited when one is exceeded. Keys are always tied to an
 * identifier (e-mail, code, candidate), never to an address alone: a whole EPN room shares one.
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

/** drizzle returns { rows } on PGlite and an array on postgres.js */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  if (forwarded) return forwarded.split(",")[0]!.trim().slice(0, 64);
  return (headers.get("x-real-ip") ?? "local").slice(0, 64);
}
