import path from "node:path";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { holder } from "./client";

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");
const MIGRATION_LOCK_KEY = 7_245_001; // advisory lock: several instances starting at once migrate once

async function run(): Promise<void> {
  const h = holder();
  if (h.kind === "pglite") {
    await migratePglite(h.db, { migrationsFolder: MIGRATIONS_FOLDER });
    return;
  }
  const sql = h.sql!;
  const reserved = await sql.reserve();
  try {
    await reserved`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    await migratePostgres(h.db as unknown as PostgresJsDatabase, { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await reserved`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
    reserved.release();
  }
}

/** Applies pending migrations once per process. */
export function migrateDb(): Promise<void> {
  const h = holder();
  if (!h.migrated) {
    h.migrated = run().catch((e) => {
      h.migrated = undefined;
      throw e;
    });
  }
  return h.migrated;
}
