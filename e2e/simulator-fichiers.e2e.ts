// The file explorer simulator ("Explorateur de fichiers") in the staff preview, JavaScript off:
// a folder created (after the computer refused a name with a forbidden character) and three
// invoices moved into it is checked "ok"; a file found with the search and opened is "ok"; a file
// downloaded from an online storage space is "ok"; a file restored from the bin is "ok"; a file
// renamed without its extension (the warning confirmed) is checked "ko".
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

const button = (frame: FrameLocator, name: string | RegExp) => frame.getByRole("button", typeof name === "string" ? { name, exact: true } : { name });
/** A name in the list of the folder shown (a button that selects it). */
const inList = (frame: FrameLocator, name: string) => frame.locator("table.fx-list").getByRole("button", { name, exact: true });
/** A folder of the navigation pane. */
const inTree = (frame: FrameLocator, name: string) => frame.getByRole("navigation", { name: "Dossiers" }).getByRole("button", { name, exact: true });

describe("simulateur « Explorateur de fichiers », JavaScript off", () => {
  test("a folder « Factures » created in Documents and the three invoices moved into it → ok", async () => {
    const p = await openPreview(browser, server, "ch-arborescenceDossiers3-sim", { javaScript: false });
    const { page, frame } = p;

    await frame.getByRole("heading", { level: 1, name: /^Documents/ }).waitFor();
    assert.match((await frame.locator(".fx-crumbs").textContent()) ?? "", /Ce PC\s*›\s*Documents/);
    assert.match((await frame.locator("table.fx-list").textContent()) ?? "", /facture-electricite-mars\.pdf\s*31\/03\/2026 11:02\s*Document PDF\s*245 Ko/);
    await expectSimulatorPageAccessible(p);

    await frameSubmit(page, button(frame, "Nouveau dossier"));
    const name = frame.getByLabel("Nom du nouveau dossier");
    assert.equal(await name.inputValue(), "Nouveau dossier");
    await name.fill("Factures: 2026");
    await frameSubmit(page, button(frame, "Créer le dossier"));
    assert.match((await frame.getByRole("alert").textContent()) ?? "", /ne peut pas contenir les caractères suivants/);
    assert.equal(await frame.getByLabel("Nom du nouveau dossier").inputValue(), "Factures: 2026", "le nom tapé est gardé");
    assert.equal(await frame.locator("#fx-name").getAttribute("aria-invalid"), "true");
    await expectSimulatorPageAccessible(p);
    await frame.getByLabel("Nom du nouveau dossier").fill("Factures");
    await frameSubmit(page, button(frame, "Créer le dossier"));
    await frame.getByText("Le dossier « Factures » a été créé dans « Documents ».").waitFor();

    for (const file of ["facture-eau-2026-01.pdf", "facture-electricite-mars.pdf", "facture-internet-fevrier.pdf"]) {
      await frameSubmit(page, inList(frame, file));
      await frameSubmit(page, button(frame, "Déplacer vers…"));
      await frame.getByRole("group", { name: `Dans quel dossier voulez-vous mettre « ${file} » ?` }).waitFor();
      if (file === "facture-eau-2026-01.pdf") await expectSimulatorPageAccessible(p);
      await frame.getByRole("radio", { name: /^Factures/ }).check();
      await frameSubmit(page, button(frame, "Déplacer"));
      await frame.getByText(`« ${file} » a été déplacé dans « Factures ».`).waitFor();
    }
    await frameSubmit(page, inTree(frame, "Factures"));
    await frame.getByRole("heading", { level: 1, name: /^Factures/ }).waitFor();
    assert.equal(await frame.locator("table.fx-list tbody tr").count(), 3);

    assert.equal(await validatePreview(page), "ok");
    assert.deepEqual(p.watch.offOrigin(), []);
    for (const s of p.watch.simulatorPages()) assert.ok(s.bytes < 20_000, `${s.url} : ${s.bytes} octets`);
    await p.context.close();
  });

  test("a file found with the search and opened → ok", async () => {
    const p = await openPreview(browser, server, "ch-rechercheFichiers2-sim", { javaScript: false });
    const { page, frame } = p;
    await frame.getByLabel("Rechercher dans « Documents »").fill("caf");
    await frameSubmit(page, button(frame, "Rechercher"));
    await frame.getByRole("heading", { level: 2, name: /Résultats pour « caf » dans « Documents » : 2 éléments/ }).waitFor();
    await expectSimulatorPageAccessible(p);
    await frameSubmit(page, inList(frame, "attestation-paiement-caf.pdf"));
    await frameSubmit(page, button(frame, "Ouvrir"));
    await frame.getByRole("heading", { level: 1, name: "attestation-paiement-caf.pdf" }).waitFor();
    assert.match((await frame.locator(".fx-page").textContent()) ?? "", /312 € d'aide au logement/);
    await expectSimulatorPageAccessible(p);
    await frameSubmit(page, button(frame, "Fermer"));
    await frame.getByRole("heading", { level: 2, name: /Résultats pour « caf »/ }).waitFor();
    assert.equal(await validatePreview(page), "ok");
    await p.context.close();
  });

  test("a file downloaded from the online storage space → ok", async () => {
    const p = await openPreview(browser, server, "ch-rechercheFichiers1-sim", { javaScript: false });
    const { page, frame } = p;
    await frame.getByRole("heading", { level: 1, name: /^Mon espace en ligne/ }).waitFor();
    await frameSubmit(page, inTree(frame, "Achats"));
    await frameSubmit(page, inList(frame, "confirmation-commande-loriot.pdf"));
    const [download] = await Promise.all([page.waitForEvent("download"), frame.getByRole("link", { name: "Télécharger" }).click()]);
    assert.match(download.suggestedFilename(), /\.pdf$/);
    assert.equal(await validatePreview(page), "ok");
    await p.context.close();
  });

  test("a deleted file restored from the bin → ok", async () => {
    const p = await openPreview(browser, server, "ch-rechercheFichiers3-sim", { javaScript: false });
    const { page, frame } = p;
    await frameSubmit(page, inTree(frame, "Corbeille"));
    await frame.getByRole("heading", { level: 1, name: /^Corbeille/ }).waitFor();
    await expectSimulatorPageAccessible(p);
    await frameSubmit(page, button(frame, "Restaurer « bail-appartement.pdf »"));
    await frame.getByText("« bail-appartement.pdf » est revenu dans le dossier « Logement ».").waitFor();
    assert.equal(await validatePreview(page), "ok");
    await p.context.close();
  });

  test("a file renamed without its extension, the warning confirmed → ko", async () => {
    const p = await openPreview(browser, server, "ch-nommageFichiers2-sim", { javaScript: false });
    const { page, frame } = p;
    await frameSubmit(page, inList(frame, "scan0001.pdf"));
    await frameSubmit(page, button(frame, "Renommer"));
    const field = frame.getByLabel("Nouveau nom");
    assert.equal(await field.inputValue(), "scan0001.pdf");
    await field.fill("devis-plombier-2026-02-03");
    await frameSubmit(page, button(frame, "Renommer"));
    assert.match((await frame.getByRole("alert").textContent()) ?? "", /n'a plus l'extension « \.pdf »/);
    await expectSimulatorPageAccessible(p);
    await frameSubmit(page, button(frame, "Oui, changer l'extension"));
    await frame.getByText("Le nouveau nom est « devis-plombier-2026-02-03 ».").waitFor();
    assert.equal(await validatePreview(page), "ko");
    await p.context.close();
  });
});
