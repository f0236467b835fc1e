// Finalisation, publication and certificates, JavaScript off. A session with tests already
// played is written in the database before the server starts (the candidate pages belong to
// other flows); then the centre finalises it (an abort reason missing first), platform staff
// publish it, the learner reads the certificate and downloads its PDF, and anyone checks it
// by its code. axe on every page.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { eq } from "drizzle-orm";
import type { Browser, Page } from "playwright-core";
import { pdfText } from "../tests/support/pdf-text";
import { launchBrowser, newContext } from "./support/browser";
import { DEMO_PASSWORD, expectNoAxeViolation, fieldError, loginViaForm, submit } from "./support/flows";
import { startServer, type TestServer } from "./support/server";

let server: TestServer;
let browser: Browser;
let centerId = "";
let sessionId = "";
let sessionNumber = 0;
let unfinishedCourseId = "";

before(async () => {
  // a first start creates and seeds the database; then we write the session into it
  const first = await startServer();
  await first.stop();
  process.env.PGLITE_DIR = path.join(first.dataDir, "pglite");
  const { getDb, closeDb } = await import("@/db/client");
  const { certificationCenters, users } = await import("@/db/schema");
  const fx = await import("@/lib/certification/finalise/test-fixtures");
  const db = getDb();
  const [center] = await db.select({ id: certificationCenters.id }).from(certificationCenters).where(eq(certificationCenters.name, "Centre de certification de la Médiathèque Jean-Macé"));
  const [learner] = await db.select({ id: users.id }).from(users).where(eq(users.email, "apprenant@exemple.fr"));
  const [other] = await db.insert(users).values({ email: "candidat-e2e@exemple.fr", firstName: "Paul", lastName: "Girard", isAnonymous: false, termsAcceptedAt: new Date() }).returning({ id: users.id });
  centerId = center!.id;
  const session = await fx.insertSession(db, centerId, "2026-11-28");
  sessionId = session.id;
  sessionNumber = session.number;
  await fx.insertCourse(db, { sessionId, userId: learner!.id, firstName: "Camille", lastName: "Martin", birthDate: "1985-06-03", state: "ended", answers: fx.answersWith(15) });
  const unfinished = await fx.insertCourse(db, { sessionId, userId: other!.id, firstName: "Paul", lastName: "Girard", state: "started", answers: fx.answersWith(4, 4) });
  unfinishedCourseId = unfinished.courseId;
  await fx.insertIncident(db, unfinished.courseId, "question", unfinished.questions[0]!.challengeId, "L'image ne s'affichait pas.");
  await closeDb();
  // this process no longer uses the folder: free it for the server
  const { lockPath } = await import("@/db/lock");
  fs.rmSync(lockPath(process.env.PGLITE_DIR), { force: true });
  server = await startServer({ dataDir: first.dataDir });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

async function mainText(page: Page): Promise<string> {
  return (await page.textContent("main")) ?? "";
}

describe("certification results, JavaScript off", () => {
  let code = "";

  test("the centre finalises the session: an abort reason is required for the unfinished test", async () => {
    const ctx = await newContext(browser, { javaScript: false });
    const page = await ctx.newPage();
    await loginViaForm(page, server.url, "certif@exemple.fr", DEMO_PASSWORD);
    const url = `${server.url}/certif/${centerId}/sessions/${sessionId}/finalisation`;
    await page.goto(url);
    assert.match(await mainText(page), new RegExp(`Finaliser la session ${sessionNumber}`));
    assert.match(await mainText(page), /Problème sur une question : L'image ne s'affichait pas\./);
    await expectNoAxeViolation(page);
    await page.fill("#champ-commentaire", "Coupure de courant à 10 h 15 pour un candidat.");
    await submit(page, "Finaliser la session");
    assert.match((await fieldError(page, `abandon-${unfinishedCourseId}`)) ?? "", /Choisissez la raison pour laquelle ce test n'est pas terminé/);
    assert.match(await mainText(page), /Le formulaire contient des erreurs/);
    await expectNoAxeViolation(page);
    await page.selectOption(`#champ-abandon-${unfinishedCourseId}`, "technical");
    await page.fill(`#champ-abandon-precision-${unfinishedCourseId}`, "Coupure de courant");
    await submit(page, "Finaliser la session", { to: /finalisee=1/ });
    const done = await mainText(page);
    assert.match(done, /La session est finalisée/);
    assert.match(done, /Raison : Problème technique : Coupure de courant/);
    assert.equal(await page.getByRole("button", { name: "Finaliser la session" }).count(), 0);
    await expectNoAxeViolation(page);
    await ctx.close();
  });

  test("platform staff see the results and publish the session", async () => {
    const ctx = await newContext(browser, { javaScript: false });
    const page = await ctx.newPage();
    await loginViaForm(page, server.url, "admin@exemple.fr", DEMO_PASSWORD);
    await page.goto(`${server.url}/admin/certification`);
    assert.match(await mainText(page), /Médiathèque Jean-Macé/);
    await expectNoAxeViolation(page);
    await page.getByRole("link", { name: `Session ${sessionNumber}` }).click();
    await page.waitForURL(new RegExp(`/admin/certification/${sessionId}$`));
    const results = await mainText(page);
    assert.match(results, /Validée : 120 Pix/);
    assert.match(results, /Rejetée/);
    assert.match(results, /question neutralisée/);
    await expectNoAxeViolation(page);
    await submit(page, "Annuler la neutralisation", { to: /message=neutralisation-annulee/ });
    assert.match(await mainText(page), /La neutralisation est annulée/);
    assert.match(await mainText(page), /neutralisation annulée/);
    await expectNoAxeViolation(page);
    await submit(page, "Publier la session", { to: /message=publiee/ });
    const published = await mainText(page);
    assert.match(published, /La session est publiée/);
    code = /P-[A-Z0-9]{8}/.exec(published)?.[0] ?? "";
    assert.ok(code, "a verification code is shown");
    await expectNoAxeViolation(page);
    await ctx.close();
  });

  test("the learner sees the certificate and downloads the PDF", async () => {
    const ctx = await newContext(browser, { javaScript: false });
    const page = await ctx.newPage();
    await loginViaForm(page, server.url, "apprenant@exemple.fr", DEMO_PASSWORD);
    await page.getByRole("link", { name: "Certifications", exact: true }).click();
    await page.waitForURL(/\/certifications$/);
    assert.match(await mainText(page), /Validée : 120 Pix/);
    await expectNoAxeViolation(page);
    await page.getByRole("link", { name: /Voir le certificat/ }).click();
    await page.waitForURL(/\/certifications\/[0-9a-f-]{36}$/);
    const cert = await mainText(page);
    assert.match(cert, /Camille Martin/);
    assert.match(cert, /03\/06\/1985/);
    assert.match(cert, /120 Pix/);
    assert.ok(cert.includes(code));
    await expectNoAxeViolation(page);
    const href = await page.getByRole("link", { name: "Télécharger le certificat (PDF)" }).getAttribute("href");
    const res = await ctx.request.get(`${server.url}${href}`);
    assert.equal(res.status(), 200);
    assert.equal(res.headers()["content-type"], "application/pdf");
    const text = pdfText(Buffer.from(await res.body()));
    assert.match(text, /Camille Martin/);
    assert.match(text, /120 Pix/);
    assert.ok(text.includes(code));
    // neither the centre's finalisation nor the staff pages are for a learner
    await page.goto(`${server.url}/certif/${centerId}/sessions/${sessionId}/finalisation`);
    assert.match(page.url(), /\/page-introuvable$/);
    await page.goto(`${server.url}/admin/certification/${sessionId}`);
    assert.match(page.url(), /\/page-introuvable$/);
    // another person's certificate address: not found
    const stranger = await ctx.request.get(`${server.url}/certifications/00000000-0000-4000-8000-000000000000/pdf`);
    assert.equal(stranger.status(), 404);
    await ctx.close();
  });

  test("anyone checks the certificate by its code; a wrong code gets the generic message", async () => {
    const ctx = await newContext(browser, { javaScript: false });
    const page = await ctx.newPage();
    await page.goto(`${server.url}/verification-certificat`);
    await expectNoAxeViolation(page);
    await page.fill("#champ-code", ` ${code.toLowerCase().replace("-", " ")} `);
    await page.getByRole("button", { name: "Vérifier" }).click();
    await page.waitForURL(/code=/);
    const shown = await mainText(page);
    assert.match(shown, /Certificat authentique/);
    assert.match(shown, /Camille Martin/);
    assert.match(shown, /120 Pix/);
    await expectNoAxeViolation(page);
    await page.goto(`${server.url}/verification-certificat?code=P-QQQQ7777`);
    assert.match(await mainText(page), /Aucun certificat publié ne correspond à ce code/);
    assert.doesNotMatch(await mainText(page), /Certificat authentique/);
    await expectNoAxeViolation(page);
    await ctx.close();
  });
});
