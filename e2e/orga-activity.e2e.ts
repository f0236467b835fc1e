// A campaign's activity and one participant's page in Pix Orga, JavaScript off: a visitor starts
// the demo ABC Diag (CAPDIA123) without an account; the demo admin watches them on "Activité"
// ("Question 4 sur 10"), clicks "Actualiser" once they finished, opens their page, adds a note
// (an empty one first: French error), then finds their result code on "Retrouver un diagnostic"
// and keeps it. axe on every Orga page visited.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
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

describe("Pix Orga: live activity, participant page, notes, result code lookup (JavaScript off)", () => {
  test("a visitor's ABC Diag watched live, then their page, a note and their result code", async () => {
    // the visitor, on the structure's computer
    const visitorCtx = await newContext(browser, { javaScript: false });
    const visitor = await visitorCtx.newPage();
    await visitor.goto(`${server.url}/campagnes/CAPDIA123`);
    await submit(visitor, "Commencer sans compte", { to: /\/abc-diag\/question$/ });
    for (let n = 1; n <= 3; n++) {
      assert.match((await visitor.textContent("h1")) ?? "", new RegExp(`Question ${n} sur 10`));
      await submit(visitor, "Je passe");
    }
    assert.match((await visitor.textContent("h1")) ?? "", /Question 4 sur 10/);

    // the mediator, on theirs
    const adminCtx = await newContext(browser, { javaScript: false });
    const page = await adminCtx.newPage();
    await loginViaForm(page, server.url, "mediateur@exemple.fr", DEMO_PASSWORD);
    await page.locator("header summary").click();
    await page.locator("header").getByRole("link", { name: "Pix Orga" }).click();
    await page.waitForURL(/\/orga\/[0-9a-f-]{36}$/);
    const orgId = new URL(page.url()).pathname.split("/")[2]!;
    await page.getByRole("main").getByRole("link", { name: "ABC Diag de l'accueil" }).first().click();
    await page.waitForURL(/\/campagnes\/[0-9a-f-]{36}$/);
    await page.getByRole("navigation", { name: "Campagne" }).getByRole("link", { name: "Activité" }).click();
    await page.waitForURL(/\/activite$/);
    assert.match(await page.title(), /Activité/);
    let text = await mainText(page);
    assert.match(text, /En ce moment/);
    assert.match(text, /Participant anonyme/);
    assert.match(text, /Question 4 sur 10/);
    assert.match(text, /il y a|à l'instant/);
    assert.match(text, /en cours/);
    assert.match(text, /Participations par jour/);
    // without JavaScript, no auto-refresh box: the link does the job
    assert.equal(await page.getByText("Actualiser toutes les 10 secondes").count(), 0);
    await expectNoAxeViolation(page);

    // the visitor finishes
    for (let n = 4; n <= 10; n++) await submit(visitor, "Je passe");
    const code = ((await visitor.textContent("#code-resultat")) ?? "").trim();
    assert.match(code, /^D-[0-9A-Z]{6}$/);
    await visitorCtx.close();

    await page.getByRole("link", { name: "Actualiser", exact: true }).click();
    await page.waitForLoadState("load");
    text = await mainText(page);
    assert.doesNotMatch(text, /Question 4 sur 10/);
    const row = page.locator("tr", { hasText: code });
    assert.match(((await row.textContent()) ?? "").replace(/\s+/g, " "), /Terminé/);
    await expectNoAxeViolation(page);

    // their page
    await row.getByRole("link", { name: "Participant anonyme" }).click();
    await page.waitForURL(/\/resultats\/[0-9a-f-]{36}$/);
    text = await mainText(page);
    assert.match(text, /Participant anonyme/);
    assert.match(text, new RegExp(code));
    assert.match(text, /Résultat de l'ABC Diag/);
    assert.match(text, /Orientation/);
    assert.match(text, /Aucune note pour l'instant/);
    await expectNoAxeViolation(page);
    await submit(page, "Enregistrer la note");
    assert.match((await fieldError(page, "body")) ?? "", /Écrivez votre note/);
    await expectNoAxeViolation(page);
    await page.fill("#champ-body", "A hésité sur le clic droit : atelier souris mardi.");
    await submit(page, "Enregistrer la note", { to: /fait=note-ajoutee/ });
    text = await mainText(page);
    assert.match(text, /Votre note a été enregistrée/);
    assert.match(text, /A hésité sur le clic droit : atelier souris mardi\./);
    assert.match(text, /\(vous\)/);
    await expectNoAxeViolation(page);

    // the print version leaves the notes out
    await page.getByRole("link", { name: "Version à imprimer de la fiche" }).click();
    await page.waitForURL(/impression=1/);
    assert.doesNotMatch(await mainText(page), /A hésité sur le clic droit/);
    await expectNoAxeViolation(page);
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.locator("header").first().isVisible(), false);
    assert.equal(await page.getByRole("heading", { name: "Résultat de l'ABC Diag" }).isVisible(), true);
    await page.emulateMedia({ media: "screen" });

    // "Retrouver un diagnostic", the code typed as the person reads it
    await page.getByRole("navigation", { name: "Pix Orga" }).getByRole("link", { name: "Retrouver un diagnostic" }).click();
    await page.waitForURL(new RegExp(`/orga/${orgId}/diagnostic$`));
    await expectNoAxeViolation(page);
    await page.fill("#champ-code", "bonjour");
    await page.getByRole("button", { name: "Chercher" }).click();
    await page.waitForURL(/code=bonjour/);
    assert.match(await mainText(page), /s'écrit comme D-7KQ2M9/);
    await page.fill("#champ-code", ` ${code.slice(2, 5).toLowerCase()} ${code.slice(5)} `);
    await page.getByRole("button", { name: "Chercher" }).click();
    await page.waitForURL(/code=/);
    text = await mainText(page);
    assert.match(text, new RegExp(`Diagnostic ${code}`));
    assert.match(text, /Orientation/);
    await expectNoAxeViolation(page);
    await page.fill("#champ-label", "Visiteur du mardi");
    await submit(page, "Garder dans la liste de la structure", { to: /fait=garde/ });
    text = await mainText(page);
    assert.match(text, /Le diagnostic est gardé/);
    assert.match(await page.locator("#liste").innerText(), /Visiteur du mardi/);
    await expectNoAxeViolation(page);
    await adminCtx.close();
  });

  test("JavaScript on: the auto-refresh box, off by default, refreshes the page in place without moving focus", async () => {
    const ctx = await newContext(browser, { javaScript: true });
    const page = await ctx.newPage();
    await loginViaForm(page, server.url, "mediateur@exemple.fr", DEMO_PASSWORD);
    await page.goto(`${server.url}/orga`);
    await page.waitForURL(/\/orga\/[0-9a-f-]{36}$/);
    await page.getByRole("main").getByRole("link", { name: "ABC Diag de l'accueil" }).first().click();
    await page.waitForURL(/\/campagnes\/[0-9a-f-]{36}$/);
    await page.getByRole("navigation", { name: "Campagne" }).getByRole("link", { name: "Activité" }).click();
    await page.waitForURL(/\/activite$/);
    const box = page.getByLabel("Actualiser toutes les 10 secondes");
    await box.waitFor();
    assert.equal(await box.isChecked(), false);
    // router.refresh(): an RSC request for this page that is not a link prefetch, about 10 s after checking
    const refreshed = page.waitForResponse(
      (r) => {
        const h = r.request().headers();
        return r.url().includes("/activite") && h["rsc"] === "1" && h["next-router-prefetch"] === undefined;
      },
      { timeout: 15_000 },
    );
    const checkedAt = Date.now();
    await box.check();
    await refreshed;
    assert.ok(Date.now() - checkedAt >= 9_000, "refreshed before 10 seconds");
    assert.equal(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type), "checkbox");
    assert.equal(await box.isChecked(), true);
    await expectNoAxeViolation(page);
    await ctx.close();
  });

  test("a stranger logged in gets the 404 page for the activity page", async () => {
    const ctx = await newContext(browser, { javaScript: false });
    const page = await ctx.newPage();
    await loginViaForm(page, server.url, "apprenant@exemple.fr", DEMO_PASSWORD);
    await page.goto(`${server.url}/orga/00000000-0000-4000-8000-000000000000/campagnes/00000000-0000-4000-8000-000000000001/activite`);
    assert.equal(new URL(page.url()).pathname, "/page-introuvable");
    await ctx.close();
  });
});
