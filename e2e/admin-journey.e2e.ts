// Pix Admin (issue [A]), JavaScript off: platform staff approve an ABC Pix access request,
// publish a finalised certification session, unblock a blocked account and mark a problem
// report handled; each action then appears in the audit log. The data staff act on is written
// in the database before the server starts (other flows create it through their own pages).
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { eq } from "drizzle-orm";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, newContext } from "./support/browser";
import { DEMO_PASSWORD, expectNoAxeViolation, loginViaForm, submit } from "./support/flows";
import { startServer, type TestServer } from "./support/server";

let server: TestServer;
let browser: Browser;
let sessionNumber = 0;
const BLOCKED_EMAIL = "bloquee-e2e@exemple.fr";
const REFERENCE = "DEM-E2EK7M";

before(async () => {
  const first = await startServer();
  await first.stop();
  process.env.PGLITE_DIR = path.join(first.dataDir, "pglite");
  const { getDb, closeDb } = await import("@/db/client");
  const { abcPixRequests, certificationCenters, problemReports, users } = await import("@/db/schema");
  const { hashPassword } = await import("@/lib/auth/hash");
  const { getReferential } = await import("@/lib/content");
  const fx = await import("@/lib/certification/finalise/test-fixtures");
  const { finaliseSession } = await import("@/lib/certification/finalise/finalise-session");
  const db = getDb();

  // a session played and finalised by the demo centre
  const [center] = await db.select({ id: certificationCenters.id }).from(certificationCenters).where(eq(certificationCenters.name, "Centre de certification de la Médiathèque Jean-Macé"));
  const [centreMember] = await db.select().from(users).where(eq(users.email, "certif@exemple.fr"));
  const [candidate] = await db.insert(users).values({ email: "candidate-admin-e2e@exemple.fr", firstName: "Inès", lastName: "Garnier", termsAcceptedAt: new Date() }).returning({ id: users.id });
  const session = await fx.insertSession(db, center!.id, "2026-11-30");
  sessionNumber = session.number;
  await fx.insertCourse(db, { sessionId: session.id, userId: candidate!.id, firstName: "Inès", lastName: "Garnier", state: "ended", answers: fx.answersWith(14) });
  const member = { userId: centreMember!.id, sessionId: "e2e", role: "user" as const, firstName: centreMember!.firstName, lastName: centreMember!.lastName, email: centreMember!.email, isAnonymous: false };
  await finaliseSession(db, member, center!.id, session.id, { abortReasons: {} });

  // an account blocked after 30 failed logins
  await db.insert(users).values({ email: BLOCKED_EMAIL, firstName: "Gisèle", lastName: "Perrin", passwordHash: await hashPassword(DEMO_PASSWORD), termsAcceptedAt: new Date(), failedLogins: 30, blockedIndefinitely: true });

  // a problem report on a real challenge
  const challengeId = getReferential().challenges.find((c) => c.active)!.id;
  await db.insert(problemReports).values({ challengeId, category: "image", comment: "L'image reste blanche sur mon ordinateur.", contentVersion: "e2e" });

  // an ABC Pix access request waiting for review
  await db.insert(abcPixRequests).values({
    reference: REFERENCE,
    structureName: "Association Clic Solidaire",
    siret: "12345678000014",
    structureType: "mediation",
    address: "3 place du Marché",
    postalCode: "44000",
    city: "Nantes",
    contactFirstName: "Malik",
    contactLastName: "Haddad",
    contactEmail: "malik.haddad@exemple.fr",
    contactRole: "Coordinateur",
    audiences: ["seniors"],
    peoplePerYear: "50-200",
    motivation: "Nous recevons chaque semaine des personnes qui n'ont jamais utilisé d'ordinateur.",
  });
  await closeDb();
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
  return ((await page.textContent("main")) ?? "").replace(/\s+/g, " ");
}

describe("Pix Admin, JavaScript off", () => {
  test("staff approve a request, publish a session, unblock an account, handle a report: each is in the audit log", async () => {
    const page = await (await newContext(browser, { javaScript: false })).newPage();
    await loginViaForm(page, server.url, "admin@exemple.fr", DEMO_PASSWORD);
    await page.goto(`${server.url}/admin`);
    const dashboard = await mainText(page);
    assert.match(dashboard, /1 demandes? d'accès ABC Pix en attente/);
    assert.match(dashboard, /1 sessions? de certification à publier/);
    await expectNoAxeViolation(page);

    // 1. the access request
    await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Demandes ABC Pix" }).click();
    await expectNoAxeViolation(page);
    await page.getByRole("link", { name: new RegExp(REFERENCE) }).first().click();
    assert.match(await mainText(page), /Association Clic Solidaire/);
    await submit(page, "Accepter la demande", { to: /fait=acceptee/ });
    await expectNoAxeViolation(page);

    // 2. the session, published from the list
    await page.goto(`${server.url}/admin/certification`);
    await expectNoAxeViolation(page);
    await page.getByRole("checkbox", { name: new RegExp(String(sessionNumber)) }).check();
    await submit(page, "Publier les sessions cochées");
    assert.match(await mainText(page), new RegExp(`${sessionNumber}[^.]*publiée`));
    await expectNoAxeViolation(page);

    // 3. the blocked account: refused at login, unblocked by staff, then let in
    const user = await (await newContext(browser, { javaScript: false })).newPage();
    await loginViaForm(user, server.url, BLOCKED_EMAIL, DEMO_PASSWORD);
    assert.match(new URL(user.url()).pathname, /^\/connexion/);
    await page.goto(`${server.url}/admin/utilisateurs?q=${encodeURIComponent("Perrin")}`);
    await expectNoAxeViolation(page);
    await page.getByRole("link", { name: /Gisèle Perrin/ }).first().click();
    assert.match(await mainText(page), /bloqu/i);
    await expectNoAxeViolation(page);
    await submit(page, "Débloquer le compte");
    assert.match((await page.getByRole("status").first().textContent()) ?? "", /débloqu/i);
    await loginViaForm(user, server.url, BLOCKED_EMAIL, DEMO_PASSWORD);
    assert.doesNotMatch(new URL(user.url()).pathname, /^\/connexion/);

    // 4. the problem report
    await page.goto(`${server.url}/admin/contenu/signalements`);
    assert.match(await mainText(page), /L'image reste blanche sur mon ordinateur/);
    await expectNoAxeViolation(page);
    await submit(page, "Marquer comme traité");
    assert.doesNotMatch(await mainText(page), /L'image reste blanche sur mon ordinateur/);

    // the audit log holds the four actions, by staff
    await page.goto(`${server.url}/admin/journal`);
    const journal = await mainText(page);
    for (const action of ["abc_pix_request.approved", "certification.session.publish", "admin.user.unblocked", "problem-reports.handle"])
      assert.ok(journal.includes(action), `« ${action} » dans le journal`);
    assert.match(journal, /Camille Leroy/);
    await expectNoAxeViolation(page);
    await page.fill('input[name="action"]', "admin.user");
    await page.getByRole("button", { name: "Filtrer" }).click();
    await page.waitForURL(/action=admin\.user/);
    const filtered = await mainText(page);
    assert.match(filtered, /admin\.user\.unblocked/);
    assert.doesNotMatch(filtered, /certification\.session\.publish/);
  });
});
