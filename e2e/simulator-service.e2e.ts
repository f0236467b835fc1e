// The "service en ligne" simulator in the staff preview, JavaScript off: a garage's booking
// site where the learner logs in, books a technical inspection and downloads its confirmation
// (a real PDF) is checked "ok"; an account created after the site refused a weak password is
// checked "ok"; an appointment booked at the wrong time is checked "ko".
import assert from "node:assert/strict";
import fs from "node:fs";
import { describe, test } from "node:test";
import { PDFDocument } from "pdf-lib";
import type { Browser, FrameLocator } from "playwright-core";
import { expectSimulatorPageAccessible, frameSubmit, openPreview, validatePreview } from "./support/simulators";
import type { TestServer } from "./support/server";
import { withAppAndBrowser } from "./support/suite";

let server: TestServer;
let browser: Browser;

withAppAndBrowser((s, b) => {
  server = s;
  browser = b;
});

/** A button of the page's content (the site's menu repeats some names). */
const button = (frame: FrameLocator, name: string | RegExp) => frame.locator("main").getByRole("button", { name, exact: typeof name === "string" });

async function logIn(p: Awaited<ReturnType<typeof openPreview>>, email: string, password: string) {
  const { page, frame } = p;
  await frameSubmit(page, button(frame, "Se connecter"));
  await frame.getByRole("heading", { level: 1, name: "Se connecter" }).waitFor();
  await frame.getByLabel("Adresse e-mail").fill(email);
  await frame.getByLabel("Mot de passe").fill(password);
  await frameSubmit(page, button(frame, "Se connecter"));
}

describe("simulateur « Service en ligne », JavaScript off", () => {
  test("garage: log in, book the inspection, download the PDF confirmation → ok", async () => {
    const p = await openPreview(browser, server, "ch-achatEnLigne3-c", { javaScript: false });
    const { page, frame } = p;
    await frame.getByRole("heading", { level: 1, name: "Garage du Pont" }).waitFor();
    await expectSimulatorPageAccessible(p);

    // a wrong password first: one message, the e-mail kept
    await logIn(p, "sylvie.roux@exemple.fr", "tulipe-rouge-88");
    assert.match((await frame.getByRole("alert").textContent()) ?? "", /Adresse e-mail ou mot de passe incorrect/);
    assert.equal(await frame.getByLabel("Adresse e-mail").inputValue(), "sylvie.roux@exemple.fr");
    assert.equal(await frame.getByLabel("Mot de passe").inputValue(), "");
    await frame.getByLabel("Mot de passe").fill("Tulipe-Rouge-88");
    await frameSubmit(page, button(frame, "Se connecter"));

    await frame.getByRole("heading", { level: 1, name: "Mon espace" }).waitFor();
    await frameSubmit(page, button(frame, "Prendre rendez-vous"));
    await frame.getByText("Étape 1 sur 4").waitFor();
    await frame.getByLabel("Contrôle technique d'une voiture").check();
    await frameSubmit(page, button(frame, "Continuer"));

    await frame.getByText("Étape 2 sur 4").waitFor();
    await expectSimulatorPageAccessible(p);
    await frameSubmit(page, button(frame, /^samedi 21 mars/));

    await frame.getByText("Étape 3 sur 4").waitFor();
    assert.match((await frame.locator("main").textContent()) ?? "", /Horaires déjà pris ce jour-là : 9 h\./);
    await frame.getByLabel("10 h", { exact: true }).check();
    await expectSimulatorPageAccessible(p);
    await frameSubmit(page, button(frame, "Continuer"));

    await frame.getByText("Étape 4 sur 4").waitFor();
    assert.match((await frame.locator("main").textContent()) ?? "", /78,00 €/);
    await frameSubmit(page, button(frame, "Confirmer le rendez-vous"));
    await frame.getByRole("heading", { level: 1, name: "Rendez-vous confirmé" }).waitFor();
    await expectSimulatorPageAccessible(p);

    const downloading = page.waitForEvent("download");
    await frame.getByRole("link", { name: /Télécharger la confirmation/ }).click();
    const download = await downloading;
    assert.match(download.suggestedFilename(), /^confirmation-rendez-vous-GDP-\d{6}\.pdf$/);
    const bytes = fs.readFileSync((await download.path())!);
    assert.equal(bytes.subarray(0, 5).toString("latin1"), "%PDF-");
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    assert.equal(pdf.getPageCount(), 1);
    assert.equal(pdf.getCreationDate()?.toISOString(), "2026-03-12T09:00:00.000Z");

    assert.equal(await validatePreview(page), "ok");
    assert.deepEqual(p.watch.offOrigin(), []);
    for (const sp of p.watch.simulatorPages()) assert.ok(sp.bytes < 20_000, `${sp.url} : ${sp.bytes} octets`);
    await p.context.close();
  });

  test("health centre: a weak password is refused with the checklist, then the account is created → ok", async () => {
    const p = await openPreview(browser, server, "ch-motDePasse3-c", { javaScript: false });
    const { page, frame } = p;
    await frameSubmit(page, button(frame, "Créer un compte"));
    await frame.getByRole("heading", { level: 1, name: "Créer un compte" }).waitFor();
    await frame.getByLabel("Nom", { exact: true }).fill("Benali");
    await frame.getByLabel("Prénom").fill("Nadia");
    await frame.getByLabel("Adresse e-mail").fill("nadia.benali@exemple.fr");
    await frame.getByLabel("Mot de passe", { exact: true }).fill("Nadia2026!");
    await frame.getByLabel("Confirmation du mot de passe").fill("Nadia2026!");
    await frame.getByLabel("J'accepte les conditions d'utilisation du site").check();
    await frameSubmit(page, button(frame, "Créer mon compte"));

    assert.match((await frame.getByRole("alert").textContent()) ?? "", /ne respecte pas toutes les règles/);
    const rules = (await frame.locator("#svc-rules").textContent()) ?? "";
    assert.match(rules, /Au moins 12 caractères : non respectée/);
    assert.match(rules, /Ne contient ni votre nom ni votre prénom : non respectée/);
    assert.equal(await frame.getByLabel("Adresse e-mail").inputValue(), "nadia.benali@exemple.fr", "les valeurs sont gardées");
    assert.equal(await frame.getByLabel("Mot de passe", { exact: true }).inputValue(), "", "le mot de passe n'est pas gardé");
    assert.equal(await frame.getByLabel("J'accepte les conditions d'utilisation du site").isChecked(), true);
    await expectSimulatorPageAccessible(p);

    await frame.getByLabel("Mot de passe", { exact: true }).fill("Citron-Velo-42!");
    await frame.getByLabel("Confirmation du mot de passe").fill("Citron-Velo-42!");
    await frameSubmit(page, button(frame, "Créer mon compte"));
    await frame.getByText("Votre compte est créé").waitFor();
    assert.equal(await validatePreview(page), "ok");
    await p.context.close();
  });

  test("health centre: the site refuses a second consultation, the first is cancelled, then booked again → ok", async () => {
    const p = await openPreview(browser, server, "ch-planifierReunion3-c", { javaScript: false });
    const { page, frame } = p;
    await logIn(p, "paul.nguyen@exemple.fr", "Sapin-Vert-2026");

    // booking first: the site says to cancel the consultation before
    await frameSubmit(page, button(frame, "Prendre rendez-vous"));
    await frame.getByLabel("Consultation de médecine générale").check();
    await frameSubmit(page, button(frame, "Continuer"));
    assert.match((await frame.getByRole("alert").textContent()) ?? "", /annulez d'abord ce rendez-vous/);
    await expectSimulatorPageAccessible(p);

    await frameSubmit(page, frame.getByRole("navigation").getByRole("button", { name: "Mes rendez-vous" }));
    await frame.getByRole("heading", { level: 1, name: "Mes rendez-vous" }).waitFor();
    await expectSimulatorPageAccessible(p);
    await frameSubmit(page, button(frame, "Annuler ce rendez-vous du mardi 17 mars à 9 h 30"));
    await frame.getByRole("heading", { level: 1, name: "Annuler ce rendez-vous ?" }).waitFor();
    await expectSimulatorPageAccessible(p);
    await frameSubmit(page, button(frame, "Oui, annuler le rendez-vous"));
    assert.match((await frame.getByRole("status").textContent()) ?? "", /Votre rendez-vous du mardi 17 mars à 9 h 30 est annulé/);

    await frameSubmit(page, button(frame, "Prendre un rendez-vous"));
    await frame.getByLabel("Consultation de médecine générale").check();
    await frameSubmit(page, button(frame, "Continuer"));
    await frameSubmit(page, button(frame, /^vendredi 20 mars/));
    await frame.getByLabel("11 h", { exact: true }).check();
    await frameSubmit(page, button(frame, "Continuer"));
    await frameSubmit(page, button(frame, "Confirmer le rendez-vous"));
    await frame.getByRole("heading", { level: 1, name: "Rendez-vous confirmé" }).waitFor();
    assert.equal(await validatePreview(page), "ok");
    await p.context.close();
  });

  test("house of services: the appointment booked at 15 h instead of the first free afternoon time → ko", async () => {
    const p = await openPreview(browser, server, "ch-planifierReunion2-c", { javaScript: false });
    const { page, frame } = p;
    await logIn(p, "karim.haddad@exemple.fr", "Lune-Bleue-2026");
    await frameSubmit(page, button(frame, "Prendre rendez-vous"));
    await frame.getByLabel("Aide à la déclaration de revenus").check();
    await frameSubmit(page, button(frame, "Continuer"));
    await frameSubmit(page, button(frame, /^jeudi 19 mars/));
    await frame.getByLabel("15 h", { exact: true }).check();
    await frameSubmit(page, button(frame, "Continuer"));
    await frameSubmit(page, button(frame, "Confirmer le rendez-vous"));
    await frame.getByRole("heading", { level: 1, name: "Rendez-vous confirmé" }).waitFor();
    assert.equal(await validatePreview(page), "ko");
    await p.context.close();
  });
});
