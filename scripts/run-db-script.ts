import "./load-env";
import { closeDb } from "@/db/client";
import { DatabaseLockedError } from "@/db/lock";

/** Runs a script that opens the database: a clear message if a server holds the PGlite folder, and the database closed at the end. */
export function runDbScript(main: () => Promise<void>): void {
  main()
    .catch((e) => {
      console.error(e instanceof DatabaseLockedError ? e.message : e);
      process.exitCode = 1;
    })
    .finally(() => closeDb());
}
