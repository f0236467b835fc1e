import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Browser } from "playwright-core";
import { getContentIndex } from "@/lib/content";
import { newContext } from "./support/browser";
import { DEMO_PASSWORD, expectNoAxeViolation, fieldError, freshEmail, signUpViaForm, submit } from "./support/flows";
import type { TestServer } from "./support/server";
import { withAppAndBrowser } from "./support/suite";

let server: TestServer;
let browser: Browser;

withAppAndBrowser((s, b) => {
  server = s;
  browser = b;
});

describe("proposer un tutoriel, JavaScript off", () => {
  test("from a tutorial page: errors in French, then the proposal is sent for review and not shown", async () => {
    const skill = getContentIndex().referential.skills.find((s) => s.learnMoreTutorialIds.length > 0)!;
    const tutorialId = skill.learnMoreTutorialIds[0]!;
    const context = await newContext(browser, { javaScript: false });
    const page = await context.newPage();

    // not logged in: the login page, which comes back here
    await page.goto(`${server.url}/tutoriels/proposer?acquis=${encodeURIComponent(skill.id)}`);
    assert.match(new URL(page.url()).pathname, /^\/connexion$/);

    await signUpViaForm(page, server.url, { firstName: "Inès", lastName: "Robert", email: freshEmail("propose"), password: DEMO_PASSWORD });
    await page.goto(`${server.url}/tutoriels/${tutorialId}`);
    const href = await page.getByRole("link", { name: "Proposer un tutoriel" }).getAttribute("href");
    assert.ok(href, "lien « Proposer un tutoriel » absent de la page du tutoriel");
    await page.goto(new URL(href, page.url()).toString());
    assert.equal(await page.locator("h1").textContent(), "Proposer un tutoriel");
    await expectNoAxeViolation(page);

    // nothing filled in: French messages, field by field
    await submit(page, "Envoyer ma proposition");
    assert.equal(await fieldError(page, "title"), "Donnez un titre à votre tutoriel (3 caractères au moins).");
    assert.equal(await fieldError(page, "url"), "Indiquez un lien ou écrivez le tutoriel.");
    assert.equal(await fieldError(page, "why"), "Expliquez en quelques mots (10 caractères au moins) pourquoi ce tutoriel aide.");

    // a link that is not a web address
    await page.fill("#champ-title", "Une astuce de recherche");
    await page.fill("#champ-url", "javascript:alert(1)");
    await page.fill("#champ-why", "Elle m'a fait gagner beaucoup de temps.");
    await submit(page, "Envoyer ma proposition");
    assert.equal(await fieldError(page, "url"), "Le lien doit être une adresse web commençant par http:// ou https://.");
    assert.equal(await page.inputValue("#champ-title"), "Une astuce de recherche", "ce qui a été saisi est gardé");

    await page.fill("#champ-url", "https://exemple.fr/astuce-recherche");
    await submit(page, "Envoyer ma proposition");
    const confirmation = (await page.getByRole("status").allTextContents()).join(" ");
    assert.match(confirmation, /Merci pour votre proposition/);
    assert.match(confirmation, /relira avant qu.elle soit montrée/);
    await expectNoAxeViolation(page);

    // back to where the learner was; the proposal is shown nowhere
    await page.getByRole("link", { name: "Revenir" }).click();
    await page.waitForLoadState("load");
    assert.equal(new URL(page.url()).pathname, `/tutoriels/${tutorialId}`);
    await page.goto(`${server.url}/tutoriels`);
    assert.ok(!(await page.content()).includes("Une astuce de recherche"), "une proposition en attente n'est pas montrée");
    await context.close();
  });
});
