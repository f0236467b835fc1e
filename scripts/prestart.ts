import { randomBytes } from "node:crypto";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import "./load-env";
import { lockHolder } from "@/db/lock";

/**
 * Before `npm start`: make sure AUTH_SECRET exists (written once to .env.local), refuse to start
 * a second server on the same embedded database, and build the app if it was never built.
 */
function main() {
  const envFile = path.join(process.cwd(), ".env.local");
  if (!process.env.AUTH_SECRET) {
    const secret = randomBytes(32).toString("base64url");
    fs.appendFileSync(envFile, `${fs.existsSync(envFile) ? "\n" : ""}AUTH_SECRET=${secret}\n`, { mode: 0o600 });
    console.log("[pix] AUTH_SECRET créé dans .env.local");
  }
  if (!process.env.DATABASE_URL) {
    const dir = process.env.PGLITE_DIR || path.join(process.cwd(), ".data", "pglite");
    const pid = lockHolder(dir);
    if (pid) {
      console.error(
        `\n[pix] Impossible de démarrer : la base de données embarquée (${dir}) est déjà utilisée par le processus ${pid}.\n` +
          `Un seul serveur peut l'ouvrir à la fois. Arrêtez l'autre serveur (kill ${pid}), ou choisissez un autre dossier avec PGLITE_DIR.\n`,
      );
      process.exit(1);
    }
  }
  if (!fs.existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
    console.log("[pix] Première mise en route : construction de l'application (environ une minute)…");
    execFileSync(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "build"], { stdio: "inherit" });
  }
}

main();
