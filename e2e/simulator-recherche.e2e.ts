// The search engine simulator "Cherchetout" in the staff preview, JavaScript off: searching,
// reading the results (advertisements marked « Annonce »), opening the fake site then going back
// and choosing the official page is checked "ok"; refining an ambiguous query and choosing a
// recipe is checked "ok"; choosing the advertisement instead of the town's page is checked "ko".
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

const button = (frame: FrameLocator, name: string | RegExp) => frame.locator("main").getByRole("button", { name, exact: typeof name === "string" });
const address = async (frame: FrameLocator) => ((await frame.locator(".sim-window__address").textContent()) ?? "").replace("Adresse de la page : ", "").trim();

describe("simulateur « Moteur de recherche », JavaScript off", () => {
  test("acte de naissance: search, open the fake site, go back, choose the official page → ok", async () => {
    const p = await openPreview(browser, server, "ch-fiabiliteSource4-sim-acte", { javaScript: false });
    const { page, frame } = p;
    await frame.getByRole("heading", { level: 1, name: "Cherchetout" }).waitFor();
    await expectSimulatorPageAccessible(p);

    await frame.getByLabel("Rechercher sur le web").fill("Acte de naissance");
    await frameSubmit(page, button(frame, "Rechercher"));
    await frame.getByRole("heading", { level: 1, name: "Résultats pour « Acte de naissance »" }).waitFor();
    assert.match((await frame.locator(".rch-count").textContent()) ?? "", /^Environ \d+ résultats/);
    assert.equal(await frame.locator(".rch-ad-label").first().textContent(), "Annonce");
    assert.equal(await frame.getByLabel("Rechercher sur le web").inputValue(), "Acte de naissance");
    await expectSimulatorPageAccessible(p);

    await frameSubmit(page, button(frame, "Acte de naissance en ligne — Démarche officielle rapide"));
    await frame.getByRole("heading", { level: 1, name: "Acte de naissance en ligne — Démarche officielle rapide" }).waitFor();
    assert.equal(await address(frame), "https://www.service-public-demarches.info/acte-de-naissance");
    assert.match((await frame.locator("main").textContent()) ?? "", /29,90 €/);
    await expectSimulatorPageAccessible(p);
    await frameSubmit(page, button(frame, "Retour aux résultats"));

    await frameSubmit(page, button(frame, "Demande d'acte de naissance | Service Public"));
    assert.equal(await address(frame), "https://www.service-public.fr/particuliers/vosdroits/acte-naissance");
    // a link inside the page, and the browser's back button
    await frameSubmit(page, button(frame, /Voir la page État civil de la mairie de Rivecourt/));
    await frame.getByRole("heading", { level: 1, name: /^État civil/ }).waitFor();
    await frameSubmit(page, button(frame, "Page précédente"));
    await frame.getByRole("heading", { level: 1, name: "Demande d'acte de naissance | Service Public" }).waitFor();

    await frameSubmit(page, button(frame, "C'est la bonne page"));
    await frame.getByText("Vous avez choisi cette page comme réponse").waitFor();
    await expectSimulatorPageAccessible(p);
    assert.equal(await validatePreview(page), "ok");

    assert.deepEqual(p.watch.offOrigin(), []);
    for (const s of p.watch.simulatorPages()) assert.ok(s.bytes < 20_000, `${s.url}: ${s.bytes} octets`);
    await p.context.close();
  });

  test("avocat: page 2 of the results, then refine the query and choose a recipe → ok", async () => {
    const p = await openPreview(browser, server, "ch-rechercheWeb2-sim-avocat", { javaScript: false });
    const { page, frame } = p;
    await frame.getByRole("heading", { level: 1, name: "Résultats pour « avocat »" }).waitFor();
    await frameSubmit(page, frame.getByRole("navigation", { name: "Pages de résultats" }).getByRole("button", { name: "Page suivante" }));
    await frame.getByText("page 2 sur 2").waitFor();
    await frame.getByLabel("Rechercher sur le web").fill("avocat recette");
    await frameSubmit(page, button(frame, "Rechercher"));
    await frameSubmit(page, button(frame, "Recette facile : salade d'avocat aux crevettes"));
    await frameSubmit(page, button(frame, "C'est la bonne page"));
    assert.equal(await validatePreview(page), "ok");
    await p.context.close();
  });

  test("pharmacie de garde: choosing the advertisement → ko", async () => {
    const p = await openPreview(browser, server, "ch-resultatsRecherche2-sim-pharmacie", { javaScript: false });
    const { page, frame } = p;
    await frame.getByRole("heading", { level: 1, name: "Résultats pour « pharmacie de garde Rivecourt »" }).waitFor();
    await frameSubmit(page, button(frame, "Annonce : Pharmacie ouverte 24 h/24 — Livraison en 2 heures"));
    assert.equal(await address(frame), "https://www.pharmaclic-express.com/livraison");
    await frameSubmit(page, button(frame, "C'est la bonne page"));
    assert.equal(await validatePreview(page), "ko");
    await p.context.close();
  });
});
