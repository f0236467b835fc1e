import { closeDb, getDb } from "@/db/client";
import { migrateDb } from "@/db/migrate";

/** Each server test file gets a migrated database (in-memory PGlite, or DATABASE_URL) and closes it. */
export function setupTestDatabase(): void {
  beforeAll(async () => {
    await migrateDb();
  });
  afterAll(async () => {
    await closeDb();
  });
}

export { getDb };

let counter = 0;
/** A unique e-mail, so tests never collide on a shared PostgreSQL. */
export function uniqueEmail(prefix = "test"): string {
  counter += 1;
  return `${prefix}-${process.pid}-${Date.now().toString(36)}-${counter}@exemple.fr`;
}
