import { getDb } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from "@/db/seed";
import { runDbScript } from "./run-db-script";

runDbScript(async () => {
  await migrateDb();
  const { created } = await seedDemo(getDb());
  console.log(created ? "Comptes de démonstration créés :" : "Les comptes de démonstration existent déjà :");
  for (const a of Object.values(DEMO_ACCOUNTS)) console.log(`  ${a.email}  (mot de passe : ${DEMO_PASSWORD})`);
});
