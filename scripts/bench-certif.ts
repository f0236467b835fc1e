import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { hashPassword } from "@/lib/auth/hash";
import { parisToday } from "@/lib/certification/sessions/dates";
import { benchDatabase, Client, fillChallengeForm, forms, percentile, prng, sleep, startServer, type Server } from "./support/bench-http";

/**
 * A certification session under load, on PostgreSQL, through the real pages (HTTP, as browsers
 * without JavaScript): N candidates (200) behind one address log in and join within 60 s
 * (start times spread at random over the minute), the invigilator authorises them all from the
 * portal, then each starts and answers with a random think time (uniform 10–30 s, 20 s on
 * average) until the end of their test (or --duration seconds). Timed: the join (the form's POST
 * to the waiting page) and each answer (the POST to the next question's page).
 *
 * The candidates' accounts (one Argon2 hash shared), their certifiable profiles (the demo
 * learner's knowledge copied) and the session are seeded with SQL. Needs a build. Uses
 * DATABASE_URL if set, else creates a database pix_bench_<pid> and drops it afterwards.
 *
 * Usage: npm run bench:certif [-- --candidates 200 --duration 1500 --seed 7 --json]
 * `--json` alone prints the report as JSON instead of text; `--json <file>` keeps the text and
 * also writes the JSON report to that file (for `npm run bench`).
 * Targets (issue [X]): no error, answer p95 < 150 ms, join p95 < 1 s.
 */

type Options = { candidates: number; duration: number; seed: number; json: boolean; jsonFile?: string };

function parseArgs(argv: string[]): Options {
  const o: Options = { candidates: 200, duration: 1500, seed: 7, json: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split("=", 2) as [string, string | undefined];
    const value = () => Number(inline ?? argv[++i]);
    if (flag === "--json") {
      if (inline) o.jsonFile = inline;
      else if (argv[i + 1] && !argv[i + 1]!.startsWith("--")) o.jsonFile = argv[++i];
      else o.json = true;
    } else if (flag === "--candidates") o.candidates = value();
    else if (flag === "--duration") o.duration = value();
    else if (flag === "--seed") o.seed = value();
  }
  return o;
}

const PASSWORD = "Velo-Rouge-42";
const ACCESS_CODE = "BKDT34";
const INVIGILATOR_PASSWORD = "QWRT7";

async function seed(sql: postgres.Sql, n: number): Promise<number> {
  const [laura] = await sql`select id from users where email = 'apprenant@exemple.fr'`;
  const [center] = await sql`select id from certification_centers order by created_at limit 1`;
  const hash = await hashPassword(PASSWORD);
  const users = await sql`insert into users (email, password_hash, first_name, last_name, terms_accepted_at)
    select 'bench-candidat-' || g || '@exemple.fr', ${hash}, 'Candidat', 'Bench' || lpad(g::text, 3, '0'), now()
    from generate_series(1, ${n}) g returning id, last_name`;
  await sql`insert into knowledge_elements (user_id, assessment_id, answer_id, challenge_id, skill_id, tube_id, competence_id, status, source, earned_pix_num, earned_pix_den, created_at)
    select u.id, ke.assessment_id, ke.answer_id, ke.challenge_id, ke.skill_id, ke.tube_id, ke.competence_id, ke.status, ke.source, ke.earned_pix_num, ke.earned_pix_den, ke.created_at
    from knowledge_elements ke cross join users u where ke.user_id = ${laura!.id} and u.email like 'bench-candidat-%'`;
  const [session] = await sql`insert into certification_sessions (center_id, address, room, date, time, examiner, access_code, invigilator_password)
    values (${center!.id}, '1 place du Banc d''essai', 'Grande salle', ${parisToday(new Date())}, '09:00', 'Banc d''essai', ${ACCESS_CODE}, ${INVIGILATOR_PASSWORD}) returning id, number`;
  await sql`insert into certification_candidates ${sql(users.map((u) => ({ session_id: session!.id, first_name: "Candidat", last_name: u.last_name as string, birth_date: "1990-01-01" })))}`;
  await sql`analyze`;
  return session!.number as number;
}

type Candidate = { index: number; client: Client; page: { path: string; html: string } | null; done: boolean; answers: number };

async function postForm(c: Client, page: { path: string; html: string }, button: string, values: [string, string][] = []): Promise<{ path: string; html: string }> {
  const form = forms(page.html).find((f) => f.html.includes(button));
  if (!form) throw new Error(`bouton « ${button} » introuvable sur ${page.path}`);
  const fields: [string, string][] = form.inputs.filter((i) => i.type === "hidden").map((i) => [i.name, i.value]);
  return c.post(page.path.split("?")[0]!, [...fields, ...values]);
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(path.join(".next", "BUILD_ID"))) throw new Error("Pas de build : lancez d'abord npm run build.");
  const db = await benchDatabase();
  const outbox = fs.mkdtempSync(path.join(os.tmpdir(), "pix-bench-certif-"));
  const server: Server = await startServer(db.url, outbox);
  const sql = postgres(db.url, { max: 2, onnotice: () => {} });
  const random = prng(o.seed);
  const errors: string[] = [];
  const joins: number[] = [];
  const answers: number[] = [];
  try {
    const number = await seed(sql, o.candidates);

    // phase 1: every candidate logs in and joins, start times spread over 60 s
    const candidates: Candidate[] = Array.from({ length: o.candidates }, (_, i) => ({ index: i + 1, client: new Client(server.url), page: null, done: false, answers: 0 }));
    const joinStart = performance.now();
    await Promise.all(
      candidates.map(async (c) => {
        await sleep(random() * 60_000);
        try {
          const login = await c.client.get("/connexion");
          await postForm(c.client, login, "Je me connecte", [
            ["email", `bench-candidat-${c.index}@exemple.fr`],
            ["password", PASSWORD],
          ]);
          const join = await c.client.get("/certification");
          const t0 = performance.now();
          c.page = await postForm(c.client, join, "Rejoindre la session", [
            ["sessionNumber", String(number)],
            ["accessCode", ACCESS_CODE],
            ["lastName", `Bench${String(c.index).padStart(3, "0")}`],
            ["firstName", "Candidat"],
            ["birthDate", "1990-01-01"],
          ]);
          joins.push(performance.now() - t0);
          if (!c.page.path.startsWith("/certification/attente")) throw new Error(`rejoindre : ${c.page.path}`);
        } catch (e) {
          errors.push(`candidat ${c.index} (rejoindre) : ${(e as Error).message}`);
          c.done = true;
        }
      }),
    );
    const joinSeconds = (performance.now() - joinStart) / 1000;

    // phase 2: the invigilator authorises everyone from the portal
    const invigilator = new Client(server.url);
    const portal = await invigilator.get("/certif/surveillance");
    let board = await postForm(invigilator, portal, "Accéder à la surveillance", [
      ["number", String(number)],
      ["password", INVIGILATOR_PASSWORD],
    ]);
    for (let guard = 0; guard < o.candidates + 5; guard++) {
      if (!forms(board.html).some((f) => f.html.includes("Autoriser à commencer"))) break;
      board = await postForm(invigilator, board, "Autoriser à commencer");
    }

    // phase 3: start, then answer with think time until the end
    const deadline = performance.now() + o.duration * 1000;
    await Promise.all(
      candidates
        .filter((c) => !c.done)
        .map(async (c) => {
          try {
            const waiting = await c.client.get("/certification/attente");
            c.page = await postForm(c.client, waiting, "Commencer mon test");
            const rnd = prng(o.seed * 1000 + c.index);
            while (performance.now() < deadline) {
              if (c.page.path.startsWith("/certification/fin")) break;
              if (!c.page.path.startsWith("/certification/test")) throw new Error(`page inattendue ${c.page.path}`);
              await sleep(10_000 + rnd() * 20_000);
              const fields = fillChallengeForm(c.page, rnd);
              const t0 = performance.now();
              c.page = await c.client.post(c.page.path.split("?")[0]!, fields);
              answers.push(performance.now() - t0);
              c.answers++;
              if (c.page.html.includes('role="alert"') && c.page.path.startsWith("/certification/test?")) throw new Error(`réponse refusée : ${c.page.path}`);
            }
          } catch (e) {
            errors.push(`candidat ${c.index} : ${(e as Error).message}`);
          }
        }),
    );
    const [finished] = await sql`select count(*)::int as n from certification_courses where state = 'ended'`;
    joins.sort((a, b) => a - b);
    answers.sort((a, b) => a - b);
    const round = (x: number) => Math.round(x * 10) / 10;
    const report = {
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}, ${Math.round(os.totalmem() / 2 ** 30)} Go`,
      candidates: o.candidates,
      joinedWithinSeconds: round(joinSeconds),
      join: { count: joins.length, p50: round(percentile(joins, 50)), p95: round(percentile(joins, 95)), max: round(joins.at(-1) ?? NaN) },
      answer: { count: answers.length, p50: round(percentile(answers, 50)), p95: round(percentile(answers, 95)), p99: round(percentile(answers, 99)), max: round(answers.at(-1) ?? NaN) },
      finishedTests: finished!.n as number,
      errors: errors.length,
    };
    const checks = [
      ["aucune erreur", errors.length === 0],
      [`${o.candidates} candidats entrés en moins de 60 s (+ marge de la dernière connexion)`, joins.length === o.candidates],
      ["rejoindre p95 < 1 s", report.join.p95 < 1000],
      ["réponse p95 < 150 ms", report.answer.p95 < 150],
    ] as const;
    if (o.jsonFile) fs.writeFileSync(o.jsonFile, JSON.stringify({ ...report, durationS: o.duration, checks: Object.fromEntries(checks), firstErrors: errors.slice(0, 5) }, null, 2) + "\n");
    if (o.json) console.log(JSON.stringify({ ...report, checks: Object.fromEntries(checks), firstErrors: errors.slice(0, 5) }, null, 2));
    else {
      console.log(`Machine : ${report.machine}`);
      console.log(`${report.join.count} candidats sur ${o.candidates} ont rejoint la session en ${report.joinedWithinSeconds} s : p50 ${report.join.p50} ms, p95 ${report.join.p95} ms, max ${report.join.max} ms`);
      console.log(`${report.answer.count} réponses (une toutes les 20 s en moyenne par candidat) : p50 ${report.answer.p50} ms, p95 ${report.answer.p95} ms, p99 ${report.answer.p99} ms, max ${report.answer.max} ms`);
      console.log(`Tests terminés : ${report.finishedTests} ; erreurs : ${errors.length}`);
      for (const e of errors.slice(0, 5)) console.log(`  ${e}`);
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
