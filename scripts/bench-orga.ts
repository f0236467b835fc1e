import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { benchDatabase, Client, forms, percentile, startServer, type Server } from "./support/bench-http";

/**
 * Pix Orga at scale, on PostgreSQL, through the real pages (HTTP, as a browser without
 * JavaScript, logged in as the demo Orga admin):
 *   - a campaign of 10,000 participations (90 % shared, with per-theme snapshots; 200 of them with
 *     a 40-answer test): the results page (varied sorts, filters and pages) and the participant
 *     detail page, p50/p95 over N requests each, and the analysis page (30 requests);
 *   - a campaign of 100,000 participations: the CSV export streamed to the end (time, size,
 *     rows) while the server's memory (RSS of the app's process tree) is sampled every 50 ms.
 * The data is seeded with SQL (generate_series), not through the app.
 *
 * Needs a build (`npm run build`). Uses DATABASE_URL if set, else creates a database
 * pix_bench_<pid> on postgres://postgres@127.0.0.1:5432/postgres and drops it afterwards.
 *
 * Usage: npm run bench:orga [-- --requests 200 --large 100000 --json]
 * `--json` alone prints the report as JSON instead of text; `--json <file>` keeps the text and
 * also writes the JSON report to that file (for `npm run bench`).
 * Targets (issue [O]): results p95 < 300 ms, detail p95 < 100 ms, export < 60 s with < 100 MB growth.
 */

type Options = { requests: number; small: number; large: number; json: boolean; jsonFile?: string };

function parseArgs(argv: string[]): Options {
  const o: Options = { requests: 200, small: 10_000, large: 100_000, json: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split("=", 2) as [string, string | undefined];
    const value = () => Number(inline ?? argv[++i]);
    if (flag === "--json") {
      if (inline) o.jsonFile = inline;
      else if (argv[i + 1] && !argv[i + 1]!.startsWith("--")) o.jsonFile = argv[++i];
      else o.json = true;
    } else if (flag === "--requests") o.requests = value();
    else if (flag === "--small") o.small = value();
    else if (flag === "--large") o.large = value();
  }
  return o;
}

/** Resident memory of a process and its descendants, in bytes (Linux /proc). */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  for (const d of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(d));
      children.set(ppid, list);
    } catch {
      // the process ended meanwhile
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      const m = fs.readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+) kB/);
      if (m) total += Number(m[1]) * 1024;
    } catch {
      // gone
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

const THEMES = [
  ["outils", "Les outils numériques", 15],
  ["web", "Naviguer sur le web", 15],
  ["demarches", "Les démarches en ligne", 18],
  ["messagerie", "La messagerie", 18],
  ["fichiers", "Les fichiers et les textes", 15],
  ["securite", "La sécurité", 15],
] as const;

/** Seeds one campaign of `n` participations of the demo organisation (users, participations, snapshots) with SQL. */
async function seedCampaign(sql: postgres.Sql, orgId: string, code: string, name: string, n: number, withAnswers: number): Promise<{ id: string; sample: string[] }> {
  const [c] = await sql`insert into campaigns (organisation_id, code, name, type, target_profile_id, external_id_label, external_id_type)
    values (${orgId}, ${code}, ${name}, 'assessment', 'abc-pix-complet', 'Numéro de dossier', 'number') returning id`;
  const themeSql = THEMES.map(([id, label, total]) => `jsonb_build_object('id', '${id}', 'name', '${label.replace(/'/g, "''")}', 'validated', v.t_${id}, 'total', ${total})`).join(", ");
  const totalSkills = THEMES.reduce((s, t) => s + t[2], 0);
  const sumSql = THEMES.map(([id]) => `v.t_${id}`).join(" + ");
  await sql.unsafe(
    `with u as (
       insert into users (first_name, last_name, is_anonymous, terms_accepted_at)
       select (array['Laura','Robert','Nadia','Karim','Émile','Hélène','Léo','Inès'])[1 + g % 8], 'Bench' || lpad(g::text, 6, '0'), false, now()
       from generate_series(1, ${n}) g
       returning id
     ), numbered as (select id, row_number() over () as g from u),
     v as (
       select id as user_id, g, ${THEMES.map(([id, , total]) => `floor(random() * ${total + 1})::int as t_${id}`).join(", ")}
       from numbered
     )
     insert into campaign_participations (campaign_id, user_id, external_id, status, created_at, completed_at, shared_at,
       validated_skills, target_skills, mastery_basis_points, stage_reached, pix_score, snapshot)
     select '${c!.id}', v.user_id, (100000 + v.g)::text,
       case when v.g % 10 = 0 then 'started' else 'shared' end,
       now() - (v.g || ' minutes')::interval,
       case when v.g % 10 = 0 then null else now() - (v.g || ' minutes')::interval + interval '40 minutes' end,
       case when v.g % 10 = 0 then null else now() - (v.g || ' minutes')::interval + interval '41 minutes' end,
       case when v.g % 10 = 0 then null else ${sumSql} end,
       case when v.g % 10 = 0 then null else ${totalSkills} end,
       case when v.g % 10 = 0 then null else round((${sumSql}) * 10000.0 / ${totalSkills})::int end,
       case when v.g % 10 = 0 then null else 1 + (((${sumSql}) * 100 >= 25 * ${totalSkills})::int + ((${sumSql}) * 100 >= 55 * ${totalSkills})::int + ((${sumSql}) * 100 >= 85 * ${totalSkills})::int) end,
       null,
       case when v.g % 10 = 0 then null else jsonb_build_object('themes', jsonb_build_array(${themeSql}), 'competences', '[]'::jsonb) end
     from v`,
  );
  const sample = (await sql`select id from campaign_participations where campaign_id = ${c!.id} and status = 'shared' order by random() limit ${withAnswers}`).map((r) => r.id as string);
  if (withAnswers > 0) {
    const challenges = abcChallenges();
    for (const pid of sample) {
      const [a] = await sql`insert into assessments (user_id, type, campaign_participation_id, state, start_pix, content_version, completed_at)
        select user_id, 'campaign', id, 'completed', '{"num":0,"den":1}'::jsonb, 'bench', now() from campaign_participations where id = ${pid} returning id`;
      const rows = challenges.slice(0, 40).map((ch, i) => ({
        assessment_id: a!.id,
        challenge_id: ch,
        position: i + 1,
        status: i % 3 === 0 ? "ko" : "ok",
        time_spent_ms: 20_000 + i * 900,
        level_before: 0,
        level_after: 0,
        content_version: "bench",
      }));
      await sql`insert into answers ${sql(rows)}`;
    }
  }
  return { id: c!.id as string, sample };
}

/** ABC Pix challenge ids, read from the content files (the bench does not load the app's modules). */
function abcChallenges(): string[] {
  const ids: string[] = [];
  for (const dir of fs.readdirSync("content/competences")) {
    for (const f of fs.readdirSync(path.join("content/competences", dir))) {
      if (!f.startsWith("abc")) continue;
      for (const m of fs.readFileSync(path.join("content/competences", dir, f), "utf8").matchAll(/^\s+- id: (ch-[\w-]+)/gm)) ids.push(m[1]!);
    }
  }
  return ids.sort();
}

async function login(server: Server): Promise<Client> {
  const client = new Client(server.url);
  const page = await client.get("/connexion");
  const form = forms(page.html).find((f) => f.inputs.some((i) => i.name === "password"));
  if (!form) throw new Error("pas de formulaire de connexion");
  const fields: [string, string][] = form.inputs.filter((i) => i.name.startsWith("$") || i.type === "hidden").map((i) => [i.name, i.value]);
  fields.push(["email", "mediateur@exemple.fr"], ["password", "Demo-Pix-2026"]);
  const res = await client.post("/connexion", fields);
  if (res.path.startsWith("/connexion")) throw new Error("connexion refusée");
  return client;
}

async function timed(n: number, fn: (i: number) => Promise<void>): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn(i);
    ms.push(performance.now() - t0);
  }
  return ms.sort((a, b) => a - b);
}

const round = (x: number) => Math.round(x * 10) / 10;

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(path.join(".next", "BUILD_ID"))) throw new Error("Pas de build : lancez d'abord npm run build.");
  const db = await benchDatabase();
  const outbox = fs.mkdtempSync(path.join(os.tmpdir(), "pix-bench-orga-"));
  const server = await startServer(db.url, outbox);
  const sql = postgres(db.url, { max: 2, onnotice: () => {} });
  try {
    const [org] = await sql`select id from organisations where name = 'Espace numérique des Capucins'`;
    const orgId = org!.id as string;
    let t0 = performance.now();
    const small = await seedCampaign(sql, orgId, "BENCHA234", "Banc d'essai 10 000", o.small, 200);
    const large = await seedCampaign(sql, orgId, "BENCHB234", "Banc d'essai 100 000", o.large, 0);
    await sql`analyze`;
    const seedSeconds = (performance.now() - t0) / 1000;

    const client = await login(server);
    const base = `/orga/${orgId}/campagnes`;
    const queries = ["", "?tri=nom&ordre=asc", "?tri=maitrise&ordre=desc", "?statut=envoye", "?palier=3", "?theme=messagerie&sous=50", "?tri=nom&ordre=desc&statut=envoye&theme=securite&sous=30"];
    const pages = Math.floor(o.small / 50);
    // warm-up: first compilation of each route and the database caches
    await client.get(`${base}/${small.id}/resultats`);
    await client.get(`${base}/${small.id}/resultats/${small.sample[0]}`);
    const results = await timed(o.requests, async (i) => {
      const q = queries[i % queries.length]!;
      const page = 1 + ((i * 37) % pages);
      const sep = q ? "&" : "?";
      const res = await client.get(`${base}/${small.id}/resultats${q}${sep}page=${page}`);
      if (!res.html.includes("Résultats")) throw new Error(`page de résultats inattendue : ${res.path}`);
    });
    const detail = await timed(o.requests, async (i) => {
      const res = await client.get(`${base}/${small.id}/resultats/${small.sample[i % small.sample.length]}`);
      if (!res.html.includes("Bench")) throw new Error(`page de détail inattendue : ${res.path}`);
    });

    const analysis = await timed(Math.min(o.requests, 30), async () => {
      const res = await client.get(`${base}/${small.id}/analyse`);
      if (!res.html.includes("Analyse")) throw new Error(`page d'analyse inattendue : ${res.path}`);
    });

    // the export of the large campaign, read to the end, with the server's memory sampled meanwhile
    const before = treeRss(server.pid);
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, treeRss(server.pid))), 50);
    t0 = performance.now();
    const res = await fetch(`${server.url}${base}/${large.id}/export`, { headers: { cookie: client.cookieHeader() } });
    if (res.status !== 200) throw new Error(`export → ${res.status}`);
    let bytes = 0;
    let lines = 0;
    const reader = res.body!.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      for (const b of value) if (b === 10) lines++;
    }
    const exportSeconds = (performance.now() - t0) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, treeRss(server.pid));

    const report = {
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}, ${Math.round(os.totalmem() / 2 ** 30)} Go`,
      seedSeconds: round(seedSeconds),
      resultsPage: { participations: o.small, requests: results.length, p50: round(percentile(results, 50)), p95: round(percentile(results, 95)), max: round(results.at(-1)!) },
      analysis: { requests: analysis.length, p50: round(percentile(analysis, 50)), p95: round(percentile(analysis, 95)) },
      participantDetail: { requests: detail.length, p50: round(percentile(detail, 50)), p95: round(percentile(detail, 95)), max: round(detail.at(-1)!) },
      export: { participations: o.large, rows: lines - 1, megabytes: round(bytes / 2 ** 20), seconds: round(exportSeconds), rssBeforeMB: round(before / 2 ** 20), rssPeakMB: round(peak / 2 ** 20), growthMB: round((peak - before) / 2 ** 20) },
    };
    const checks = [
      ["résultats p95 < 300 ms", report.resultsPage.p95 < 300],
      ["détail p95 < 100 ms", report.participantDetail.p95 < 100],
      ["export < 60 s", report.export.seconds < 60],
      ["mémoire du serveur + < 100 Mo", report.export.growthMB < 100],
      ["export complet", report.export.rows === o.large],
    ] as const;
    if (o.jsonFile) fs.writeFileSync(o.jsonFile, JSON.stringify({ ...report, small: o.small, large: o.large, checks: Object.fromEntries(checks) }, null, 2) + "\n");
    if (o.json) console.log(JSON.stringify({ ...report, checks: Object.fromEntries(checks) }, null, 2));
    else {
      console.log(`Machine : ${report.machine} ; données insérées en ${report.seedSeconds} s`);
      console.log(`Résultats (${o.small} participations, ${results.length} pages) : p50 ${report.resultsPage.p50} ms, p95 ${report.resultsPage.p95} ms, max ${report.resultsPage.max} ms`);
      console.log(`Détail d'un participant (${detail.length} pages) : p50 ${report.participantDetail.p50} ms, p95 ${report.participantDetail.p95} ms, max ${report.participantDetail.max} ms`);
      console.log(`Analyse (${o.small} participations, ${analysis.length} pages) : p50 ${report.analysis.p50} ms, p95 ${report.analysis.p95} ms`);
      console.log(
        `Export CSV (${o.large} participations) : ${report.export.rows} lignes, ${report.export.megabytes} Mo en ${report.export.seconds} s ; mémoire du serveur ${report.export.rssBeforeMB} → ${report.export.rssPeakMB} Mo (+${report.export.growthMB} Mo)`,
      );
      for (const [label, ok] of checks) console.log(`${ok ? "OK  " : "ÉCHEC"} ${label}`);
    }
    if (checks.some(([, ok]) => !ok)) process.exitCode = 1;
  } finally {
    await sql.end();
    await server.stop();
    await db.drop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
