import fs from "node:fs";
import path from "node:path";

/**
 * One process per PGlite folder: a second one would silently lose writes.
 * The lock file holds the owner's PID; a lock left by a dead process is reclaimed.
 */
export class DatabaseLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `La base de données embarquée (${dir}) est déjà ouverte par le processus ${pid}.\n` +
        `Un seul serveur ou script peut l'utiliser à la fois : arrêtez-le (kill ${pid}) puis relancez, ` +
        `ou utilisez un autre dossier avec PGLITE_DIR, ou un serveur PostgreSQL avec DATABASE_URL.`,
    );
    this.name = "DatabaseLockedError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function lockPath(dir: string): string {
  return path.join(path.dirname(dir), `${path.basename(dir)}.lock`);
}

/** Who holds the folder, if anyone alive does. */
export function lockHolder(dir: string): number | null {
  try {
    const pid = Number(fs.readFileSync(lockPath(dir), "utf8").trim());
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) return pid;
  } catch {
    // no lock file
  }
  return null;
}

export function acquireLock(dir: string): void {
  const file = lockPath(dir);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: "wx" });
      const release = () => {
        try {
          if (fs.readFileSync(file, "utf8").trim() === String(process.pid)) fs.unlinkSync(file);
        } catch {
          // already gone
        }
      };
      process.once("exit", release);
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const raw = fs.readFileSync(file, "utf8").trim();
      const pid = Number(raw);
      if (pid === process.pid) return;
      if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) throw new DatabaseLockedError(dir, pid);
      fs.unlinkSync(file); // stale: reclaim
    }
  }
  throw new Error(`Impossible de prendre le verrou ${file}`);
}
