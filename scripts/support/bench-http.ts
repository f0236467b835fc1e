// What the HTTP benchmarks share: a PostgreSQL database of their own, the built app started on
// it, and a client that behaves like a browser without JavaScript (cookies, forms, 303s).
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import postgres from "postgres";

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

export async function benchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, drop: async () => {} };
  const admin = "postgres://postgres@127.0.0.1:5432/postgres";
  const name = `pix_bench_${process.pid}`;
  const sql = postgres(admin, { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(`create database ${name}`);
  } finally {
    await sql.end();
  }
  return {
    url: `postgres://postgres@127.0.0.1:5432/${name}`,
    drop: async () => {
      const s = postgres(admin, { max: 1, onnotice: () => {} });
      try {
        await s.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await s.end();
      }
    },
  };
}

export type Server = { url: string; stop: () => Promise<void>; logs: () => string; pid: number };

export async function startServer(databaseUrl: string, outboxDir: string): Promise<Server> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = "";
  const child: ChildProcess = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: process.cwd(),
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      OUTBOX_DIR: outboxDir,
      AUTH_SECRET: "bench-secret-bench-secret-bench-secret-bench",
      APP_URL: url,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d) => (output = (output + d).slice(-20_000)));
  child.stderr!.on("data", (d) => (output = (output + d).slice(-20_000)));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 5000).unref();
    });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Le serveur s'est arrêté :\n${output}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`Le serveur n'a pas démarré en 60 s :\n${output}`);
    }
    await sleep(250);
  }
  return { url, stop, logs: () => output, pid: child.pid! };
}

// ---------------------------------------------------------------- a browser without JavaScript

export function decodeEntities(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

export function attr(tag: string, name: string): string | undefined {
  const m = tag.match(new RegExp(`\\s${name.replace(/[$]/g, "\\$")}="([^"]*)"`));
  return m ? decodeEntities(m[1]!) : undefined;
}

export type Input = { name: string; type: string; value: string };
export type Form = { html: string; inputs: Input[] };

export function forms(html: string): Form[] {
  const out: Form[] = [];
  for (const m of html.matchAll(/<form\b[\s\S]*?<\/form>/g)) {
    const inputs: Input[] = [];
    for (const t of m[0].matchAll(/<input\b[^>]*>/g)) {
      const name = attr(t[0], "name");
      if (name) inputs.push({ name, type: (attr(t[0], "type") ?? "text").toLowerCase(), value: attr(t[0], "value") ?? "" });
    }
    for (const t of m[0].matchAll(/<textarea\b[^>]*>/g)) {
      const name = attr(t[0], "name");
      if (name) inputs.push({ name, type: "textarea", value: "" });
    }
    out.push({ html: m[0], inputs });
  }
  return out;
}

export class HttpError extends Error {}

/** The cookies a browser would keep: set from each answer's Set-Cookie, expired ones dropped. */
export class CookieJar {
  private cookies = new Map<string, string>();

  keep(res: Response): void {
    for (const c of res.headers.getSetCookie()) {
      const [pair, ...attrs] = c.split(";");
      const eq = pair!.indexOf("=");
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      const expired = attrs.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=thu, 01 jan 1970/i.test(a));
      if (!value || expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  /** The Cookie header to send ("" when there is none). */
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  names(): string[] {
    return [...this.cookies.keys()];
  }

  clear(): void {
    this.cookies.clear();
  }
}

export class Client {
  private jar = new CookieJar();
  /** time of the last POST until its response headers (the server action, before the redirect) */
  lastPostMs = 0;
  constructor(private readonly base: string) {}

  /** The session cookies, for a request made outside the client (a streamed download). */
  cookieHeader(): string {
    return this.jar.header();
  }

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    const cookie = this.jar.header();
    return { ...(cookie ? { cookie } : {}), accept: "text/html", ...extra };
  }

  /** GET, following redirects; returns the final path and the whole HTML. */
  async get(pathname: string): Promise<{ path: string; html: string }> {
    let current = pathname;
    for (let hop = 0; hop < 10; hop++) {
      const res = await fetch(this.base + current, { headers: this.headers(), redirect: "manual", signal: AbortSignal.timeout(30_000) });
      this.jar.keep(res);
      if (res.status >= 300 && res.status < 400) {
        await res.arrayBuffer();
        current = this.location(res);
        continue;
      }
      const html = await res.text();
      if (res.status !== 200) throw new HttpError(`GET ${current} → ${res.status}`);
      return { path: current, html };
    }
    throw new HttpError(`GET ${pathname}: trop de redirections`);
  }

  /** Posts a form as a browser without JavaScript does, then follows the 303 like it. */
  async post(pathname: string, fields: [string, string][]): Promise<{ path: string; html: string }> {
    const body = new FormData();
    for (const [k, v] of fields) body.append(k, v);
    const t0 = performance.now();
    const res = await fetch(this.base + pathname, {
      method: "POST",
      body,
      headers: this.headers({ origin: this.base }),
      redirect: "manual",
      signal: AbortSignal.timeout(30_000),
    });
    this.lastPostMs = performance.now() - t0;
    this.jar.keep(res);
    if (res.status === 303 || res.status === 302 || res.status === 307) {
      await res.arrayBuffer();
      return this.get(this.location(res));
    }
    const html = await res.text();
    if (res.status !== 200) throw new HttpError(`POST ${pathname} → ${res.status}`);
    return { path: pathname, html };
  }

  private location(res: Response): string {
    const loc = res.headers.get("location");
    if (!loc) throw new HttpError(`${res.status} sans Location`);
    const u = new URL(loc, this.base);
    if (u.origin !== this.base) throw new HttpError(`redirection hors du site : ${loc}`);
    return u.pathname + u.search;
  }
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** A challenge page's answer form filled like a learner would: a proposal, some text, or "Je passe" now and then. */
export function fillChallengeForm(page: { path: string; html: string }, random: () => number): [string, string][] {
  const form = forms(page.html).find((f) => f.inputs.some((i) => i.name === "challengeId"));
  if (!form) throw new Error(`formulaire de réponse introuvable sur ${page.path}`);
  const fields: [string, string][] = form.inputs.filter((i) => i.type === "hidden").map((i) => [i.name, i.value]);
  const radios = form.inputs.filter((i) => i.type === "radio" && i.name === "reponse");
  const boxes = form.inputs.filter((i) => i.type === "checkbox" && i.name === "reponses");
  const texts = form.inputs.filter((i) => (i.type === "text" || i.type === "textarea") && i.name.startsWith("rep_"));
  const skip = random() < 0.05 || (!radios.length && !boxes.length && !texts.length);
  if (skip) fields.push(["passer", "1"]);
  else if (radios.length) fields.push(["reponse", radios[Math.floor(random() * radios.length)]!.value]);
  else if (boxes.length) {
    const picked = boxes.filter(() => random() < 0.5);
    for (const b of picked.length ? picked : [boxes[0]!]) fields.push(["reponses", b.value]);
  } else for (const t of texts) fields.push([t.name, ["42", "oui", "Paris", "mot de passe", "ctrl+c"][Math.floor(random() * 5)]!]);
  return fields;
}

/** A seeded pseudo-random generator (mulberry32), so a benchmark's choices repeat. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
