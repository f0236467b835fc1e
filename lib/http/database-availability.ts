import { sql } from "drizzle-orm";
import postgres from "postgres";
import { isConnectionError } from "@/lib/errors";
import { env } from "@/lib/env";
import { getDb, renewPostgresPool } from "@/db/client";

// Is the PostgreSQL server answering? Asked by proxy.ts before each request, at most once a
// second per instance (the answer is kept for a second; concurrent requests share one probe).
// The embedded PGlite lives in the process: it cannot be down on its own, so it is not probed.
// When the pool's probe fails but a new connection of its own reaches the server, the pool is
// stuck (a driver bug after a crash of the server) and is renewed: the app heals without a restart.

const FRESH_MS = 1000;
const PROBE_TIMEOUT_MS = 2000;

/** Renew the pool only if connection errors were seen lately (a pool merely busy has none), at most every 10 s. */
const RECENT_ERROR_MS = 30_000;
const RENEW_EVERY_MS = 10_000;

type State = { ok: boolean; at: number; pending: Promise<boolean> | null; connectionErrorAt: number; renewedAt: number };
const KEY = Symbol.for("pix.db.availability");
const g = globalThis as unknown as { [KEY]?: State };
const state = (): State => (g[KEY] ??= { ok: true, at: 0, pending: null, connectionErrorAt: 0, renewedAt: 0 });

async function withinTimeout(query: () => Promise<unknown>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([
      query()
        .then(() => true)
        .catch((e: unknown) => {
          if (isConnectionError(e)) state().connectionErrorAt = Date.now();
          return false;
        }),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** One connection of its own, closed right after: does the server itself answer? */
async function serverAnswers(url: string): Promise<boolean> {
  const one = postgres(url, { max: 1, connect_timeout: PROBE_TIMEOUT_MS / 1000, onnotice: () => {} });
  try {
    return await withinTimeout(() => one`select 1`);
  } finally {
    void one.end({ timeout: 1 }).catch(() => {});
  }
}

async function probe(url: string): Promise<boolean> {
  if (await withinTimeout(() => getDb().execute(sql`select 1`))) return true;
  const s = state();
  const now = Date.now();
  if (now - s.connectionErrorAt > RECENT_ERROR_MS || now - s.renewedAt < RENEW_EVERY_MS) return false;
  if (!(await serverAnswers(url))) return false;
  s.renewedAt = Date.now();
  console.warn("[pix] la base répond mais pas le pool de connexions : pool renouvelé");
  renewPostgresPool();
  return withinTimeout(() => getDb().execute(sql`select 1`));
}

/** Tell the next request to probe again now (a query of the app just failed to reach the server). */
export function markDatabaseSuspect(): void {
  const s = state();
  s.at = 0;
  s.connectionErrorAt = Date.now();
}

export async function databaseAvailable(now = Date.now()): Promise<boolean> {
  const url = env().DATABASE_URL;
  if (!url) return true;
  const s = state();
  if (now - s.at < FRESH_MS) return s.ok;
  s.pending ??= probe(url).then((ok) => {
    // back after an outage: the pool's other connections may still be the dead ones
    if (ok && !s.ok && Date.now() - s.renewedAt >= RENEW_EVERY_MS) {
      s.renewedAt = Date.now();
      renewPostgresPool();
    }
    s.ok = ok;
    s.at = Date.now();
    s.pending = null;
    return ok;
  });
  return s.pending;
}
