// The invigilator portal, JavaScript off: log in to the demo session with its number and
// invigilator password (a wrong password first: the generic message), see the candidates,
// authorise Laura Martin (who joined), report an incident on Thomas Petit's test tied to a
// question he saw, end his test after the confirmation page; a visitor without the portal's
// cookie (even logged in with a Pix account) only gets the login form. axe on every page.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { and, eq } from "drizzle-orm";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, newContext } from "./support/browser";
import { DEMO_PASSWORD, expectNoAxeViolation, fieldError, loginViaForm, submit } from "./support/flows";
import { startServer, type TestServer } from "./support/server";

let server: TestServer;
let browser: Browser;
let session = { id: "", number: 0, password: "" };
const ids = { laura: "", thomas: "" };

const QUESTIONS = Array.from({ length: 15 }, (_, i) => ({ challengeId: `e2e-chal-${i + 1}`, competenceId: `comp-${Math.floor(i / 3) + 1}`, skillId: `e2e-skill-${i + 1}`, level: 2 }));
const COMPETENCES = Array.from({ length: 5 }, (_, i) => ({ competenceId: `comp-${i + 1}`, level: 2, pix: 16 }));

/** Opens the stopped server's database in this process, runs `fn`, and gives the folder back. */
async function withDatabase<T>(dataDir: string, fn: (db: Awaited<ReturnType<typeof loadDb>>) => Promise<T>): Promise<T> {
  process.env.PGLITE_DIR = path.join(dataDir, "pglite");
  const db = await loadDb();
  try {
    return await fn(db);
  } finally {
    const { closeDb } = await import("@/db/client");
    await closeDb();
    // the lock file names this (still running) process: give the folder back to the next server
    const { lockPath } = await import("@/db/lock");
    fs.rmSync(lockPath(process.env.PGLITE_DIR), { force: true });
  }
}

async function loadDb() {
  const { getDb } = await import("@/db/client");
  return { db: getDb(), schema: await import("@/db/schema") };
}

before(async () => {
  // the demo seed runs at the first start; then the candidates "join" through the database
  // (the candidate side is tested on its own): Laura waits for the start, Thomas is at question 4
  const first = await startServer();
  await first.stop();
  await withDatabase(first.dataDir, async ({ db, schema: s }) => {
    const [row] = await db
      .select({ id: s.certificationSessions.id, number: s.certificationSessions.number, password: s.certificationSessions.invigilatorPassword })
      .from(s.certificationSessions)
      .innerJoin(s.certificationCenters, eq(s.certificationCenters.id, s.certificationSessions.centerId))
      .where(and(eq(s.certificationCenters.name, "Centre de certification de la Médiathèque Jean-Macé"), eq(s.certificationSessions.status, "created")))
      .limit(1);
    assert.ok(row, "la session de démonstration existe");
    session = { id: row.id, number: row.number!, password: row.password };
    const candidates = await db.select().from(s.certificationCandidates).where(eq(s.certificationCandidates.sessionId, row.id));
    const laura = candidates.find((c) => c.firstName === "Laura" && c.lastName === "Martin");
    const thomas = candidates.find((c) => c.firstName === "Thomas");
    assert.ok(laura && thomas, "Laura Martin et Thomas Petit sont inscrits");
    ids.laura = laura.id;
    ids.thomas = thomas.id;
    const [learner] = await db.select({ id: s.users.id }).from(s.users).where(eq(s.users.email, "apprenant@exemple.fr"));
    const [thomasUser] = await db.insert(s.users).values({ firstName: "Thomas", lastName: "Petit", isAnonymous: false }).returning({ id: s.users.id });
    const existing = await db.select({ candidateId: s.certificationCourses.candidateId }).from(s.certificationCourses).where(eq(s.certificationCourses.sessionId, row.id));
    const has = new Set(existing.map((e) => e.candidateId));
    const now = Date.now();
    if (!has.has(laura.id)) {
      await db.update(s.certificationCandidates).set({ userId: learner!.id }).where(eq(s.certificationCandidates.id, laura.id));
      await db.insert(s.certificationCourses).values({ candidateId: laura.id, sessionId: row.id, userId: learner!.id, state: "waiting", questions: QUESTIONS, competences: COMPETENCES });
    }
    if (!has.has(thomas.id)) {
      await db.update(s.certificationCandidates).set({ userId: thomasUser!.id }).where(eq(s.certificationCandidates.id, thomas.id));
      const [course] = await db
        .insert(s.certificationCourses)
        .values({
          candidateId: thomas.id,
          sessionId: row.id,
          userId: thomasUser!.id,
          state: "started",
          questions: QUESTIONS,
          competences: COMPETENCES,
          currentIndex: 3,
          currentServedAt: new Date(now),
          startedAt: new Date(now - 20 * 60_000),
          endsAt: new Date(now + 120 * 60_000),
        })
        .returning({ id: s.certificationCourses.id });
      await db.insert(s.certificationAnswers).values([0, 1, 2].map((i) => ({ courseId: course!.id, challengeId: QUESTIONS[i]!.challengeId, position: i + 1, status: "ok" })));
    }
  });
  server = await startServer({ dataDir: first.dataDir });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

async function loginInvigilator(page: Page, number: string, password: string) {
  await page.fill("#champ-number", number);
  await page.fill("#champ-password", password);
  await submit(page, "Accéder à la surveillance");
}

const card = (page: Page, candidateId: string) => page.locator(`#candidat-${candidateId}`);

describe("the invigilator portal, JavaScript off", () => {
  test("wrong password → generic message; then the session, authorise, incident, end a test, log out", async () => {
    const ctx = await newContext(browser, { javaScript: false });
    const page = await ctx.newPage();
    await page.goto(`${server.url}/certif/surveillance`);
    assert.match((await page.textContent("h1")) ?? "", /Surveiller une session de certification/);
    await expectNoAxeViolation(page);

    const wrong = session.password === "BBBBB" ? "CCCCC" : "BBBBB";
    await loginInvigilator(page, String(session.number), wrong);
    assert.match((await page.textContent("main")) ?? "", /Numéro de session ou mot de passe incorrect\./);
    assert.equal(new URL(page.url()).pathname, "/certif/surveillance");
    assert.equal(await page.inputValue("#champ-password"), "", "the password is never sent back");
    await expectNoAxeViolation(page);
    await loginInvigilator(page, "1OOO1", session.password);
    assert.match((await fieldError(page, "number")) ?? "", /ne contient que des chiffres/);

    // typed in lower case: forgiven
    await loginInvigilator(page, ` ${session.number} `, session.password.toLowerCase());
    await page.waitForURL(/\/certif\/surveillance\/session$/);
    const cookie = (await ctx.cookies()).find((c) => c.name === "pix-surveillance");
    assert.ok(cookie, "the portal's cookie is set");
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, "Lax");
    assert.equal(cookie.path, "/certif/surveillance");

    const main = (await page.textContent("main")) ?? "";
    assert.match((await page.textContent("h1")) ?? "", new RegExp(`Session ${session.number}`));
    assert.match(main, /Salle 2/);
    assert.match(main, /Centre de certification de la Médiathèque Jean-Macé/);
    assert.match(main, /Actualiser/);
    assert.match((await card(page, ids.laura).textContent()) ?? "", /Laura Martin[\s\S]*En attente d'autorisation/);
    const thomas = (await card(page, ids.thomas).textContent()) ?? "";
    assert.match(thomas, /Thomas Petit[\s\S]*En cours/);
    assert.match(thomas, /3 sur 15/);
    assert.match(thomas, /dont tiers-temps de 33 %/);
    assert.match(thomas, /Fin prévue\s*\d{2}:\d{2}/);
    assert.equal(await page.locator("meta[http-equiv='refresh' i]").count(), 0);
    await expectNoAxeViolation(page);

    // Autoriser à commencer
    await card(page, ids.laura).getByRole("button", { name: "Autoriser à commencer" }).click();
    await page.waitForURL(/fait=autorise/);
    assert.match((await page.textContent("main")) ?? "", /Laura Martin est autorisé à commencer son test\./);
    assert.match((await card(page, ids.laura).textContent()) ?? "", /Autorisé/);
    assert.equal(await card(page, ids.laura).getByRole("button", { name: "Autoriser à commencer" }).count(), 0);
    await expectNoAxeViolation(page);

    // Signaler un incident (Thomas, a technical problem on question 2)
    await card(page, ids.thomas).getByRole("link", { name: "Signaler un incident" }).click();
    await page.waitForURL(/\/candidats\/[^/]+\/incident$/);
    assert.match((await page.textContent("h1")) ?? "", /Signaler un incident : Thomas Petit/);
    const options = await page.locator("#champ-challengeId option").allTextContents();
    assert.deepEqual(options, ["Aucune question en particulier", "Question 1", "Question 2", "Question 3", "Question 4"]);
    await expectNoAxeViolation(page);
    await submit(page, "Enregistrer l'incident");
    assert.match((await page.textContent("main")) ?? "", /Choisissez le type d'incident/);
    await expectNoAxeViolation(page);
    await page.getByLabel("Problème technique").check();
    await page.selectOption("#champ-challengeId", { label: "Question 2" });
    await page.fill("#champ-description", "L'ordinateur s'est figé pendant la question.");
    await submit(page, "Enregistrer l'incident", { to: /fait=incident/ });
    const after = (await card(page, ids.thomas).textContent()) ?? "";
    assert.match(after, /Problème technique \(question 2\) : L'ordinateur s'est figé pendant la question\./);

    // Terminer le test: a confirmation page first
    await card(page, ids.thomas).getByRole("link", { name: "Terminer le test" }).click();
    await page.waitForURL(/\/terminer$/);
    assert.match((await page.textContent("h1")) ?? "", /Terminer le test de Thomas Petit \?/);
    await expectNoAxeViolation(page);
    await submit(page, "Oui, terminer le test", { to: /fait=termine/ });
    assert.match((await card(page, ids.thomas).textContent()) ?? "", /Arrêté par le surveillant/);
    assert.equal(await card(page, ids.thomas).getByRole("link", { name: "Terminer le test" }).count(), 0);
    await expectNoAxeViolation(page);

    // Se déconnecter: the cookie is gone, the page asks to log in again
    await submit(page, "Se déconnecter");
    assert.equal(new URL(page.url()).pathname + new URL(page.url()).search, "/certif/surveillance?deconnecte=1", (await page.textContent("main")) ?? "");
    assert.match((await page.textContent("main")) ?? "", /Vous êtes déconnecté de la surveillance/);
    await page.goto(`${server.url}/certif/surveillance/session`);
    assert.equal(new URL(page.url()).pathname, "/certif/surveillance");
    await ctx.close();
  });

  test("a stale cookie, or a Pix account without the portal's cookie, only gets the login form", async () => {
    const ctx = await newContext(browser, { javaScript: false });
    await ctx.addCookies([{ name: "pix-surveillance", value: "jeton-perime", url: `${server.url}/certif/surveillance` }]);
    const page = await ctx.newPage();
    await page.goto(`${server.url}/certif/surveillance/session`);
    assert.equal(new URL(page.url()).pathname, "/certif/surveillance");
    assert.match((await page.textContent("main")) ?? "", /Votre connexion de surveillance a pris fin/);
    await expectNoAxeViolation(page);
    await page.goto(`${server.url}/certif/surveillance/session/candidats/${ids.laura}/terminer`);
    assert.equal(new URL(page.url()).pathname, "/certif/surveillance");
    await ctx.close();

    for (const email of ["certif@exemple.fr", "apprenant@exemple.fr"]) {
      const c = await newContext(browser, { javaScript: false });
      const p = await c.newPage();
      await loginViaForm(p, server.url, email, DEMO_PASSWORD);
      await p.goto(`${server.url}/certif/surveillance/session/candidats/${ids.laura}/incident`);
      assert.equal(new URL(p.url()).pathname, "/certif/surveillance", email);
      await c.close();
    }
  });

  test("what was stored: Laura authorised, Thomas ended by the invigilator, the incident with its category and question", async () => {
    await server.stop();
    const rows = await withDatabase(server.dataDir, async ({ db, schema: s }) => {
      const courses = await db
        .select({ candidateId: s.certificationCourses.candidateId, id: s.certificationCourses.id, state: s.certificationCourses.state, endedAt: s.certificationCourses.endedAt })
        .from(s.certificationCourses)
        .where(eq(s.certificationCourses.sessionId, session.id));
      const thomasCourse = courses.find((c) => c.candidateId === ids.thomas)!;
      const incidents = await db
        .select({ category: s.certificationIncidents.category, challengeId: s.certificationIncidents.challengeId })
        .from(s.certificationIncidents)
        .where(eq(s.certificationIncidents.courseId, thomasCourse.id));
      return { courses, incidents };
    });
    server = await startServer({ dataDir: server.dataDir });
    assert.equal(rows.courses.find((c) => c.candidateId === ids.laura)?.state, "authorised");
    const t = rows.courses.find((c) => c.candidateId === ids.thomas)!;
    assert.equal(t.state, "ended-by-invigilator");
    assert.ok(t.endedAt);
    assert.deepEqual(rows.incidents, [{ category: "technical", challengeId: "e2e-chal-2" }]);
  });
});
