// The public site (issue [K]), in Chromium with JavaScript off: home → mediation page → kit →
// a flyer PDF customised with the structure's name (and, for a mediator, a campaign code);
// an ABC Pix access request sent by a structure, approved by staff, and the invitation e-mail
// that lets the contact into the new organisation; the help search and contact form.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { pdfText } from "../tests/support/pdf-text";
import { newContext } from "./support/browser";
import { DEMO_PASSWORD, expectNoAxeViolation, freshEmail, invitationLinkFromOutbox, loginViaForm, submit } from "./support/flows";
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

/** Clicks the download button of the kit's form and returns the PDF's text. */
async function downloadPdf(page: Page, button: string): Promise<{ text: string; bytes: Buffer; name: string }> {
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: button }).click();
  const d = await download;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pix-kit-")), d.suggestedFilename());
  await d.saveAs(file);
  const bytes = fs.readFileSync(file);
  return { text: pdfText(new Uint8Array(bytes)).replace(/\s+/g, " "), bytes, name: d.suggestedFilename() };
}

/** The e-mails whose recipient, or text, holds this address. */
function outboxTo(email: string): { to: string; subject: string; raw: string }[] {
  const dir = server.outboxDir;
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".eml"))
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), "utf8"))
    .filter((raw) => raw.includes(email))
    .map((raw) => ({ to: raw.match(/^To: (.*)$/m)?.[1] ?? "", subject: raw.match(/^Subject: (.*)$/m)?.[1] ?? "", raw: raw.replace(/=\r?\n/g, "") }));
}

describe("Public site", () => {
  test("home → mediation page → kit → a flyer and a poster customised with the structure's name and a campaign code", async () => {
    const context = await newContext(browser, { javaScript: false });
    const page = await context.newPage();
    await page.goto(server.url);
    await expectNoAxeViolation(page);
    for (const link of ["Faire l'ABC Diag", "Créer un compte", "Se connecter", "Vérifier un certificat"])
      assert.ok(await page.locator("main").getByRole("link", { name: link }).count(), `lien « ${link} » sur l'accueil`);
    assert.ok(await page.getByRole("button", { name: /Rejoindre/ }).count(), "formulaire du code sur l'accueil");

    await page.locator('main a[href="/mediation-numerique"]').first().click();
    await page.waitForURL(/\/mediation-numerique$/);
    const mediation = await mainText(page);
    for (const word of ["ABC Diag", "ABC Pix", "Robert", "Laura", "Comment je me lance"]) assert.ok(mediation.includes(word), `« ${word} » sur la page médiation`);
    await expectNoAxeViolation(page);

    await page.locator('main a[href="/mediation-numerique/kit"]').first().click();
    await page.waitForURL(/\/mediation-numerique\/kit$/);
    await expectNoAxeViolation(page);

    // a visitor: the structure's name only; an empty name (the browser asks for it first) is refused with a message
    assert.equal(await page.locator('input[name="structure"]').getAttribute("required"), "");
    await page.goto(`${server.url}/mediation-numerique/kit/flyer?structure=%20&format=A4`);
    await page.waitForURL(/\/mediation-numerique\/kit\?erreur=/);
    assert.match((await page.getByRole("alert").first().textContent()) ?? "", /nom/i);
    await expectNoAxeViolation(page);
    await page.fill('input[name="structure"]', "Médiathèque Jean-Moulin de Saint-Aubin");
    const visitorFlyer = await downloadPdf(page, "Télécharger le flyer ABC Diag (PDF)");
    assert.ok(visitorFlyer.bytes.subarray(0, 5).toString() === "%PDF-", "un vrai PDF");
    assert.match(visitorFlyer.text, /Médiathèque Jean-Moulin de Saint-Aubin/);
    assert.match(visitorFlyer.text, /abc-diag/);

    // a mediator: the same form offers the structure's campaigns; the flyer carries the code
    await loginViaForm(page, server.url, "mediateur@exemple.fr", DEMO_PASSWORD);
    await page.goto(`${server.url}/mediation-numerique/kit`);
    const option = page.locator('select[name="campagne"] option', { hasText: "CAPDIA123" });
    assert.equal(await option.count(), 1, "la campagne CAPDIA123 est proposée");
    await page.selectOption('select[name="campagne"]', (await option.getAttribute("value"))!);
    await page.fill('input[name="structure"]', "Espace numérique des Capucins");
    await page.check('input[name="format"][value="A3"]');
    const flyer = await downloadPdf(page, "Télécharger le flyer ABC Diag (PDF)");
    assert.match(flyer.text, /Espace numérique des Capucins/);
    assert.match(flyer.text, /CAPDIA123/);
    assert.match(flyer.name, /A3/);
    await page.selectOption('select[name="campagne"]', (await option.getAttribute("value"))!);
    await page.fill('input[name="structure"]', "Espace numérique des Capucins");
    const poster = await downloadPdf(page, "Télécharger l'affiche (PDF)");
    assert.match(poster.text, /Espace numérique des Capucins/);
    assert.match(poster.text, /CAPDIA123/);

    // someone else's campaign is refused: no PDF
    const res = await page.request.get(`${server.url}/mediation-numerique/kit/flyer?structure=X&format=A4&campagne=00000000-0000-4000-8000-000000000000`, { maxRedirects: 0 });
    assert.notEqual(res.headers()["content-type"], "application/pdf");

    // the kit's other parts
    await page.goto(`${server.url}/mediation-numerique/kit`);
    await page.locator('main a[href="/mediation-numerique/kit/contenu-abc-pix"]').first().click();
    assert.match(await mainText(page), /ABC Pix/);
    await expectNoAxeViolation(page);
    await page.goto(`${server.url}/mediation-numerique/kit`);
    await page.locator('main a[href^="/mediation-numerique/kit/guides/"]').first().click();
    const images = page.locator("main img");
    assert.ok((await images.count()) >= 3, "un guide montre des captures");
    assert.ok(await images.first().evaluate((img: HTMLImageElement) => img.naturalWidth > 0 || img.loading === "lazy"));
    await expectNoAxeViolation(page);
    await context.close();
  });

  test("an ABC Pix access request: sent by a structure, approved by staff, the contact invited as the new organisation's admin", async () => {
    const contactEmail = freshEmail("directrice");
    const applicant = await (await newContext(browser, { javaScript: false })).newPage();
    await applicant.goto(`${server.url}/mediation-numerique`);
    await applicant.locator('main a[href="/mediation-numerique/demande-acces"]').first().click();
    await applicant.waitForURL(/\/demande-acces$/);
    await expectNoAxeViolation(applicant);

    // a wrong SIRET: a clear message next to the field, nothing sent
    const fill = async (siret: string) => {
      await applicant.fill('[name="structureName"]', "Centre social Les Tilleuls");
      await applicant.fill('[name="siret"]', siret);
      await applicant.locator('[name="structureType"]').first().evaluate((el) => el.tagName);
      if ((await applicant.locator('select[name="structureType"]').count()) > 0) await applicant.selectOption('select[name="structureType"]', "mediation");
      else await applicant.check('input[name="structureType"][value="mediation"]');
      await applicant.fill('[name="address"]', "12 rue des Tilleuls");
      await applicant.fill('[name="postalCode"]', "49000");
      await applicant.fill('[name="city"]', "Angers");
      await applicant.fill('[name="contactFirstName"]', "Aïcha");
      await applicant.fill('[name="contactLastName"]', "Benali");
      await applicant.fill('[name="contactEmail"]', contactEmail);
      await applicant.fill('[name="contactRole"]', "Directrice");
      await applicant.locator('input[name="audiences"]').first().check();
      if ((await applicant.locator('select[name="peoplePerYear"]').count()) > 0) await applicant.selectOption('select[name="peoplePerYear"]', { index: 1 });
      else await applicant.locator('input[name="peoplePerYear"]').first().check();
      await applicant.fill('[name="motivation"]', "Nous accompagnons chaque semaine des personnes qui découvrent l'ordinateur et les démarches en ligne.");
      await applicant.check('input[name="consent"]');
    };
    await fill("12345678000015");
    await submit(applicant, "Envoyer ma demande");
    assert.match(applicant.url(), /\/demande-acces$/);
    assert.match((await applicant.locator("#champ-siret-erreur").textContent()) ?? "", /SIRET/);
    assert.equal(outboxTo(contactEmail).length, 0);
    await expectNoAxeViolation(applicant);

    await fill("21780001000019");
    await submit(applicant, "Envoyer ma demande", { to: /\/envoyee\?reference=DEM-/ });
    const reference = new URL(applicant.url()).searchParams.get("reference")!;
    assert.match((await applicant.getByRole("status").first().textContent()) ?? "", new RegExp(reference));
    assert.ok(outboxTo(contactEmail).some((m) => m.raw.includes(reference)), "accusé de réception");
    await expectNoAxeViolation(applicant);

    // staff approve it
    const staff = await (await newContext(browser, { javaScript: false })).newPage();
    await loginViaForm(staff, server.url, "admin@exemple.fr", DEMO_PASSWORD);
    await staff.goto(`${server.url}/admin/demandes-abc-pix?q=${encodeURIComponent("Tilleuls")}`);
    await staff.getByRole("link", { name: new RegExp(reference) }).first().click();
    assert.match(await mainText(staff), /Centre social Les Tilleuls/);
    await expectNoAxeViolation(staff);
    await submit(staff, "Accepter la demande", { to: /fait=acceptee/ });
    assert.match(await mainText(staff), /accept/i);
    // a second click changes nothing
    assert.equal(await staff.getByRole("button", { name: "Accepter la demande" }).count(), 0);

    // the contact receives the invitation, creates an account and lands in Pix Orga as admin
    const link = invitationLinkFromOutbox(server.outboxDir, contactEmail);
    const contact = await (await newContext(browser, { javaScript: false })).newPage();
    await contact.goto(link);
    assert.match((await contact.textContent("h1")) ?? "", /Centre social Les Tilleuls/);
    assert.match(await mainText(contact), /administrateur/);
    await contact.locator("main").getByRole("link", { name: "Créer un compte" }).click();
    await contact.fill("#champ-firstName", "Aïcha");
    await contact.fill("#champ-lastName", "Benali");
    await contact.fill("#champ-email", contactEmail);
    await contact.fill("#champ-password", "Tilleul-Vert-49");
    await contact.check("#champ-terms");
    await submit(contact, "Je crée mon compte");
    await submit(contact, "Rejoindre Centre social Les Tilleuls", { to: /\/orga\/[0-9a-f-]{36}\/membres\?fait=bienvenue$/ });
    const orgId = new URL(contact.url()).pathname.split("/")[2]!;
    // the new organisation may create ABC Pix campaigns
    await contact.goto(`${server.url}/orga/${orgId}/campagnes/nouvelle`);
    assert.match(await mainText(contact), /ABC Pix/);

    // the approval is in the audit log
    await staff.goto(`${server.url}/admin/journal?action=abc_pix_request`);
    assert.match(await mainText(staff), /abc_pix_request\.approved/);
  });

  test("help: a server-side search, and a contact message stored and e-mailed", async () => {
    const page = await (await newContext(browser, { javaScript: false })).newPage();
    await page.goto(`${server.url}/aide`);
    await expectNoAxeViolation(page);
    await page.fill('input[name="q"]', "mot de passe oublié");
    await page.getByRole("button", { name: /Rechercher/ }).click();
    await page.waitForURL(/q=/);
    assert.match((await page.getByRole("status").first().textContent()) ?? "", /réponse/);
    assert.match(await mainText(page), /Mot de passe oublié/i);
    await expectNoAxeViolation(page);

    await page.goto(`${server.url}/aide/contact`);
    const email = freshEmail("robert");
    await page.locator('input[name="audience"]').first().check();
    await page.selectOption('select[name="topic"]', { index: 1 });
    await page.fill('[name="name"]', "Robert Dupuis");
    await page.fill('[name="email"]', email);
    await page.fill('[name="message"]', "Bonjour, je ne trouve pas le bouton pour recommencer un test. Merci.");
    await submit(page, "Envoyer mon message", { to: /envoye=1/ });
    assert.match((await page.getByRole("status").first().textContent()) ?? "", /reçu/);
    const mails = outboxTo(email);
    assert.equal(mails.filter((m) => m.to.includes(email)).length, 1, "accusé de réception");
    assert.equal(mails.filter((m) => m.to.includes("support@pix.local")).length, 1, "message transmis à l'équipe Pix");
    await expectNoAxeViolation(page);
  });
});
