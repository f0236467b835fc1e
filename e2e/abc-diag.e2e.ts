// ABC Diag with no account, JavaScript off: from the home page to the result and "Terminer"
// (the next visitor on the same browser starts fresh), and "Garder mes résultats" (the answers
// stay on the new account).
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { answerTen } from "./support/abc-diag";
import { newContext } from "./support/browser";
import { expectNoAxeViolation, freshEmail, submit } from "./support/flows";
import type { TestServer } from "./support/server";
import { withAppAndBrowser } from "./support/suite";

let server: TestServer;
let browser: Browser;
withAppAndBrowser((s, b) => {
  server = s;
  browser = b;
});

const path = (page: Page) => new URL(page.url()).pathname;

describe("ABC Diag without an account, JavaScript off", () => {
  test("home → ABC Diag → 10 answers → result with a code → Terminer; the next visitor starts fresh", async () => {
    const ctx = await newContext(browser, { javaScript: false });
    const page = await ctx.newPage();
    await page.goto(server.url);
    await page.getByRole("link", { name: "Faire l'ABC Diag" }).click();
    assert.equal(path(page), "/abc-diag");
    await expectNoAxeViolation(page);
    await submit(page, "Commencer l'ABC Diag", { to: /\/abc-diag\/question$/ });
    await answerTen(page);
    assert.equal(path(page), "/abc-diag/resultat");
    const main = (await page.textContent("main")) ?? "";
    assert.match(main, /Vous êtes autonome/);
    assert.match(main, /Acquis/);
    const code = ((await page.textContent("#code-resultat")) ?? "").trim();
    assert.match(code, /^D-[2-9A-Z]{6}$/);
    await expectNoAxeViolation(page);

    await submit(page, "Terminer", { to: /\/abc-diag\/fin$/ });
    assert.match((await page.textContent("main")) ?? "", /La personne suivante peut utiliser cet ordinateur/);
    // the next person on this browser: no session, nothing of the previous visitor
    await page.goto(`${server.url}/abc-diag/resultat`);
    assert.equal(path(page), "/abc-diag");
    assert.ok(await page.getByRole("button", { name: "Commencer l'ABC Diag" }).count());
    await submit(page, "Commencer l'ABC Diag", { to: /\/abc-diag\/question$/ });
    assert.match((await page.textContent("h1")) ?? "", /Question 1 sur 10/);
    await ctx.close();
  });

  test("'Garder mes résultats' creates an account that keeps the answers and the code", async () => {
    const ctx = await newContext(browser, { javaScript: false });
    const page = await ctx.newPage();
    await page.goto(`${server.url}/abc-diag`);
    await submit(page, "Commencer l'ABC Diag", { to: /\/abc-diag\/question$/ });
    await answerTen(page, [4, 5, 6, 7]);
    const code = ((await page.textContent("#code-resultat")) ?? "").trim();
    assert.match((await page.textContent("main")) ?? "", /Pour le médiateur : à travailler d'abord/);
    await page.getByRole("link", { name: "Garder mes résultats" }).click();
    assert.equal(path(page), "/inscription");
    assert.match((await page.textContent("main")) ?? "", /Vos réponses à l'ABC Diag seront gardées/);
    await page.fill("#champ-firstName", "Robert");
    await page.fill("#champ-lastName", "Durand");
    await page.fill("#champ-email", freshEmail("robert"));
    await page.fill("#champ-password", "Velo-Rouge-42");
    await page.check("#champ-terms");
    await submit(page, "Je crée mon compte", { to: /\/abc-diag\/resultat/ });
    assert.match((await page.textContent("main")) ?? "", /Votre compte est créé/);
    assert.equal(((await page.textContent("#code-resultat")) ?? "").trim(), code, "le même résultat, gardé dans le compte");
    assert.equal(await page.getByRole("link", { name: "Garder mes résultats" }).count(), 0);
    await page.goto(`${server.url}/accueil`);
    assert.equal(path(page), "/accueil");
    assert.match((await page.textContent("header")) ?? "", /Robert Durand/);
    await ctx.close();
  });
});
