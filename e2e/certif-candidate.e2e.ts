// The candidate's side, JavaScript off: apprenant@exemple.fr (Laura Martin, eligible in the demo
// seed) joins today's demo session (a wrong code first: the generic message), waits, is
// authorised in the invigilator portal, reads the rules, starts, answers; joining again from
// another computer pauses the test until the invigilator's resume; answers to the end → the end
// page. With JavaScript on: the focus route refuses another site's post and another candidate's
// course (the content has no "focus" question today: the focus-out itself is tested in jest).
// axe on every candidate page.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { and, eq } from "drizzle-orm";
import type { Browser, Page } from "playwright-core";
import { getContentIndex } from "@/lib/content";
import { fillAnswer } from "./support/answers";
import { launchBrowser, newContext } from "./support/browser";
import { DEMO_PASSWORD, expectNoAxeViolation, loginViaForm, submit } from "./support/flows";
import { startServer, type TestServer } from "./support/server";

let server: TestServer;
let browser: Browser;
let session = { number: 0, accessCode: "", password: "", lauraId: "" };

/** Reads the demo session from the stopped server's database, then gives the folder back. */
async function readDemoSession(dataDir: string) {
  process.env.PGLITE_DIR = path.join(dataDir, "pglite");
  const { getDb, closeDb } = await import("@/db/client");
  const s = await import("@/db/schema");
  try {
    const db = getDb();
    const [row] = await db
      .select({ id: s.certificationSessions.id, number: s.certificationSessions.number, accessCode: s.certificationSessions.accessCode, password: s.certificationSessions.invigilatorPassword })
      .from(s.certificationSessions)
      .innerJoin(s.certificationCenters, eq(s.certificationCenters.id, s.certificationSessions.centerId))
      .where(and(eq(s.certificationCenters.name, "Centre de certification de la Médiathèque Jean-Macé"), eq(s.certificationSessions.status, "created")))
      .limit(1);
    assert.ok(row, "la session de démonstration existe");
    const [laura] = await db
      .select({ id: s.certificationCandidates.id })
      .from(s.certificationCandidates)
      .where(and(eq(s.certificationCandidates.sessionId, row.id), eq(s.certificationCandidates.lastName, "Martin")));
    assert.ok(laura, "Laura Martin est inscrite");
    return { number: row.number!, accessCode: row.accessCode, password: row.password, lauraId: laura.id };
  } finally {
    await closeDb();
    const { lockPath } = await import("@/db/lock");
    fs.rmSync(lockPath(process.env.PGLITE_DIR), { force: true });
  }
}

before(async () => {
  const first = await startServer(); // the demo seed runs at the first start
  await first.stop();
  session = await readDemoSession(first.dataDir);
  server = await startServer({ dataDir: first.dataDir });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

const pathOf = (page: Page) => new URL(page.url()).pathname;
const main = async (page: Page) => ((await page.textContent("main")) ?? "").replace(/\s+/g, " ");

async function joinForm(page: Page, code: string) {
  await page.goto(`${server.url}/certification`);
  await page.fill("#champ-sessionNumber", String(session.number));
  await page.fill("#champ-accessCode", code);
  await page.fill("#champ-lastName", "martin");
  await page.fill("#champ-firstName", "Laura");
  await page.fill("#champ-birthDate", "1985-03-14");
  await submit(page, "Rejoindre la session");
}

async function invigilator(): Promise<Page> {
  const ctx = await newContext(browser, { javaScript: false });
  const page = await ctx.newPage();
  await page.goto(`${server.url}/certif/surveillance`);
  await page.fill("#champ-number", String(session.number));
  await page.fill("#champ-password", session.password);
  await submit(page, "Accéder à la surveillance", { to: /\/certif\/surveillance\/session$/ });
  return page;
}

async function invigilatorClick(page: Page, button: string) {
  await page.goto(`${server.url}/certif/surveillance/session`);
  const posted = page.waitForResponse((r) => r.request().method() === "POST");
  await page.locator(`#candidat-${session.lauraId}`).getByRole("button", { name: button }).click();
  await posted;
  await page.waitForLoadState("load");
}

/** Answers the question shown (right, except every third one wrong) and waits for the next page. */
async function answerShown(page: Page, n: number) {
  const challengeId = await page.inputValue('input[name="challengeId"]');
  const courseId = await page.inputValue('input[name="courseId"]');
  const challenge = getContentIndex().challengeById.get(challengeId);
  assert.ok(challenge, `question inconnue ${challengeId}`);
  await fillAnswer(page, challenge, courseId, n % 3 !== 2);
  await submit(page, "Je valide");
}

describe("the candidate's certification, JavaScript off", () => {
  test("join (wrong code, then right), wait, authorised, rules, start, answer, pause and resume, to the end", async () => {
    const candidate = await newContext(browser, { javaScript: false });
    const page = await candidate.newPage();

    // logged out: the login page, which comes back here
    await page.goto(`${server.url}/certification`);
    assert.equal(pathOf(page), "/connexion");
    await loginViaForm(page, server.url, "apprenant@exemple.fr", DEMO_PASSWORD);
    await page.goto(`${server.url}/certification`);
    assert.match((await page.textContent("h1")) ?? "", /Rejoindre une session de certification/);
    await expectNoAxeViolation(page);

    const wrong = session.accessCode === "BCDF23" ? "BCDF24" : "BCDF23";
    await joinForm(page, wrong);
    assert.equal(pathOf(page), "/certification");
    assert.match(await main(page), /Les informations saisies ne correspondent à aucun candidat de cette session/);
    await expectNoAxeViolation(page);

    await joinForm(page, session.accessCode.toLowerCase());
    await page.waitForURL(/\/certification\/attente$/);
    assert.match((await page.textContent("h1")) ?? "", /Votre surveillant va autoriser le début du test/);
    assert.equal(await page.locator("meta[http-equiv='refresh' i]").count(), 0);
    await expectNoAxeViolation(page);
    // not started: the test page sends back to the waiting page
    await page.goto(`${server.url}/certification/test`);
    assert.equal(pathOf(page), "/certification/attente");

    const inv = await invigilator();
    await invigilatorClick(inv, "Autoriser à commencer");

    await page.getByRole("link", { name: "Actualiser" }).click();
    await page.waitForLoadState("load");
    assert.match((await page.textContent("h1")) ?? "", /autorisé le début du test/);
    const rules = await main(page);
    assert.match(rules, /105 minutes/);
    assert.match(rules, /la question compte comme fausse/);
    await expectNoAxeViolation(page);
    await submit(page, "Commencer mon test", { to: /\/certification\/test$/ });

    const h1 = (await page.textContent("h1")) ?? "";
    const m = h1.match(/Question 1 sur (\d+)/);
    assert.ok(m, h1);
    const total = Number(m[1]);
    assert.match(await main(page), /Temps restant : 105 minutes/);
    assert.equal(await page.getByRole("link", { name: /Signaler/ }).count(), 0);
    await expectNoAxeViolation(page);

    await answerShown(page, 0);
    assert.match((await page.textContent("h1")) ?? "", /Question 2 sur/);

    // the candidate joins again from another computer: the test is paused
    const other = await newContext(browser, { javaScript: false });
    const page2 = await other.newPage();
    await loginViaForm(page2, server.url, "apprenant@exemple.fr", DEMO_PASSWORD);
    await joinForm(page2, session.accessCode);
    await page2.waitForURL(/\/certification\/attente$/);
    assert.match(await main(page2), /Votre test est en pause\. Demandez à votre surveillant d'autoriser la reprise\./);
    await expectNoAxeViolation(page2);
    // the first computer's answer is refused (a simulator refuses actions too): the pause page
    await submit(page, "Je passe");
    assert.equal(pathOf(page), "/certification/attente");
    assert.match(await main(page), /Votre test est en pause/);

    await invigilatorClick(inv, "Autoriser la reprise");
    await page2.getByRole("link", { name: "Actualiser" }).click();
    await page2.waitForURL(/\/certification\/test$/);
    assert.match((await page2.textContent("h1")) ?? "", /Question 2 sur/);

    for (let n = 1; n < total; n++) {
      assert.match((await page2.textContent("h1")) ?? "", new RegExp(`Question ${n + 1} sur ${total}`));
      await answerShown(page2, n);
    }
    await page2.waitForURL(/\/certification\/fin$/);
    assert.match(await main(page2), /Votre test est terminé\. Vos résultats seront publiés après vérification par l'équipe Pix\. Vous recevrez un e-mail\./);
    await expectNoAxeViolation(page2);
    await other.close();
    await inv.context().close();
    await candidate.close();
  });

});

describe("the focus route, JavaScript on", () => {
  test("refuses another site's post, and a course that is not the candidate's", async () => {
    const ctx = await newContext(browser, { javaScript: true });
    const page = await ctx.newPage();
    await loginViaForm(page, server.url, "apprenant@exemple.fr", DEMO_PASSWORD);
    await page.goto(`${server.url}/certification/fin`);
    // a string, not a function: tsx would add helpers the page does not have
    const status = (await page.evaluate(
      `fetch("/certification/test/quitter", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ courseId: "00000000-0000-4000-8000-000000000000", challengeId: "ch-x" }) }).then((r) => r.status)`,
    )) as number;
    // not this candidate's course: refused, nothing recorded
    assert.equal(status, 404);
    const cross = await fetch(`${server.url}/certification/test/quitter`, { method: "POST", headers: { origin: "https://exemple.org", "content-type": "application/json" }, body: "{}" });
    assert.equal(cross.status, 403);
    await ctx.close();
  });
});
