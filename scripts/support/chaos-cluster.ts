// A throw-away PostgreSQL cluster that the chaos run may SIGKILL: initdb into a temporary folder
// with the Debian binaries, its own port and socket folder, fsync on (the default). When the
// script runs as root, every PostgreSQL command runs as the `postgres` OS user (PostgreSQL
// refuses root).
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sleep } from "./bench-http";

/** The newest Debian PostgreSQL binaries folder (/usr/lib/postgresql/<version>/bin). */
export function postgresBinDir(): string {
  const root = "/usr/lib/postgresql";
  const versions = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .filter((v) => fs.existsSync(path.join(root, v, "bin", "pg_ctl")))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions.length) throw new Error("Binaires PostgreSQL introuvables dans /usr/lib/postgresql/*/bin (paquet postgresql).");
  return path.join(root, versions[0]!, "bin");
}

/** The pids whose parent is `ppid` (read from /proc). */
export function childrenOf(ppid: number): number[] {
  const out: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ")"
      const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(rest[1]) === ppid) out.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

/** Running (a zombie waiting to be reaped counts as gone: it holds no memory nor socket). */
function alive(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}

function exists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export type KillReport = { postmaster: number; children: number; ms: number };

export class ChaosCluster {
  readonly dir: string;
  readonly data: string;
  readonly logFile: string;
  private readonly bin: string;
  private readonly asRoot: boolean;

  constructor(readonly port: number) {
    this.bin = postgresBinDir();
    this.asRoot = process.getuid?.() === 0;
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), "pix-chaos-pg-"));
    this.data = path.join(this.dir, "data");
    this.logFile = path.join(this.dir, "postgresql.log");
    if (this.asRoot) execFileSync("chown", ["postgres:postgres", this.dir]);
  }

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  urlFor(database: string): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  /** Runs a PostgreSQL binary (as `postgres` when we are root); throws with its output on failure. */
  private run(binary: string, args: string[], allowFailure = false): { status: number; output: string } {
    const exe = path.join(this.bin, binary);
    const [cmd, argv] = this.asRoot ? ["runuser", ["-u", "postgres", "--", exe, ...args]] : [exe, args];
    const r = spawnSync(cmd, argv, { encoding: "utf8", cwd: this.dir, timeout: 120_000 });
    const output = `${r.stdout ?? ""}${r.stderr ?? ""}`;
    const status = r.status ?? 1;
    if (status !== 0 && !allowFailure) throw new Error(`${binary} ${args.join(" ")} a échoué (${status}) :\n${output}\n${this.logTail()}`);
    return { status, output };
  }

  logTail(lines = 20): string {
    try {
      return fs.readFileSync(this.logFile, "utf8").split("\n").slice(-lines).join("\n");
    } catch {
      return "";
    }
  }

  init(): void {
    this.run("initdb", ["-D", this.data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-instructions"]);
  }

  private options(): string {
    // own port, socket in the cluster's folder, TCP on the loopback only; fsync stays on
    return `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c max_connections=60 -c fsync=on -c synchronous_commit=on`;
  }

  /** pg_ctl start, waiting until it accepts connections (crash recovery happens here). Returns the time taken. */
  start(): number {
    const t0 = performance.now();
    this.run("pg_ctl", ["-D", this.data, "-l", this.logFile, "-o", this.options(), "-w", "-t", "120", "start"]);
    return performance.now() - t0;
  }

  /** pg_ctl restart -m fast (a clean restart). */
  restart(): number {
    const t0 = performance.now();
    this.run("pg_ctl", ["-D", this.data, "-l", this.logFile, "-o", this.options(), "-m", "fast", "-w", "-t", "120", "restart"]);
    return performance.now() - t0;
  }

  /** pg_ctl stop -m fast. */
  stop(): number {
    const t0 = performance.now();
    this.run("pg_ctl", ["-D", this.data, "-m", "fast", "-w", "-t", "60", "stop"], true);
    return performance.now() - t0;
  }

  /** The postmaster's pid, from postmaster.pid (null when it is not running). */
  postmasterPid(): number | null {
    try {
      const pid = Number(fs.readFileSync(path.join(this.data, "postmaster.pid"), "utf8").split("\n")[0]);
      return pid > 0 && alive(pid) ? pid : null;
    } catch {
      return null;
    }
  }

  /**
   * SIGKILL to the postmaster and every process it started (backends, checkpointer, WAL writer…),
   * as a power cut of the database server would; resolves once all of them are gone.
   */
  async kill(): Promise<KillReport> {
    const t0 = performance.now();
    const pm = this.postmasterPid();
    if (!pm) throw new Error("PostgreSQL ne tourne pas : rien à tuer");
    // frozen first (a stopped process cannot fork), so the list of its children is complete
    process.kill(pm, "SIGSTOP");
    const children = childrenOf(pm);
    for (const pid of [pm, ...children]) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
    const all = [pm, ...children];
    const deadline = Date.now() + 10_000;
    // the postmaster must be reaped too: pg_ctl start refuses to run while its pid still exists
    while (all.some(alive) || exists(pm)) {
      if (Date.now() > deadline) throw new Error(`processus PostgreSQL encore vivants après SIGKILL : ${all.filter(alive).join(", ")}`);
      await sleep(20);
    }
    return { postmaster: pm, children: children.length, ms: performance.now() - t0 };
  }

  /** Whether the server accepts connections (pg_isready). */
  ready(): boolean {
    return this.run("pg_isready", ["-h", "127.0.0.1", "-p", String(this.port), "-q"], true).status === 0;
  }

  /** Stops whatever runs (immediately) and removes the folder. */
  async remove(): Promise<void> {
    if (this.postmasterPid()) {
      this.run("pg_ctl", ["-D", this.data, "-m", "immediate", "-w", "-t", "30", "stop"], true);
      if (this.postmasterPid()) await this.kill().catch(() => {});
    }
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
