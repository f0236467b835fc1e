import { getDb } from "@/db/client";
import { DatabaseLockedError } from "@/db/lock";
import { migrateDb } from "@/db/migrate";
import { isDatabaseEmpty, seedDemo } from "@/db/seed";
import { purgeAnonymousUsers } from "@/lib/accounts/purge-anonymous";
import { env } from "@/lib/env";

/** Runs once when the server starts: open the database, migrate, seed the demo accounts on an empty base. */
export async function startServer(): Promise<void> {
  try {
    const db = getDb();
    await migrateDb();
    const purged = await purgeAnonymousUsers(db, env().ANONYMOUS_RETENTION_DAYS);
    if (purged > 0) console.log(`[pix] ${purged} participant(s) anonyme(s) supprimé(s) après ${env().ANONYMOUS_RETENTION_DAYS} jours.`);
    if (await isDatabaseEmpty(db)) {
      const { created } = await seedDemo(db);
      if (created) console.log("[pix] Base vide : comptes de démonstration créés (voir README).");
    }
  } catch (e) {
    if (e instanceof DatabaseLockedError) {
      console.error(`\n[pix] Impossible de démarrer : ${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
}
