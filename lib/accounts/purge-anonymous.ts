import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { rowsOf } from "@/lib/auth/rate-limit";

/**
 * Deletes the anonymous users (ABC Diag without an account) whose last activity is older than
 * the retention period, with everything tied to them (sessions, diagnostics, answers,
 * simulator states: the foreign keys cascade). Kept accounts are no longer anonymous and are
 * never touched. Returns the number of users deleted.
 */
export async function purgeAnonymousUsers(db: DbOrTx, retentionDays: number, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
  const result = await db.execute(sql`
    delete from users u
    where u.is_anonymous = true
      and u.created_at < ${cutoff}
      and not exists (select 1 from sessions s where s.user_id = u.id and s.last_seen_at >= ${cutoff})
    returning u.id`);
  return rowsOf<{ id: string }>(result).length;
}
