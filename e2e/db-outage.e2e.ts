// PostgreSQL stops or dies under the app ([Q] issue, faults), in Chromium with JavaScript off:
// while it is down, every page and form gets the French 503 page "Service momentanément
// indisponible" (never the login page, never a half-saved answer); once it is back, the same app
// process serves the learner the question they were on, still logged in — no restart.
// The database is a throw-away cluster of this test (scripts/support/chaos-cluster.ts), because
// stopping the machine's PostgreSQL would stop everyone's. Skipped when the PostgreSQL binaries
// are not installed.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import postgres from "postgres";
import { freePort } from "../scripts/support/bench-http";
import { ChaosCluster, postgresBinDir } from "../scripts/support/chaos-cluster";
import { answerShown, continueToQuestion, readQuestion, type ShownQuestion } from "./support/answers";
import { launchBrowser, newContext } from "./support/browser";
import { freshEmail, signUpViaForm, submit } from "./support/flows";
import { startServer, type TestServer } from "./support/server";

let cluster: ChaosCluster | undefined;
let server: TestServer | undefined;
let browser: Browser | undefined;
let skipped: string | undefined;

before(async () => {
  try {
    postgresBinDir();
  } catch (e) {
    skipped = `${(e as Error).message} : test de panne de base sauté.`;
    return;
  }
  cluster = new ChaosCluster(await freePort());
  cluster.init();
  cluster.start();
  const admin = postgres(cluster.url, { max: 1, onnotice: () => {} });
  await admin.unsafe("create database pix");
  await admin.end();
  server = await startServer({ env: { DATABASE_URL: cluster.urlFor("pix") } });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  await cluster?.remove();
});

/** The proxy keeps the database's state for one second: wait past it so the next request probes. */
const pastProbe = () => new Promise((r) => setTimeout(r, 1200));

async function expectUnavailable(page: Page, what: string): Promise<void> {
  assert.equal(new URL(page.url()).pathname.startsWith("/connexion"), false, `${what} : renvoyé vers la connexion`);
  assert.equal(await page.textContent("h1"), "Service momentanément indisponible", `${what} : ${page.url()}`);
  assert.match((await page.textContent("main")) ?? "", /Vos réponses déjà envoyées sont enregistrées/);
}

/** Reloads the question page until it is served again; returns how long it took. */
async function waitForRecovery(page: Page, url: string): Promise<number> {
  const t0 = Date.now();
  for (;;) {
    const res = await page.goto(url);
    if (res?.status() === 200) return Date.now() - t0;
    assert.ok(Date.now() - t0 < 30_000, `toujours ${res?.status()} 30 s après le retour de PostgreSQL`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function storedAnswers(assessmentId: string): Promise<number> {
  const sql = postgres(cluster!.urlFor("pix"), { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ n: number }[]>`select count(*)::int as n from answers where assessment_id = ${assessmentId}`;
    return row!.n;
  } finally {
    await sql.end();
  }
}

describe("PostgreSQL down under the app, JavaScript off", () => {
  test("stopped then killed: the 503 page in French for pages and forms, then the learner goes on from the same question, logged in, without restarting the app", async (t) => {
    if (skipped) {
      t.skip(skipped);
      return;
    }
    const page = await (await newContext(browser!, { javaScript: false })).newPage();
    await signUpViaForm(page, server!.url, { firstName: "Robert", lastName: "Lefèvre", email: freshEmail("panne"), password: "Velo-Rouge-42" });
    await page.goto(`${server!.url}/competences/1.1`);
    await submit(page, "Commencer", { to: /\/competences\/1\.1\/evaluation$/ });
    for (let i = 0; i < 2; i++) {
      await answerShown(page, "skip");
      await continueToQuestion(page);
    }
    const url = page.url();
    let shown: ShownQuestion = await readQuestion(page);
    let count = 2;
    assert.equal(await storedAnswers(shown.assessmentId), count);
    const pid = server!.pid;

    for (const outage of ["arrêt propre (pg_ctl stop)", "SIGKILL du serveur et de ses processus"] as const) {
      if (outage.startsWith("arrêt")) cluster!.stop();
      else await cluster!.kill();
      await pastProbe();

      // the answer form, sent while the database is down: refused as a whole
      await page.getByRole("button", { name: "Je passe" }).click();
      await page.waitForLoadState("load");
      await expectUnavailable(page, `${outage}, réponse envoyée`);
      // any page, and the health route for the load balancer
      const res = await page.goto(`${server!.url}/profil`);
      assert.equal(res?.status(), 503, outage);
      assert.equal(res?.headers()["retry-after"], "30");
      await expectUnavailable(page, `${outage}, /profil`);
      const health = await fetch(`${server!.url}/api/health`);
      assert.equal(health.status, 503);
      assert.equal(((await health.json()) as { database: string }).database, "injoignable");

      cluster!.start();
      const ms = await waitForRecovery(page, url);
      console.log(`  ${outage} : service rendu ${ms} ms après le redémarrage de PostgreSQL`);
      const again = await readQuestion(page);
      assert.deepEqual(again, shown, `${outage} : la même question, la personne toujours connectée`);
      assert.equal(await storedAnswers(shown.assessmentId), count, `${outage} : la réponse envoyée pendant la panne n'a rien écrit`);
      assert.equal((await fetch(`${server!.url}/api/health`)).status, 200);

      // and the test goes on
      await answerShown(page, "skip");
      await continueToQuestion(page);
      shown = await readQuestion(page);
      count += 1;
      assert.equal(await storedAnswers(shown.assessmentId), count);
    }
    assert.equal(server!.pid, pid, "le même processus de l'application tout du long");
  });
});
