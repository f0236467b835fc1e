import "./load-env";
import { closeDb } from "@/db/client";
import { DatabaseLockedError } from "@/db/lock";
import { migrateDb } from "@/db/migrate";

async function main() {
  try {
    await migrateDb();
    console.log("Migrations appliquées.");
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
