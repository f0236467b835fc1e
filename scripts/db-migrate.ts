import { migrateDb } from "@/db/migrate";
import { runDbScript } from "./run-db-script";

runDbScript(async () => {
  await migrateDb();
  console.log("Migrations appliquées.");
});
