// The "démarche en ligne" simulator in the staff preview, JavaScript off: a school-canteen
// registration where the postcode given to the learner must be corrected (the site's own error
// message, kept values, summary, confirmation number) is checked "ok"; a birth-certificate
// request sent with the wrong kind of copy is checked "ko".
import assert from "node:assert/strict";
import { describe, test } from "node:test";
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

const button = (frame: FrameLocator, name: string) => frame.getByRole("button", { name, exact: true });

describe("simulateur « Démarche en ligne », JavaScript off", () => {
  test("canteen registration: the wrong postcode is refused, corrected, then the request is sent → ok", async () => {
    const p = await openPreview(browser, server, "ch-demarchesEnLigne4-sim-cantine", { javaScript: false });
    const { page, frame } = p;

    await frame.getByRole("heading", { level: 1, name: "Inscrire un enfant à la cantine scolaire" }).waitFor();
    await frameSubmit(page, button(frame, "Commencer la démarche"));

    // step 1: the child
    await frame.getByText("Étape 1 sur 4").waitFor();
    await frame.locator("#f-nomEnfant").fill("Martin");
    await frame.locator("#f-prenomEnfant").fill("Lina");
    await frame.getByLabel("Jour", { exact: true }).fill("22");
    await frame.getByLabel("Mois", { exact: true }).fill("5");
    await frame.getByLabel("Année", { exact: true }).fill("2018");
    await frame.locator("#f-ecole").selectOption("louise-michel");
    await frame.locator("#f-classe").selectOption({ label: "CE2" });
    await frameSubmit(page, button(frame, "Suivant"));

    // step 2: the postcode copied from the sheet (1000) is refused
    await frame.getByText("Étape 2 sur 4").waitFor();
    await frame.locator("#f-nom").fill("Martin");
    await frame.locator("#f-prenom").fill("Sophie");
    await frame.getByLabel("Téléphone").fill("06 71 23 45 89");
    await frame.getByLabel("Numéro et nom de la rue").fill("14 rue Lalande");
    await frame.getByLabel("Code postal").fill("1000");
    await frame.getByLabel("Commune").fill("Bourg-en-Bresse");
    await frameSubmit(page, button(frame, "Suivant"));

    const alert = frame.getByRole("alert");
    assert.match((await alert.textContent()) ?? "", /Le code postal doit avoir 5 chiffres/);
    assert.equal(await frame.locator("#f-codePostal").inputValue(), "1000", "la valeur fausse reste dans le champ");
    assert.equal(await frame.locator("#f-commune").inputValue(), "Bourg-en-Bresse", "les autres valeurs sont gardées");
    assert.equal(await frame.locator("#f-codePostal").getAttribute("aria-invalid"), "true");
    assert.match((await frame.locator("#f-codePostal").getAttribute("aria-describedby")) ?? "", /f-codePostal-error/);
    await expectSimulatorPageAccessible(p);

    await frame.getByLabel("Code postal").fill("01000");
    await frameSubmit(page, button(frame, "Suivant"));

    // step 3: meals
    await frame.getByText("Étape 3 sur 4").waitFor();
    await frame.getByLabel("Tous les jours d'école").check();
    await frame.getByLabel("Repas sans porc").check();
    await frameSubmit(page, button(frame, "Suivant"));

    // step 4: the two boxes to tick
    await frame.getByText("Étape 4 sur 4").waitFor();
    await frame.getByLabel("J'ai lu le règlement du restaurant scolaire.").check();
    await frame.getByLabel("J'atteste sur l'honneur que les informations données sont exactes.").check();
    await frameSubmit(page, button(frame, "Suivant"));

    // summary, then sent
    await frame.getByRole("heading", { name: "Vérifiez vos informations" }).waitFor();
    assert.match((await frame.locator("main").textContent()) ?? "", /01000/);
    await expectSimulatorPageAccessible(p);
    await frameSubmit(page, button(frame, "Envoyer ma demande"));
    await frame.getByRole("heading", { name: "Votre demande a bien été envoyée" }).waitFor();
    assert.match((await frame.locator(".dem-number").textContent()) ?? "", /^CAN-2026-[2-9A-HJ-NP-Z]{6}$/);
    await expectSimulatorPageAccessible(p);

    assert.equal(await validatePreview(page), "ok");
    assert.deepEqual(p.watch.offOrigin(), []);
    for (const sp of p.watch.simulatorPages()) assert.ok(sp.bytes < 20_000, `${sp.url} : ${sp.bytes} octets`);
    await p.context.close();
  });

  test("birth certificate sent with « Copie intégrale » instead of the extract with parents → ko", async () => {
    const p = await openPreview(browser, server, "ch-demarchesEnLigne2-sim-acte", { javaScript: false });
    const { page, frame } = p;
    await frameSubmit(page, button(frame, "Commencer la démarche"));
    await frame.getByLabel("Copie intégrale").check();
    await frame.getByLabel("Pour quelle démarche ?").selectOption({ label: "Mariage" });
    await frameSubmit(page, button(frame, "Suivant"));

    await frame.locator("#f-nom").fill("Diallo");
    await frame.locator("#f-prenom").fill("Awa");
    await frame.getByLabel("Jour", { exact: true }).fill("14");
    await frame.getByLabel("Mois", { exact: true }).fill("7");
    await frame.getByLabel("Année", { exact: true }).fill("1990");
    await frame.getByLabel("Commune de naissance").fill("Nantes");
    await frameSubmit(page, button(frame, "Suivant"));

    await frame.getByLabel("Numéro et nom de la rue").fill("8 rue des Lilas");
    await frame.getByLabel("Code postal").fill("44300");
    await frame.getByLabel("Commune").fill("Nantes");
    await frame.getByLabel("Adresse e-mail").fill("awa.diallo@exemple.fr");
    await frameSubmit(page, button(frame, "Suivant"));

    await frame.getByRole("heading", { name: "Vérifiez vos informations" }).waitFor();
    await frameSubmit(page, button(frame, "Envoyer ma demande"));
    await frame.getByRole("heading", { name: "Votre demande a bien été envoyée" }).waitFor();
    assert.equal(await validatePreview(page), "ko");
    await p.context.close();
  });

  test("reviewing a form filled by someone else: two mistakes fixed with « Modifier », then sent → ok", async () => {
    const p = await openPreview(browser, server, "ch-demarchesEnLigne5-sim-relire", { javaScript: false });
    const { page, frame } = p;
    await frame.getByRole("heading", { name: "Vérifiez vos informations" }).waitFor();
    assert.match((await frame.locator("main").textContent()) ?? "", /05\/11\/1948/);

    await frameSubmit(page, button(frame, "Modifier l'étape 1 : Votre identité"));
    assert.equal(await frame.getByLabel("Jour", { exact: true }).inputValue(), "05", "les valeurs déjà saisies sont affichées");
    await frame.getByLabel("Jour", { exact: true }).fill("11");
    await frame.getByLabel("Mois", { exact: true }).fill("05");
    await frameSubmit(page, button(frame, "Enregistrer et revenir au récapitulatif"));

    await frameSubmit(page, button(frame, "Modifier l'étape 3 : Vos coordonnées"));
    await frame.getByLabel("Adresse e-mail").fill("lucien.lefevre@exemple");
    await frameSubmit(page, button(frame, "Enregistrer et revenir au récapitulatif"));
    assert.match((await frame.getByRole("alert").textContent()) ?? "", /adresse e-mail n.est pas valide/);
    await frame.getByLabel("Adresse e-mail").fill("lucien.lefevre@exemple.fr");
    await frameSubmit(page, button(frame, "Enregistrer et revenir au récapitulatif"));

    const recap = (await frame.locator("main").textContent()) ?? "";
    assert.match(recap, /11\/05\/1948/);
    assert.match(recap, /lucien\.lefevre@exemple\.fr/);
    await frameSubmit(page, button(frame, "Envoyer ma demande"));
    await frame.getByRole("heading", { name: "Votre demande a bien été envoyée" }).waitFor();
    assert.equal(await validatePreview(page), "ok");
    await p.context.close();
  });
});
