import "./load-env";
import { closeDb, getDb } from "@/db/client";
import { DatabaseLockedError } from "@/db/lock";
import { migrateDb } from "@/db/migrate";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from "@/db/seed";

async function main() {
  try {
    await migrateDb();
    const { created } = await seedDemo(getDb());
    console.log(created ? "Comptes de démonstration créés :" : "Les comptes de démonstration existent déjà :");
    for (const a of Object.values(DEMO_ACCOUNTS)) console.log(`  ${a.email}  (mot de passe : ${DEMO_PASSWORD})`);
  } catch (e) {
    if (e instanceof DatabaseLockedError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  } finally {
    await closeDb();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
