import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite, type PgliteDatabase } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { env } from "@/lib/env";
import { acquireLock } from "./lock";
import * as schema from "./schema";

/**
 * The database client, created once per process and shared by every bundle of the app
 * (instrumentation and routes are bundled apart, so the instance lives on globalThis).
 * Without DATABASE_URL: PGlite in PGLITE_DIR; with it: the postgres driver.
 */
export type Db = PgliteDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** A database handle or an open transaction: services accept either. */
export type DbOrTx = Db | Tx;

type Holder = {
  db: Db;
  kind: "pglite" | "postgres";
  close: () => Promise<void>;
  pglite?: PGlite;
  sql?: postgres.Sql;
  migrated?: Promise<void>;
};

const KEY = Symbol.for("pix.db");
const g = globalThis as unknown as { [KEY]?: Holder };

function create(): Holder {
  const e = env();
  if (e.DATABASE_URL) {
    const sql = postgres(e.DATABASE_URL, { max: 10, onnotice: () => {}, connect_timeout: 5 });
    const db = drizzlePostgres(sql, { schema }) as unknown as Db;
    return { db, kind: "postgres", sql, close: () => sql.end({ timeout: 5 }) };
  }
  const dir = e.PGLITE_DIR;
  if (!dir.startsWith("memory://")) acquireLock(dir);
  const pglite = new PGlite(dir);
  const db = drizzlePglite(pglite, { schema });
  return { db, kind: "pglite", pglite, close: () => pglite.close() };
}

export function holder(): Holder {
  if (!g[KEY]) g[KEY] = create();
  return g[KEY];
}

export function getDb(): Db {
  return holder().db;
}

export function dbKind(): "pglite" | "postgres" {
  return holder().kind;
}

/**
 * Drops the PostgreSQL pool and lets the next query open a new one (the old pool is closed in
 * the background, its running queries get 5 s). For a pool that no longer reaches a server that
 * answers: the postgres driver 3.4 can leave a connection unable to send anything after the server
 * was killed (porsager/postgres#1208), see lib/http/database-availability.ts. Migrations already
 * applied stay applied: the new holder keeps that promise.
 */
export function renewPostgresPool(): void {
  const h = g[KEY];
  if (!h || h.kind !== "postgres") return;
  const fresh = create();
  fresh.migrated = h.migrated;
  g[KEY] = fresh;
  void h.close().catch(() => {});
}

export async function closeDb(): Promise<void> {
  const h = g[KEY];
  if (!h) return;
  g[KEY] = undefined;
  await h.close();
}
