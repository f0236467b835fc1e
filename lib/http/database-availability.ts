import { sql } from "drizzle-orm";
import { env } from "@/lib/env";
import { getDb } from "@/db/client";

// Is the PostgreSQL server answering? Asked by proxy.ts before each request, at most once a
// second per instance (the answer is kept for a second; concurrent requests share one probe).
// The embedded PGlite lives in the process: it cannot be down on its own, so it is not probed.

const FRESH_MS = 1000;
const PROBE_TIMEOUT_MS = 2000;

type State = { ok: boolean; at: number; pending: Promise<boolean> | null };
const KEY = Symbol.for("pix.db.availability");
const g = globalThis as unknown as { [KEY]?: State };
const state = (): State => (g[KEY] ??= { ok: true, at: 0, pending: null });

async function probe(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([
      getDb()
        .execute(sql`select 1`)
        .then(() => true)
        .catch(() => false),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Tell the next request to probe again now (a query of the app just failed to reach the server). */
export function markDatabaseSuspect(): void {
  state().at = 0;
}

export async function databaseAvailable(now = Date.now()): Promise<boolean> {
  if (!env().DATABASE_URL) return true;
  const s = state();
  if (now - s.at < FRESH_MS) return s.ok;
  s.pending ??= probe().then((ok) => {
    s.ok = ok;
    s.at = Date.now();
    s.pending = null;
    return ok;
  });
  return s.pending;
}
