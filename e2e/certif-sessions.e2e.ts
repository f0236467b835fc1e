// Pix Certif for centre staff, JavaScript off: the demo centre's staff member opens Pix Certif
// from the header, creates a session (a past date first: French error), imports a CSV of 3
// candidates with one bad row (the error names its line, nothing is imported), fixes the file
// (3 imported), downloads the template and the attendance sheet (a real PDF with the names),
// then checks the demo candidates' eligibility (Laura Martin: eligible, by her e-mail).
// A learner gets the 404 page. axe on every Pix Certif page visited.
import assert from "node:assert/strict";
import fs from "node:fs";
import { describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { pdfText } from "../tests/support/pdf-text";
import { newContext } from "./support/browser";
import { DEMO_PASSWORD, expectNoAxeViolation, fieldError, loginViaForm, submit } from "./support/flows";
import type { TestServer } from "./support/server";
import { withAppAndBrowser } from "./support/suite";

let server: TestServer;
let browser: Browser;

withAppAndBrowser((s, b) => {
  server = s;
  browser = b;
});

async function mainText(page: Page): Promise<string> {
  return ((await page.textContent("main")) ?? "").replace(/\s+/g, " ");
}

function isoDay(offsetDays: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date(Date.now() + offsetDays * 86_400_000));
}

const HEADER = "Nom;Prénom;Date de naissance (JJ/MM/AAAA);Temps majoré (%);E-mail";

describe("Pix Certif: sessions and candidates (JavaScript off)", () => {
  test("create a session, import candidates from a CSV, download the attendance sheet", async () => {
    const ctx = await newContext(browser, { javaScript: false });
    const page = await ctx.newPage();
    await loginViaForm(page, server.url, "certif@exemple.fr", DEMO_PASSWORD);

    await page.locator("header summary").click();
    await page.locator("header").getByRole("link", { name: "Pix Certif" }).click();
    await page.waitForURL(/\/certif\/[0-9a-f-]{36}$/);
    const centerId = new URL(page.url()).pathname.split("/")[2]!;
    assert.match(await mainText(page), /Sessions de certification/);
    assert.match(await mainText(page), /Salle 2/, "the demo session is listed");
    await expectNoAxeViolation(page);

    await page.getByRole("link", { name: "Créer une session" }).click();
    await page.waitForURL(/\/sessions\/nouvelle$/);
    await expectNoAxeViolation(page);
    await page.fill("#champ-address", "12 rue Jean-Macé, Angers");
    await page.fill("#champ-room", "Salle 4");
    await page.fill("#champ-date", isoDay(-2));
    await page.fill("#champ-time", "09:30");
    await page.fill("#champ-examiner", "Sophie Durand");
    await submit(page, "Créer la session");
    assert.equal(await fieldError(page, "date"), "La date de la session doit être aujourd'hui ou plus tard.");
    assert.equal(await page.inputValue("#champ-room"), "Salle 4", "what was typed is kept");
    await expectNoAxeViolation(page);
    await page.fill("#champ-date", isoDay(7));
    await submit(page, "Créer la session", { to: /\/sessions\/[0-9a-f-]{36}\?fait=creee/ });
    const sessionUrl = page.url().split("?")[0]!;
    const main = await mainText(page);
    assert.match(main, /La session est créée/);
    assert.match(main, /Code d'accès \(pour les candidats\)\s*[BCDFGHJKMPQRTVWXY]{4}[2346789]{2}/);
    assert.match(main, /Mot de passe de surveillance\s*[BCDFGHJKMPQRTVWXY2346789]{5}/);
    assert.match(main, /Aucun candidat inscrit/);
    assert.equal(await page.getByRole("link", { name: "espace surveillant" }).getAttribute("href"), "/certif/surveillance");
    await expectNoAxeViolation(page);

    // the template
    const template = await page.request.get(`${sessionUrl}/candidats-modele.csv`);
    assert.equal(template.status(), 200);
    const templateText = (await template.body()).toString("utf8");
    assert.ok(templateText.startsWith(`\uFEFF${HEADER}\r\n`), JSON.stringify(templateText.slice(0, 80)));

    // one bad row: nothing imported, the line and the reason shown
    const bad = `\uFEFF${HEADER}\r\nBernard;Alice;12/05/1980;;alice@exemple.fr\r\nRobert;Hugo;31/02/1990;33;\r\nSimon;Inès;03/09/2001;;\r\n`;
    await page.setInputFiles("#champ-fichier", { name: "candidats.csv", mimeType: "text/csv", buffer: Buffer.from(bad, "utf8") });
    await submit(page, "Importer les candidats");
    let text = await mainText(page);
    assert.match(text, /Aucun candidat n'a été importé/);
    assert.match(text, /Ligne 3 : la date de naissance 31\/02\/1990 n'existe pas\./);
    assert.match(text, /Candidats \(0\)/);
    await expectNoAxeViolation(page);

    // fixed
    const good = bad.replace("31/02/1990", "28/02/1990");
    await page.setInputFiles("#champ-fichier", { name: "candidats.csv", mimeType: "text/csv", buffer: Buffer.from(good, "utf8") });
    await submit(page, "Importer les candidats");
    await page.waitForURL(/importes=3/);
    text = await mainText(page);
    assert.match(text, /3 candidat\(s\) importé\(s\)/);
    assert.match(text, /Candidats \(3\)/);
    for (const name of ["Bernard Alice", "Robert Hugo", "Simon Inès", "28/02/1990", "33 %", "Vérifiée le jour J"]) assert.ok(text.includes(name), name);
    await expectNoAxeViolation(page);

    // the attendance sheet
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Télécharger la feuille d'émargement (PDF)" }).click();
    const file = await (await download).path();
    const bytes = fs.readFileSync(file!);
    assert.equal(bytes.subarray(0, 5).toString(), "%PDF-");
    const pdf = pdfText(bytes);
    for (const t of ["Feuille d'émargement", "Salle 4", "Sophie Durand", "Bernard", "Alice", "Robert", "Simon", "Inès"]) assert.ok(pdf.includes(t), t);

    // the demo session: Laura Martin's eligibility checked by her e-mail, on the fly
    await page.goto(`${server.url}/certif/${centerId}`);
    const demoRow = page.getByRole("row").filter({ hasText: "Salle 2" }).first();
    await demoRow.getByRole("link").click();
    await page.waitForURL(/\/sessions\/[0-9a-f-]{36}$/);
    assert.match(await mainText(page), /Martin Laura.*Vérifiée le jour J/);
    await page.getByRole("button", { name: "Vérifier l'éligibilité de Laura Martin" }).click();
    await page.waitForURL(/verifier=/);
    const laura = ((await page.getByRole("row").filter({ hasText: "Martin Laura" }).textContent()) ?? "").replace(/\s+/g, " ");
    assert.match(laura, /Éligible/);
    await page.getByRole("button", { name: "Vérifier l'éligibilité de Thomas Petit" }).click();
    await page.waitForURL(/verifier=/);
    const thomas = ((await page.getByRole("row").filter({ hasText: "Petit Thomas" }).textContent()) ?? "").replace(/\s+/g, " ");
    assert.match(thomas, /Vérifiée le jour J \(aucun compte Pix avec cet e-mail\)/);
    await expectNoAxeViolation(page);
    await ctx.close();

    // a learner is not told anything about the centre
    const other = await newContext(browser, { javaScript: false });
    const learner = await other.newPage();
    await loginViaForm(learner, server.url, "apprenant@exemple.fr", DEMO_PASSWORD);
    await learner.goto(`${server.url}/certif/${centerId}`);
    assert.match(new URL(learner.url()).pathname, /^\/page-introuvable/);
    assert.equal((await learner.request.get(`${sessionUrl}/emargement`)).status(), 404);
    await learner.locator("header summary").click();
    assert.equal(await learner.locator("header").getByRole("link", { name: "Pix Certif" }).count(), 0);
    await other.close();
  });
});
