import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";

/**
 * npm run bench — runs every benchmark of the project in turn and writes docs/benchmarks.md:
 * the date, the machine (CPU, memory, Node, PostgreSQL, load average), and one table per
 * benchmark with the figures, the targets the issues and docs named, and OK / over.
 *
 * Builds the app first if there is no build. Each benchmark runs in its own process
 * (`tsx scripts/bench-<name>.ts --json <file>`), one after the other. The HTTP ones get a
 * PostgreSQL database of their own: DATABASE_URL if set (then it must be an empty database, and is
 * shared by all of them), else a database <prefix>_<pid>_<name> created on the local server
 * (postgres://postgres@127.0.0.1:5432, or --server URL) and dropped afterwards.
 *
 * Usage: npm run bench [-- --only engine,orga --quick --set certif.duration=300 --out docs/benchmarks.md --db-prefix pix_bench]
 *   --only a,b      only these benchmarks (engine, content, answer, orga, certif, pages)
 *   --quick         small sizes, for a smoke run (the figures are then not comparable)
 *   --set b.opt=v   passes --opt v to benchmark b (e.g. certif.duration=300); repeatable
 */

type Name = "engine" | "content" | "answer" | "orga" | "certif" | "pages";
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Row = { measure: string; target: string; measured: string; ok: boolean | null };

type Bench = {
  name: Name;
  title: string;
  what: string;
  http: boolean;
  /** the options a full run uses (the benchmark's own defaults) and a quick run's */
  defaults: Record<string, number>;
  quick: Record<string, number>;
  render: (j: Json, opts: Record<string, number>) => { rows: Row[]; notes: string[] };
};

const f1 = (x: unknown) => (typeof x === "number" && Number.isFinite(x) ? (Math.round(x * 10) / 10).toLocaleString("en-GB") : "—");
const f3 = (x: unknown) => (typeof x === "number" && Number.isFinite(x) ? x.toFixed(3) : "—");
const int = (x: unknown) => (typeof x === "number" ? x.toLocaleString("en-GB") : "—");
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const below = (x: unknown, limit: number) => (typeof x === "number" && Number.isFinite(x) ? x < limit : false);

const BENCHES: Bench[] = [
  {
    name: "engine",
    title: "Adaptive engine (`npm run bench:engine`)",
    what: "Next-challenge decision on a synthetic 700-skill profile mid-test, and full-profile scoring; 5,000 timed runs each, in process.",
    http: false,
    defaults: {},
    quick: {},
    render: (j) => {
      const rows: Row[] = [];
      for (const e of j.nextChallenge as Json[]) {
        rows.push({ measure: `next challenge, ${e.engine} engine (latest knowledge map)`, target: "—", measured: `median ${f3(e.latestMap.median)} ms, p99 ${f3(e.latestMap.p99)} ms`, ok: null });
        rows.push({ measure: `next challenge, ${e.engine} engine (raw knowledge list)`, target: "—", measured: `median ${f3(e.rawList.median)} ms, p99 ${f3(e.rawList.p99)} ms`, ok: null });
      }
      rows.push({ measure: `full profile scoring (${j.scoring.knowledgeElements} knowledge elements, 16 competences)`, target: "—", measured: `median ${f3(j.scoring.median)} ms, p99 ${f3(j.scoring.p99)} ms`, ok: null });
      return {
        rows,
        notes: [
          `Referential: ${j.referential.skills} skills, ${j.referential.tubes} tubes, ${j.referential.challenges} challenges; mid-test state: ${j.midTest.answers} answers, ${j.midTest.knowledgeElements} knowledge elements.`,
          "No target is written for the engine; docs/engine.md's earlier figures (loaded machine): median 0.09–0.17 ms, p99 0.26–0.53 ms.",
        ],
      };
    },
  },
  {
    name: "content",
    title: "Referential loading (`npm run bench:content`)",
    what: "Load and index the referential: cold = every file parsed (median of 3), warm = parse cache filled (median of 7).",
    http: false,
    defaults: {},
    quick: {},
    render: (j) => {
      const target: Record<string, [string, number]> = { "6x2": ["warm < 200 ms", 200], "8x4": ["warm < 1,000 ms", 1000] };
      const rows: Row[] = (j.referentials as Json[]).map((r) => {
        const t = target[r.key];
        return {
          measure: `${r.label} (${int(r.challenges)} challenges)`,
          target: t ? t[0] : "—",
          measured: `cold ${f1(r.cold.median)} ms (best ${f1(r.cold.best)}), warm ${f1(r.warm.median)} ms (best ${f1(r.warm.best)})`,
          ok: t ? below(r.warm.median, t[1]) : null,
        };
      });
      return { rows, notes: ["Targets: the budgets of tests/content/performance.test.ts (1,152 challenges is the size the referential aims at, docs/content.md)."] };
    },
  },
  {
    name: "answer",
    title: "Answer → next question (`npm run bench:answer`)",
    what: "Learners answering through the real forms over HTTP (no JavaScript), on PostgreSQL: (a) paced, one answer every 5 s on average each; (b) no think time (saturation). Timed from the answer POST to the fully received next page.",
    http: true,
    defaults: { duration: 90, saturation: 30, learners: 20 },
    quick: { duration: 15, saturation: 5, learners: 4 },
    render: (j) => {
      const a = j.paced;
      const b = j.saturation;
      return {
        rows: [
          { measure: `(a) ${j.learners} learners, ${a.durationS} s: answers`, target: "—", measured: `${int(a.count)} (${f1(a.answersPerS)}/s)`, ok: null },
          { measure: "(a) answer → next page, p50 / p99 / max", target: "—", measured: `${f1(a.p50)} / ${f1(a.p99)} / ${f1(a.max)} ms`, ok: null },
          { measure: "(a) answer → next page, p95", target: "< 100 ms (docs/learner.md)", measured: `${f1(a.p95)} ms`, ok: below(a.p95, 100) },
          { measure: "(a) of which the POST until its 303 / the next page, p50", target: "—", measured: `${f1(a.postP50)} / ${f1(a.pageP50)} ms`, ok: null },
          { measure: "(a) to the next question only, p50 / p95", target: "—", measured: `${f1(a.toNextQuestion.p50)} / ${f1(a.toNextQuestion.p95)} ms (${int(a.toNextQuestion.count)} answers)`, ok: null },
          { measure: "(a) errors", target: "0", measured: int(a.errors), ok: a.errors === 0 },
          { measure: `(b) saturation, ${b.durationS} s: throughput`, target: "—", measured: `${f1(b.answersPerS)} answers/s (${int(b.count)})`, ok: null },
          { measure: "(b) answer → next page, p50 / p95", target: "—", measured: `${f1(b.p50)} / ${f1(b.p95)} ms`, ok: null },
          { measure: "(b) errors", target: "0", measured: int(b.errors), ok: b.errors === 0 },
        ],
        notes: [`Landing pages in (a): ${Object.entries(a.landings as Record<string, number>).map(([k, v]) => `${k} ${v}`).join(", ")}.`, ...[...a.errorSamples, ...b.errorSamples].map((e: string) => `Error: ${e}`)],
      };
    },
  },
  {
    name: "orga",
    title: "Pix Orga at scale (`npm run bench:orga`)",
    what: "A campaign's results, analysis and participant pages over HTTP (logged in as the demo Orga admin), and the CSV export of a large campaign read to the end while the server's memory is sampled; data seeded with SQL.",
    http: true,
    defaults: { small: 10_000, large: 100_000, requests: 200 },
    quick: { small: 1000, large: 5000, requests: 20 },
    render: (j) => ({
      rows: [
        { measure: `results page, campaign of ${int(j.small ?? j.resultsPage.participations)}, ${j.resultsPage.requests} requests (sorts, filters, pages)`, target: "p95 < 300 ms", measured: `p50 ${f1(j.resultsPage.p50)} ms, p95 ${f1(j.resultsPage.p95)} ms, max ${f1(j.resultsPage.max)} ms`, ok: below(j.resultsPage.p95, 300) },
        { measure: `participant page, ${j.participantDetail.requests} requests`, target: "p95 < 100 ms", measured: `p50 ${f1(j.participantDetail.p50)} ms, p95 ${f1(j.participantDetail.p95)} ms, max ${f1(j.participantDetail.max)} ms`, ok: below(j.participantDetail.p95, 100) },
        { measure: `analysis page, ${j.analysis.requests} requests`, target: "—", measured: `p50 ${f1(j.analysis.p50)} ms, p95 ${f1(j.analysis.p95)} ms`, ok: null },
        { measure: `CSV export of ${int(j.export.participations)} participations`, target: "< 60 s", measured: `${f1(j.export.megabytes)} MB in ${f1(j.export.seconds)} s`, ok: below(j.export.seconds, 60) },
        { measure: "export complete (rows)", target: int(j.export.participations), measured: int(j.export.rows), ok: j.export.rows === j.export.participations },
        { measure: "server memory during the export (process tree RSS)", target: "growth < 100 MB", measured: `${f1(j.export.rssBeforeMB)} → ${f1(j.export.rssPeakMB)} MB (+${f1(j.export.growthMB)} MB)`, ok: below(j.export.growthMB, 100) },
      ],
      notes: [`Targets: issue [O] (docs/orga.md). Data seeded in ${f1(j.seedSeconds)} s.`],
    }),
  },
  {
    name: "certif",
    title: "Certification session under load (`npm run bench:certif`)",
    what: "Candidates behind one address log in and join a session within 60 s, the invigilator authorises them all, then each answers with a think time of 10–30 s until the end of the test or the duration; over HTTP, no JavaScript.",
    http: true,
    defaults: { candidates: 200, duration: 1500 },
    quick: { candidates: 10, duration: 30 },
    render: (j) => ({
      rows: [
        { measure: "candidates who joined", target: `all ${j.candidates}`, measured: `${int(j.join.count)} in ${f1(j.joinedWithinSeconds)} s`, ok: j.join.count === j.candidates },
        { measure: "join (form POST → waiting page)", target: "p95 < 1 s", measured: `p50 ${f1(j.join.p50)} ms, p95 ${f1(j.join.p95)} ms, max ${f1(j.join.max)} ms`, ok: below(j.join.p95, 1000) },
        { measure: `answer → next question (${int(j.answer.count)} answers)`, target: "p95 < 150 ms", measured: `p50 ${f1(j.answer.p50)} ms, p95 ${f1(j.answer.p95)} ms, p99 ${f1(j.answer.p99)} ms, max ${f1(j.answer.max)} ms`, ok: below(j.answer.p95, 150) },
        { measure: "tests finished", target: "—", measured: int(j.finishedTests), ok: null },
        { measure: "errors", target: "0", measured: int(j.errors), ok: j.errors === 0 },
      ],
      notes: [`Targets: issue [X] (scripts/bench-certif.ts). Answering phase: ${int(j.durationS)} s at most.`, ...((j.firstErrors as string[] | undefined) ?? []).map((e) => `Error: ${e}`)],
    }),
  },
  {
    name: "pages",
    title: "Page weight in Chromium (`npm run bench:pages`)",
    what: "Each page loaded in Chromium with JavaScript on until the network is idle, with the demo accounts; then again with JavaScript off. HTML and CSS raw, JavaScript gzip (each script body compressed with zlib level 6); own JS = the scripts /mentions-legales (the framework alone) does not load. KB = 1,024 bytes.",
    http: true,
    defaults: {},
    quick: {},
    render: (j) => {
      const budgets = j.budgets;
      const rows: Row[] = [];
      for (const p of j.pages as Json[]) {
        const w = p.weight;
        const own: number | undefined = p.kind === "framework" ? undefined : budgets.ownKB[p.kind];
        const publicPage = p.kind === "public" || p.kind === "framework";
        const htmlCssOk = publicPage ? w.htmlBytes + w.cssBytes < budgets.htmlCssPublicKB * 1024 : true;
        const jsOk = own === undefined ? w.jsGzip <= budgets.frameworkKB * 1024 * 1.05 : p.ownJsGzip <= own * 1024;
        rows.push({
          measure: `${p.label} \`${p.path.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, "…")}\``,
          target:
            (own === undefined ? `JS ~${budgets.frameworkKB} KB` : `own JS ≤ ${own} KB (total ≤ ${budgets.frameworkKB + own} KB)`) +
            (publicPage ? `; HTML + CSS < ${budgets.htmlCssPublicKB} KB` : "") +
            "; works without JS",
          measured:
            `HTML ${kb(w.htmlBytes)}, CSS ${kb(w.cssBytes)}, JS ${kb(w.jsGzip)} gzip` +
            (own === undefined ? "" : ` (own ${kb(p.ownJsGzip)})`) +
            `; ${w.requests} requests${w.prefetches ? ` (${w.prefetches} prefetches)` : ""}; without JS: ${p.noJs.ok ? `OK, ${p.noJs.requests} requests` : `FAILED (${p.noJs.problem})`}`,
          ok: htmlCssOk && jsOk && p.noJs.ok,
        });
      }
      const over = (j.pages as Json[]).filter((p) => p.ownScripts.length > 0).map((p) => `${p.label}: ${p.ownScripts.length} own script(s)`);
      return {
        rows,
        notes: [
          `Framework JS (/mentions-legales): ${kb(j.frameworkJsGzip)} gzip (DESIGN.md: ~${budgets.frameworkKB} KB; marked over above ${budgets.frameworkKB * 1.05} KB). Budgets: DESIGN.md section 2 (learner, ABC Diag, campaign and public pages + ${budgets.ownKB.public} KB; staff pages + ${budgets.ownKB.staff} KB; public pages < ${budgets.htmlCssPublicKB} KB of HTML + CSS).`,
          "Without JS: the page loads with status 200 at the same address and shows its `main h1` and its main content (the answer form, the filter form, the competence links…).",
          ...(over.length ? [`Scripts beyond the framework's: ${over.join("; ")}.`] : []),
        ],
      };
    },
  },
];

// ---------------------------------------------------------------- options

type Options = { only: Name[]; quick: boolean; set: Map<Name, Record<string, number>>; out: string; dbPrefix: string; server: string };

function parseArgs(argv: string[]): Options {
  const names = BENCHES.map((b) => b.name);
  const o: Options = { only: names, quick: false, set: new Map(), out: path.join("docs", "benchmarks.md"), dbPrefix: "pix_bench", server: "postgres://postgres@127.0.0.1:5432/postgres" };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} attend une valeur`);
      return v;
    };
    if (flag === "--quick") o.quick = true;
    else if (flag === "--only") {
      const list = value().split(",").map((s) => s.trim()).filter(Boolean);
      for (const n of list) if (!names.includes(n as Name)) throw new Error(`Banc inconnu : ${n} (connus : ${names.join(", ")})`);
      o.only = names.filter((n) => list.includes(n));
    } else if (flag === "--set") {
      const m = value().match(/^(\w+)\.(\w+)=(\d+(?:\.\d+)?)$/);
      if (!m || !names.includes(m[1] as Name)) throw new Error(`--set attend banc.option=nombre, par exemple certif.duration=300`);
      const name = m[1] as Name;
      o.set.set(name, { ...o.set.get(name), [m[2]!]: Number(m[3]) });
    } else if (flag === "--out") o.out = value();
    else if (flag === "--db-prefix") {
      o.dbPrefix = value();
      if (!/^[a-z_][a-z0-9_]{0,40}$/.test(o.dbPrefix)) throw new Error("--db-prefix : lettres minuscules, chiffres et _ seulement");
    } else if (flag === "--server") o.server = value();
    else throw new Error(`Option inconnue : ${flag}`);
  }
  return o;
}

// ---------------------------------------------------------------- running

type Outcome = { bench: Bench; options: Record<string, number>; json: Json | null; exitCode: number | null; seconds: number; loadBefore: number[]; loadAfter: number[]; tail: string };

const round2 = (x: number) => Math.round(x * 100) / 100;
/** Ctrl-C: the running benchmark is stopped (its database dropped) and no document is written. */
let interrupted = false;

function runChild(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; tail: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), script, ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
    let tail = "";
    const keep = (d: Buffer) => (tail = (tail + d.toString()).slice(-3000));
    child.stdout.on("data", (d: Buffer) => (process.stdout.write(d), keep(d)));
    child.stderr.on("data", (d: Buffer) => (process.stderr.write(d), keep(d)));
    const stop = () => {
      interrupted = true;
      child.kill("SIGINT");
    };
    process.once("SIGINT", stop);
    child.on("close", (code) => {
      process.off("SIGINT", stop);
      resolve({ code, tail });
    });
  });
}

async function withAdmin<T>(url: string, fn: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    return await fn(sql);
  } finally {
    await sql.end();
  }
}

async function runBench(b: Bench, o: Options, tmp: string): Promise<Outcome> {
  const options = { ...b.defaults, ...(o.quick ? b.quick : {}), ...o.set.get(b.name) };
  const args = Object.entries(options).flatMap(([k, v]) => [`--${k}`, String(v)]);
  const file = path.join(tmp, `${b.name}.json`);
  const env: NodeJS.ProcessEnv = { ...process.env };
  let dbName: string | null = null;
  if (b.http && !process.env.DATABASE_URL) {
    dbName = `${o.dbPrefix}_${process.pid}_${b.name}`;
    await withAdmin(o.server, (sql) => sql.unsafe(`create database ${dbName}`));
    const u = new URL(o.server);
    u.pathname = `/${dbName}`;
    env.DATABASE_URL = u.toString();
  }
  console.log(`\n=== [bench] ${b.name} ${args.join(" ")}${env.DATABASE_URL && b.http ? ` (base ${dbName ?? "DATABASE_URL"})` : ""}`);
  const loadBefore = os.loadavg().map(round2);
  const t0 = performance.now();
  let res: { code: number | null; tail: string } = { code: null, tail: "" };
  try {
    res = await runChild(path.join("scripts", `bench-${b.name}.ts`), ["--json", file, ...args], env);
  } finally {
    if (dbName) await withAdmin(o.server, (sql) => sql.unsafe(`drop database if exists ${dbName} with (force)`)).catch((e) => console.error(`[bench] base ${dbName} non supprimée : ${e}`));
  }
  const seconds = (performance.now() - t0) / 1000;
  let json: Json | null = null;
  try {
    json = JSON.parse(fs.readFileSync(file, "utf8")) as Json;
  } catch {
    json = null;
  }
  return { bench: b, options, json, exitCode: res.code, seconds, loadBefore, loadAfter: os.loadavg().map(round2), tail: res.tail };
}

function ensureBuild(): string {
  const id = path.join(".next", "BUILD_ID");
  if (!fs.existsSync(id)) {
    console.log("[bench] pas de build : next build…");
    const r = spawnSync(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "build"], { stdio: "inherit" });
    if (r.status !== 0) throw new Error("next build a échoué");
  }
  const stat = fs.statSync(id);
  return `${fs.readFileSync(id, "utf8").trim()} (built ${stat.mtime.toISOString().slice(0, 16).replace("T", " ")} UTC)`;
}

async function postgresVersion(o: Options): Promise<string> {
  try {
    return await withAdmin(process.env.DATABASE_URL ?? o.server, async (sql) => {
      const [r] = await sql`show server_version`;
      return `PostgreSQL ${String(r!.server_version)}`;
    });
  } catch (e) {
    return `unreachable (${e instanceof Error ? e.message : e})`;
  }
}

// ---------------------------------------------------------------- the document

const escapeCell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
const status = (ok: boolean | null) => (ok === null ? "" : ok ? "OK" : "**over**");

function sizesNote(r: Outcome): string {
  const changed = Object.entries(r.options).filter(([k, v]) => r.bench.defaults[k] !== v);
  if (!changed.length) return Object.keys(r.options).length ? `full sizes (${Object.entries(r.options).map(([k, v]) => `--${k} ${v}`).join(" ")})` : "full";
  return `**reduced**: ${changed.map(([k, v]) => `--${k} ${v} (full: ${r.bench.defaults[k] ?? "—"})`).join(", ")}`;
}

function render(o: Options, machine: { rows: [string, string][] }, outcomes: Outcome[], started: Date, totalSeconds: number): string {
  const lines: string[] = [];
  lines.push("# Benchmarks", "");
  lines.push(
    `Written by \`npm run bench\` (scripts/bench.ts) on ${started.toISOString().slice(0, 16).replace("T", " ")} UTC, in ${Math.round(totalSeconds / 60)} min${o.quick ? ", **quick mode (small sizes: a smoke run, figures not comparable)**" : ""}.`,
    "Each benchmark ran in its own process, one after the other; the HTTP ones on the production build (`next start`) and a fresh PostgreSQL database each. Re-run with `npm run bench` (options at the end).",
    "",
  );
  lines.push("## Machine", "", "| | |", "| --- | --- |");
  for (const [k, v] of machine.rows) lines.push(`| ${k} | ${escapeCell(v)} |`);
  lines.push("");
  const loads = outcomes.map((r) => r.loadBefore[0]!).concat(outcomes.map((r) => r.loadAfter[0]!));
  const peak = Math.max(...loads, 0);
  if (peak > os.cpus().length * 0.75)
    lines.push(
      `The machine was shared: the 1-minute load average reached ${peak} on ${os.cpus().length} cores during the run (other sessions' builds and tests, and the benchmarks' own server and clients). The latencies below are upper bounds of what an idle machine would give.`,
      "",
    );

  lines.push("## Summary", "", "| benchmark | sizes | time | load average (1 min) before → after | result |", "| --- | --- | --- | --- | --- |");
  for (const r of outcomes) {
    const rows = r.json ? safeRender(r).rows : [];
    const over = rows.filter((x) => x.ok === false).length;
    const checked = rows.filter((x) => x.ok !== null).length;
    const result = !r.json ? "**did not run to the end**" : checked === 0 ? "measured (no written target)" : over === 0 ? `OK (${checked} targets met)` : `**${over} of ${checked} targets over**`;
    lines.push(`| [${r.bench.name}](#${r.bench.name}) | ${sizesNote(r)} | ${Math.round(r.seconds)} s | ${r.loadBefore[0]} → ${r.loadAfter[0]} | ${result} |`);
  }
  lines.push("");

  for (const r of outcomes) {
    lines.push(`<a id="${r.bench.name}"></a>`, "", `## ${r.bench.title}`, "", r.bench.what, "");
    lines.push(`Sizes: ${sizesNote(r)}. Load average (1, 5, 15 min) before: ${r.loadBefore.join(", ")}; after: ${r.loadAfter.join(", ")}. Took ${Math.round(r.seconds)} s.`, "");
    if (!r.json) {
      lines.push(`**The benchmark stopped without results** (exit code ${r.exitCode}). End of its output:`, "", "```", r.tail.trim().split("\n").slice(-15).join("\n"), "```", "");
      continue;
    }
    const { rows, notes } = safeRender(r);
    lines.push("| measure | target | measured | |", "| --- | --- | --- | --- |");
    for (const x of rows) lines.push(`| ${escapeCell(x.measure)} | ${escapeCell(x.target)} | ${escapeCell(x.measured)} | ${status(x.ok)} |`);
    lines.push("");
    for (const n of notes) lines.push(`- ${n}`);
    if (notes.length) lines.push("");
  }

  lines.push(
    "## Running",
    "",
    "```bash",
    "npm run bench                          # everything, full sizes; builds first if there is no build",
    "npm run bench -- --quick               # small sizes, a smoke run (a few minutes)",
    "npm run bench -- --only orga,pages     # some of them",
    "npm run bench -- --set certif.duration=300   # passes --duration 300 to bench:certif",
    "```",
    "",
    "Each benchmark also runs alone (`npm run bench:engine`, `bench:content`, `bench:answer`, `bench:orga`, `bench:certif`, `bench:pages`) and takes `--json <file>` to write its figures as JSON.",
    "Without `DATABASE_URL`, the HTTP benchmarks each get a database `<prefix>_<pid>_<name>` on postgres://postgres@127.0.0.1:5432 (`--server URL`, `--db-prefix NAME`), dropped afterwards; with it, they all use that (empty) database.",
    "A full run takes about 35 minutes, most of it bench:certif (200 candidates answering to the end of their test, `--duration 1500`).",
    "",
  );
  return lines.join("\n");
}

function safeRender(r: Outcome): { rows: Row[]; notes: string[] } {
  try {
    return r.bench.render(r.json!, r.options);
  } catch (e) {
    return { rows: [], notes: [`Results not readable: ${e instanceof Error ? e.message : e}`] };
  }
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const started = new Date();
  const t0 = performance.now();
  const benches = BENCHES.filter((b) => o.only.includes(b.name));
  const build = benches.some((b) => b.http) ? ensureBuild() : "not needed";
  const pg = benches.some((b) => b.http) ? await postgresVersion(o) : "not used";
  const cpus = os.cpus();
  const loadStart = os.loadavg().map(round2);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "pix-bench-all-"));
  const outcomes: Outcome[] = [];
  try {
    for (const b of benches) {
      if (interrupted) break;
      outcomes.push(await runBench(b, o, tmp));
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  if (interrupted) {
    console.error("[bench] interrompu : document non écrit.");
    process.exit(130);
  }
  const loadEnd = os.loadavg().map(round2);
  const machine = {
    rows: [
      ["CPU", `${cpus.length} × ${cpus[0]?.model ?? "?"}`],
      ["memory", `${(os.totalmem() / 2 ** 30).toFixed(1)} GB (${(os.freemem() / 2 ** 30).toFixed(1)} GB free at the end)`],
      ["system", `${os.type()} ${os.release()} (${os.arch()})`],
      ["Node.js", process.version],
      ["PostgreSQL", pg],
      ["Chromium", chromiumVersion()],
      ["build", build],
      ["load average (1, 5, 15 min)", `start ${loadStart.join(", ")}; end ${loadEnd.join(", ")}`],
    ] as [string, string][],
  };
  const doc = render(o, machine, outcomes, started, (performance.now() - t0) / 1000);
  fs.mkdirSync(path.dirname(o.out), { recursive: true });
  fs.writeFileSync(o.out, doc);
  console.log(`\n[bench] ${o.out} écrit.`);
  for (const r of outcomes) {
    const rows = r.json ? safeRender(r).rows : [];
    const over = rows.filter((x) => x.ok === false).map((x) => x.measure);
    console.log(`  ${r.bench.name}: ${!r.json ? "ÉCHEC (pas de résultats)" : over.length ? `au-delà de la cible : ${over.join(" ; ")}` : "OK"} (${Math.round(r.seconds)} s)`);
  }
  if (outcomes.some((r) => !r.json)) process.exitCode = 1;
}

function chromiumVersion(): string {
  const exe = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  const r = spawnSync(exe, ["--version"], { encoding: "utf8", timeout: 10_000 });
  return r.status === 0 ? r.stdout.trim() : "not found";
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
