// Scale out (issue Q, item 2): one build, TWO app instances started at the same time on one empty
// PostgreSQL database, with the same AUTH_SECRET and server actions key. Migrations must be applied
// once, the demo seed must run once, and a learner whose requests alternate between the two
// instances (no sticky session) must go through a competence test without a hitch.
//
// Needs a PostgreSQL server: PIX_E2E_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres).
// The test creates its own database <prefix>_scaleout_<pid> (prefix: PIX_E2E_DB_PREFIX, default pix)
// and drops it at the end; if PostgreSQL cannot be reached, the test is skipped with a message.
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import postgres from "postgres";
import { DEMO_ACCOUNTS } from "@/db/seed";
import { prng } from "../scripts/support/bench-http";
import { answerFields, continueLink, JarClient, logIn, shownQuestion, signUp, startCompetence, type Page } from "../scripts/support/chaos-learner";
import { startServer, type TestServer } from "./support/server";

const ADMIN_URL = process.env.PIX_E2E_POSTGRES_URL || "postgres://postgres@127.0.0.1:5432/postgres";
const DB_NAME = `${process.env.PIX_E2E_DB_PREFIX || "pix"}_scaleout_${process.pid}`;
const ANSWERS = 6;

let admin: postgres.Sql | undefined;
let sql: postgres.Sql | undefined;
let unreachable: string | undefined;
let servers: TestServer[] = [];

function shown(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = "***";
  return u.toString();
}

before(async () => {
  const a = postgres(ADMIN_URL, { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    await a`select 1`;
  } catch (e) {
    unreachable = `PostgreSQL injoignable à ${shown(ADMIN_URL)} (${(e as Error).message}) : test de montée en charge horizontale sauté. Réglez PIX_E2E_POSTGRES_URL ou démarrez PostgreSQL.`;
    await a.end({ timeout: 1 }).catch(() => {});
    return;
  }
  admin = a;
  await admin.unsafe(`drop database if exists ${DB_NAME} with (force)`);
  await admin.unsafe(`create database ${DB_NAME}`);
});

after(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  for (const s of servers) fs.rmSync(s.dataDir, { recursive: true, force: true });
  await sql?.end({ timeout: 5 });
  if (admin) {
    await admin.unsafe(`drop database if exists ${DB_NAME} with (force)`);
    await admin.end({ timeout: 5 });
  }
});

test("two instances on one PostgreSQL: one migration, one seed, a learner served by both in turn", { timeout: 120_000 }, async (t) => {
  if (unreachable) {
    console.log(unreachable);
    t.skip(unreachable);
    return;
  }
  const u = new URL(ADMIN_URL);
  u.pathname = `/${DB_NAME}`;
  const databaseUrl = u.toString();
  const env = {
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: `scale-${randomBytes(24).toString("base64url")}`,
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
  };
  // both at the same time, on the empty database
  servers = await Promise.all([startServer({ env }), startServer({ env })]);
  const [A, B] = servers as [TestServer, TestServer];
  sql = postgres(databaseUrl, { max: 2, onnotice: () => {} });

  // migrations: each one recorded once, all of them applied
  const journal = JSON.parse(fs.readFileSync(path.join("db", "migrations", "meta", "_journal.json"), "utf8")) as { entries: unknown[] };
  const migrations = await sql<{ hash: string }[]>`select hash from drizzle.__drizzle_migrations`;
  assert.equal(migrations.length, journal.entries.length, "chaque migration enregistrée une fois");
  assert.equal(new Set(migrations.map((m) => m.hash)).size, migrations.length, "aucune migration en double");
  // seed: once
  const emails = Object.values(DEMO_ACCOUNTS).map((a) => a.email);
  const seeded = await sql<{ email: string; n: number }[]>`select email, count(*)::int as n from users where email in ${sql(emails)} group by email`;
  assert.equal(seeded.length, emails.length, "tous les comptes de démonstration existent");
  for (const row of seeded) assert.equal(row.n, 1, `${row.email} créé une seule fois`);
  const [orgs] = await sql<{ n: number }[]>`select count(*)::int as n from organisations where name = 'Espace numérique des Capucins'`;
  assert.equal(orgs!.n, 1, "la structure de démonstration créée une seule fois");
  for (const s of servers) assert.equal((await fetch(`${s.url}/api/health`)).status, 200);

  // a learner: account created on A, logged in on A, then B, A, B… for every request
  const email = `scale-${process.pid}-${Date.now().toString(36)}@exemple.fr`;
  await signUp(new JarClient(), A.url, email, 1);
  const c = new JarClient();
  await logIn(c, A.url, email);
  let turn = 0;
  const next = () => (turn++ % 2 === 0 ? B.url : A.url);
  const code = "1.1";
  const started = await startCompetence(c, next(), code);
  assert.ok(started && started.status === 303 && started.location, "le test de compétence démarre");
  let page: Page = await c.get(next, started.location);
  const random = prng(7);
  const acknowledged: { assessmentId: string; challengeId: string }[] = [];
  const visited = new Set<string>();
  for (let i = 0; i < ANSWERS; ) {
    assert.equal(page.status, 200, `page ${page.path} servie par ${page.base}`);
    visited.add(page.base);
    const q = shownQuestion(page);
    if (!q) {
      const link = continueLink(page.html);
      assert.ok(link && !/\/resultat$/.test(link), `une question ou un écran « Continuer » attendu sur ${page.path}`);
      page = await c.get(next, link);
      continue;
    }
    const base = next();
    const res = await c.post(base, page.path.split("?")[0]!, answerFields(page, random));
    assert.equal(res.status, 303, `la réponse ${i + 1} est acceptée par ${base}`);
    assert.ok(res.location && !/[?&]erreur=/.test(res.location), `pas d'erreur après la réponse ${i + 1} (${res.location})`);
    acknowledged.push(q);
    i++;
    page = await c.get(next, res.location);
  }
  assert.equal(visited.size, 2, "les deux instances ont servi des pages");
  const stored = await sql<{ assessment_id: string; challenge_id: string }[]>`select assessment_id, challenge_id from answers where assessment_id = ${acknowledged[0]!.assessmentId}`;
  for (const a of acknowledged) {
    assert.ok(stored.some((s) => s.assessment_id === a.assessmentId && s.challenge_id === a.challengeId), `réponse à ${a.challengeId} enregistrée`);
  }
  assert.equal(stored.length, acknowledged.length, "ni réponse perdue ni réponse en double");
});
