// Pix Orga's whole journey, JavaScript off (issue [O], "Must show"): the structure's admin logs
// in, creates an ABC Diag campaign, a visitor takes it without an account while the admin
// watches the live view, then reads the result, writes a note, creates an ABC Pix campaign,
// suggests 2 groups, and exports the CSV, which LibreOffice opens with the right columns and
// accents.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import JSZip from "jszip";
import type { Browser, Page } from "playwright-core";
import { answerTen } from "./support/abc-diag";
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

const mainText = async (page: Page) => ((await page.textContent("main")) ?? "").replace(/\s+/g, " ");

async function clickIn(page: Page, region: "main" | "Campagne" | "Pix Orga", name: string, to: RegExp): Promise<void> {
  const scope = region === "main" ? page.getByRole("main") : page.getByRole("navigation", { name: region });
  await scope.getByRole("link", { name, exact: true }).first().click();
  await page.waitForURL(to);
}

/** A visitor starts the campaign without an account and answers `answered` questions ("Je passe"). */
async function visitorStarts(code: string, answered: number): Promise<Page> {
  const ctx = await newContext(browser, { javaScript: false });
  const page = await ctx.newPage();
  await page.goto(`${server.url}/campagnes/${code}`);
  await submit(page, "Commencer sans compte", { to: /\/abc-diag\/question$/ });
  for (let i = 0; i < answered; i++) await submit(page, "Je passe");
  return page;
}

describe("Pix Orga, the mediator's journey, JavaScript off", () => {
  test("create an ABC Diag campaign → a visitor takes it → live view → result → note → ABC Pix campaign → 2 groups → CSV", async () => {
    const ctx = await newContext(browser, { javaScript: false });
    const page = await ctx.newPage();
    await loginViaForm(page, server.url, "mediateur@exemple.fr", DEMO_PASSWORD);
    await page.locator("header summary").click();
    await page.locator("header").getByRole("link", { name: "Pix Orga" }).click();
    await page.waitForURL(/\/orga\/[0-9a-f-]{36}$/);
    const orgId = new URL(page.url()).pathname.split("/")[2]!;
    assert.match(await mainText(page), /ABC Diag de l'accueil/);
    await expectNoAxeViolation(page);

    // create the ABC Diag campaign: type first, then its own form with its defaults
    await clickIn(page, "main", "Créer une campagne", /\/campagnes\/nouvelle$/);
    await expectNoAxeViolation(page);
    await page.check('input[name="type"][value="abc-diag"]');
    await page.getByRole("button", { name: "Continuer" }).click();
    await page.waitForURL(/type=abc-diag/);
    assert.equal(await page.isChecked("#champ-allowAnonymous"), true);
    assert.equal(await page.isChecked("#champ-forAbsoluteNovice"), true);
    await expectNoAxeViolation(page);
    await page.fill("#champ-name", "   ");
    await page.locator("#champ-name").evaluate((el) => el.removeAttribute("required"));
    await submit(page, "Créer la campagne");
    assert.equal(await fieldError(page, "name"), "Donnez un nom à la campagne.");
    await page.fill("#champ-name", "ABC Diag de la Médiathèque Émile-Zola");
    await page.fill("#champ-landingText", "Bienvenue ! Ce petit test nous aide à choisir vos ateliers.");
    await submit(page, "Créer la campagne", { to: /\/campagnes\/[0-9a-f-]{36}\?fait=creee$/ });
    const campaignPath = new URL(page.url()).pathname;
    const overview = await mainText(page);
    assert.match(overview, /La campagne est créée/);
    const code = overview.match(/\b([A-Z]{6}[2-9]{3})\b/)?.[1];
    assert.ok(code, "code de la campagne absent");
    await expectNoAxeViolation(page);
    const flyer = await page.request.get(`${server.url}${campaignPath}/flyer`);
    assert.equal(flyer.headers()["content-type"], "application/pdf");
    assert.equal((await flyer.body()).subarray(0, 5).toString(), "%PDF-");

    // a visitor takes it without an account; the admin watches the live view
    const visitor = await visitorStarts(code, 3);
    await clickIn(page, "Campagne", "Activité", /\/activite$/);
    let text = await mainText(page);
    assert.match(text, /Participant anonyme/);
    assert.match(text, /Question 4 sur 10/);
    await expectNoAxeViolation(page);
    for (let i = 4; i <= 10; i++) await submit(visitor, "Je passe");
    assert.match(await mainText(visitor), /D-[0-9A-Z]{6}/);
    await page.getByRole("link", { name: "Actualiser", exact: true }).click();
    await page.waitForLoadState("load");
    assert.doesNotMatch(await mainText(page), /Question 4 sur 10/);

    // the result, then a note
    await clickIn(page, "Campagne", "Résultats", /\/resultats$/);
    text = await mainText(page);
    assert.match(text, /1 participant/);
    assert.match(text, /Participant anonyme/);
    assert.match(text, /Accompagnement/);
    await expectNoAxeViolation(page);
    await clickIn(page, "main", "Participant anonyme", /\/resultats\/[0-9a-f-]{36}$/);
    await page.fill("#champ-body", "Découvre la souris : atelier « premiers pas » jeudi.");
    await submit(page, "Enregistrer la note", { to: /fait=note-ajoutee/ });
    assert.match(await mainText(page), /Découvre la souris : atelier « premiers pas » jeudi\./);

    // two more visitors, so that groups can be formed; one answers the first question right
    for (let v = 0; v < 2; v++) {
      const p = await visitorStarts(code, 0);
      await answerTen(p, v === 0 ? [2, 3, 4, 5, 6, 7, 8, 9, 10] : [1, 2, 3, 4, 8, 9, 10]);
      await p.context().close();
    }
    await visitor.context().close();

    // groups of similar level
    await page.goto(`${server.url}${campaignPath}/groupes`);
    await page.check('input[name="k"][value="2"]');
    await page.getByRole("button", { name: /Proposer/ }).click();
    await page.waitForURL(/k=2/);
    text = await mainText(page);
    assert.match(text, /Groupe 1/);
    assert.match(text, /Groupe 2/);
    await expectNoAxeViolation(page);

    // the CSV, opened by LibreOffice as a French spreadsheet would be
    await page.goto(`${server.url}${campaignPath}/resultats`);
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Exporter ces résultats (CSV)" }).click();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pix-csv-"));
    const file = path.join(dir, "resultats.csv");
    await (await download).saveAs(file);
    const csv = fs.readFileSync(file, "utf8");
    assert.ok(csv.startsWith("\uFEFF"), "BOM UTF-8");
    const lines = csv.slice(1).trimEnd().split("\r\n");
    assert.equal(lines.length, 4);
    const header = lines[0]!.split(";");
    assert.deepEqual(header.slice(0, 5), ["Nom", "Prénom", "Date de début", "Date d'envoi", "Résultats envoyés"]);
    assert.ok(header.includes("Orientation"));
    assert.ok(header.includes("Faire les gestes de base"), header.join(" | "));
    assert.match(lines[1]!, /^Participant anonyme;;\d{2}\/\d{2}\/\d{4} \d{2}:\d{2};/);
    const soffice = spawnSync("soffice", ["--headless", "--infilter=CSV:59,34,76,1", "--convert-to", "ods", "--outdir", dir, file], { encoding: "utf8", timeout: 120_000 });
    assert.equal(soffice.status, 0, `LibreOffice (soffice) doit ouvrir le fichier : ${soffice.error?.message ?? soffice.stderr}`);
    const ods = await JSZip.loadAsync(fs.readFileSync(path.join(dir, "resultats.ods")));
    const content = await ods.file("content.xml")!.async("string");
    const cells = [...content.matchAll(/<text:p>([^<]*)<\/text:p>/g)].map((m) => m[1]!.replace(/&apos;/g, "'"));
    for (const h of ["Nom", "Prénom", "Date d'envoi", "Résultats envoyés", "Orientation"]) assert.ok(cells.includes(h), `colonne « ${h} » lue par LibreOffice`);
    assert.ok(cells.includes("Participant anonyme"));

    // an ABC Pix campaign (the structure has ABC Pix access)
    await page.goto(`${server.url}/orga/${orgId}/campagnes/nouvelle?type=assessment`);
    await page.fill("#champ-name", "ABC Pix des ateliers du jeudi");
    await page.selectOption("#champ-targetProfileId", "abc-pix-complet");
    await submit(page, "Créer la campagne", { to: /\?fait=creee$/ });
    text = await mainText(page);
    assert.match(text, /ABC Pix : toutes les bases/);
    await expectNoAxeViolation(page);
    // edit it, then archive it: it moves to the archived list
    await clickIn(page, "main", "Modifier", /\/modifier$/);
    await expectNoAxeViolation(page);
    await page.fill("#champ-name", "ABC Pix des ateliers du vendredi");
    await submit(page, "Enregistrer", { to: /\?fait=modifiee$/ });
    await submit(page, "Archiver", { to: /\?fait=archivee$/ });
    await page.goto(`${server.url}/orga/${orgId}`);
    assert.doesNotMatch(await mainText(page), /ateliers du vendredi/);
    await page.goto(`${server.url}/orga/${orgId}?archivees=1`);
    assert.match(await mainText(page), /ABC Pix des ateliers du vendredi/);
    await expectNoAxeViolation(page);
    await ctx.close();

    // a learner who belongs to no structure is told how to get access
    const learnerCtx = await newContext(browser, { javaScript: false });
    const learner = await learnerCtx.newPage();
    await loginViaForm(learner, server.url, "apprenant@exemple.fr", DEMO_PASSWORD);
    await learner.goto(`${server.url}/orga`);
    assert.equal(new URL(learner.url()).pathname, "/orga");
    await expectNoAxeViolation(learner);
    await learnerCtx.close();
  });
});
