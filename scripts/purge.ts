// npm run purge — deletes anonymous participants (ABC Diag without an account) inactive for
// longer than ANONYMOUS_RETENTION_DAYS (30 by default), with everything tied to them. The server
// also does it at each start.
import { getDb } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import { purgeAnonymousUsers } from "@/lib/accounts/purge-anonymous";
import { env } from "@/lib/env";
import { runDbScript } from "./run-db-script";

runDbScript(async () => {
  await migrateDb();
  const days = env().ANONYMOUS_RETENTION_DAYS;
  const n = await purgeAnonymousUsers(getDb(), days);
  console.log(`${n} participant(s) anonyme(s) inactif(s) depuis plus de ${days} jours supprimé(s).`);
});
