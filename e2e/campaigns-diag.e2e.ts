// A structure's ABC Diag by its code, JavaScript off: the code typed in lower case with spaces,
// the external id checked, the 10 questions, the result said to reach the structure, and the
// rows the structure reads (participation + run) hold it. Wrong and archived codes get clear
// messages; a burst of wrong codes from one address is stopped.
import assert from "node:assert/strict";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { and, eq } from "drizzle-orm";
import type { Browser } from "playwright-core";
import { answerTen } from "./support/abc-diag";
import { launchBrowser, newContext } from "./support/browser";
import { DEMO_PASSWORD, expectNoAxeViolation, fieldError, loginViaForm, submit } from "./support/flows";
import { startServer, type TestServer } from "./support/server";

let server: TestServer;
let browser: Browser;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

describe("joining a structure's ABC Diag by its code, JavaScript off", () => {
  test("code forgiven for case and spaces → landing → external id checked → 10 questions → result for the structure", async () => {
    const ctx = await newContext(browser, { javaScript: false });
    const page = await ctx.newPage();
    await page.goto(`${server.url}/campagnes`);
    await expectNoAxeViolation(page);
    await page.fill("#champ-code", " capdos 456 ");
    await submit(page, "Accéder au parcours", { to: /\/campagnes\/CAPDOS456$/ });
    const landing = (await page.textContent("main")) ?? "";
    assert.match(landing, /Espace numérique des Capucins/);
    assert.match(landing, /ABC Diag des demandeurs d'emploi/);
    assert.match(landing, /10 questions/);
    await expectNoAxeViolation(page);
    await page.fill("#champ-externalId", "AB-12");
    await submit(page, "Commencer sans compte");
    assert.match((await fieldError(page, "externalId")) ?? "", /ne contient que des chiffres/);
    await page.fill("#champ-externalId", "98 765");
    await submit(page, "Commencer sans compte", { to: /\/abc-diag\/question$/ });
    await answerTen(page, [2]);
    const result = (await page.textContent("main")) ?? "";
    assert.match(result, /Votre résultat est transmis à Espace numérique des Capucins/);
    const code = ((await page.textContent("#code-resultat")) ?? "").trim();
    await ctx.close();

    // what the structure reads (Pix Orga): its participation and run
    await server.stop();
    process.env.PGLITE_DIR = path.join(server.dataDir, "pglite");
    const { getDb, closeDb } = await import("@/db/client");
    const { campaignParticipations, campaigns, diagRuns } = await import("@/db/schema");
    const rows = await getDb()
      .select({ externalId: campaignParticipations.externalId, resultCode: diagRuns.resultCode, state: diagRuns.state })
      .from(campaignParticipations)
      .innerJoin(campaigns, eq(campaigns.id, campaignParticipations.campaignId))
      .innerJoin(diagRuns, eq(diagRuns.participationId, campaignParticipations.id))
      .where(and(eq(campaigns.code, "CAPDOS456"), eq(diagRuns.resultCode, code)));
    await closeDb();
    assert.deepEqual(rows, [{ externalId: "98765", resultCode: code, state: "completed" }]);
    // the next test gets a fresh app (this process now holds that database folder)
    server = await startServer();
  });

  test("with an account: the structure's code → Commencer → 'Mes parcours' and the home page show it in progress", async () => {
    const ctx = await newContext(browser, { javaScript: false });
    const page = await ctx.newPage();
    await loginViaForm(page, server.url, "apprenant@exemple.fr", DEMO_PASSWORD);
    await page.goto(`${server.url}/campagnes/CAPDIA123`);
    assert.match((await page.textContent("main")) ?? "", /ABC Diag de l'accueil/);
    await submit(page, "Commencer", { to: /\/abc-diag\/question$/ });
    await submit(page, "Je passe");
    assert.match((await page.textContent("h1")) ?? "", /Question 2 sur 10/);
    await page.getByRole("link", { name: "Parcours", exact: true }).click();
    assert.equal(new URL(page.url()).pathname, "/parcours");
    const list = (await page.textContent("main")) ?? "";
    assert.match(list, /ABC Diag de l'accueil/);
    assert.match(list, /En cours/);
    await expectNoAxeViolation(page);
    await page.goto(`${server.url}/accueil`);
    assert.match((await page.textContent("main")) ?? "", /Reprendre mon parcours/);
    await page.getByRole("link", { name: "Reprendre le parcours" }).click();
    assert.match((await page.textContent("h1")) ?? "", /Question 2 sur 10/);
    await ctx.close();
  });

  test("a wrong code, an archived campaign, then a burst of wrong codes past the limit", async () => {
    const ctx = await newContext(browser, { javaScript: false });
    const page = await ctx.newPage();
    await page.goto(`${server.url}/campagnes`);
    await page.fill("#champ-code", "ABC12");
    await submit(page, "Accéder au parcours");
    assert.match((await fieldError(page, "code")) ?? "", /6 lettres puis 3 chiffres/);
    await page.fill("#champ-code", "NOPNOP111");
    await submit(page, "Accéder au parcours");
    assert.match((await fieldError(page, "code")) ?? "", /ne correspond à aucun parcours/);
    await page.fill("#champ-code", "capold789");
    await submit(page, "Accéder au parcours");
    assert.match((await fieldError(page, "code")) ?? "", /Ce parcours est terminé/);

    // 100 wrong codes from this address (the landing page counts them too), 10 at a time
    for (let i = 0; i < 10; i++) {
      await Promise.all(Array.from({ length: 10 }, (_, j) => fetch(`${server.url}/campagnes/NOPNOP${String(i * 10 + j).padStart(3, "0")}`)));
    }
    await page.fill("#champ-code", "CAPDIA123");
    await submit(page, "Accéder au parcours");
    assert.match((await page.textContent("main")) ?? "", /Trop d'essais|Trop de codes/);
    assert.match(new URL(page.url()).pathname, /^\/campagnes$/);
    await ctx.close();
  });
});
