import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Browser } from "playwright-core";
import { newContext } from "./support/browser";
import {
  DEMO_PASSWORD,
  expectNoAxeViolation,
  fieldError,
  freshEmail,
  loginViaForm,
  logoutViaMenu,
  resetLinkFromOutbox,
  signUpViaForm,
  submit,
} from "./support/flows";
import { startServer, type TestServer } from "./support/server";
import { withAppAndBrowser } from "./support/suite";

let server: TestServer;
let browser: Browser;

withAppAndBrowser((s, b) => {
  server = s;
  browser = b;
});

for (const javaScript of [false, true]) {
  describe(`accounts, JavaScript ${javaScript ? "on" : "off"}`, () => {
    test("sign up, see the home page, log out, log in again", async () => {
      const ctx = await newContext(browser, { javaScript });
      const page = await ctx.newPage();
      const email = freshEmail("robert");
      await page.goto(server.url);
      assert.match(await page.title(), /Pix/);
      await expectNoAxeViolation(page);
      await page.goto(`${server.url}/inscription`);
      await expectNoAxeViolation(page);
      await signUpViaForm(page, server.url, { firstName: "Robert", lastName: "Dupont", email, password: "Velo-Rouge-42" });
      assert.equal(new URL(page.url()).pathname, "/accueil");
      assert.match((await page.textContent("h1")) ?? "", /Bonjour Robert/);
      await expectNoAxeViolation(page);
      await logoutViaMenu(page);
      assert.equal(new URL(page.url()).pathname, "/connexion");
      assert.match((await page.textContent("main")) ?? "", /Vous êtes déconnecté/);
      await loginViaForm(page, server.url, email.toUpperCase(), "Velo-Rouge-42");
      assert.equal(new URL(page.url()).pathname, "/accueil");
      await page.goto(`${server.url}/profil`);
      assert.match((await page.textContent("h1")) ?? "", /Mon profil/);
      await expectNoAxeViolation(page);
      await page.goto(`${server.url}/mon-compte`);
      await expectNoAxeViolation(page);
      await ctx.close();
    });

    test("wrong password gets a French message next to the form, and the 11th is blocked until a stated time", async () => {
      const ctx = await newContext(browser, { javaScript });
      const page = await ctx.newPage();
      const email = freshEmail("laura");
      await signUpViaForm(page, server.url, { firstName: "Laura", lastName: "Petit", email, password: "Velo-Rouge-42" });
      await logoutViaMenu(page);
      await loginViaForm(page, server.url, email, "Mauvais-Mot-1");
      assert.match((await page.getByRole("alert").first().textContent()) ?? "", /adresse e-mail ou le mot de passe est incorrect/);
      assert.equal(new URL(page.url()).pathname, "/connexion");
      assert.equal(await page.inputValue("#champ-email"), email, "the e-mail stays filled in");
      assert.equal(await page.inputValue("#champ-password"), "", "the password is never sent back");
      await expectNoAxeViolation(page);
      for (let i = 2; i <= 10; i++) await loginViaForm(page, server.url, email, "Mauvais-Mot-1");
      await loginViaForm(page, server.url, email, "Velo-Rouge-42");
      const alert = (await page.getByRole("alert").first().textContent()) ?? "";
      assert.match(alert, /bloqué jusqu'à \d{2}:\d{2}/);
      assert.equal(new URL(page.url()).pathname, "/connexion");
      await ctx.close();
    });

    test("bad sign-up input is refused field by field and nothing is created", async () => {
      const ctx = await newContext(browser, { javaScript });
      const page = await ctx.newPage();
      // existing e-mail, in another letter case
      await signUpViaForm(page, server.url, { firstName: "Léa", lastName: "Morel", email: "APPRENANT@exemple.fr", password: "Velo-Rouge-42" });
      assert.equal(new URL(page.url()).pathname, "/inscription");
      assert.match((await fieldError(page, "email")) ?? "", /Un compte existe déjà/);
      await expectNoAxeViolation(page);
      // common password
      await signUpViaForm(page, server.url, { firstName: "Léa", lastName: "Morel", email: freshEmail("lea"), password: "Azerty123" });
      assert.match((await fieldError(page, "password")) ?? "", /trop connu/);
      // weak password
      await signUpViaForm(page, server.url, { firstName: "Léa", lastName: "Morel", email: freshEmail("lea"), password: "abcdefgh" });
      assert.match((await fieldError(page, "password")) ?? "", /majuscule/);
      // empty fields and a 10,000-character name, past the browser's own checks
      await page.goto(`${server.url}/inscription`);
      await page.evaluate(() => {
        const form = document.querySelector("main form") as HTMLFormElement;
        form.noValidate = true;
        (document.querySelector("#champ-lastName") as HTMLInputElement).removeAttribute("maxlength");
      });
      await page.fill("#champ-lastName", "x".repeat(10_000));
      await submit(page, "Je crée mon compte");
      assert.equal(await fieldError(page, "firstName"), "Saisissez votre prénom.");
      assert.equal(await fieldError(page, "lastName"), "Votre nom ne peut pas dépasser 100 caractères.");
      assert.equal(await fieldError(page, "email"), "Saisissez votre adresse e-mail.");
      assert.equal(await fieldError(page, "password"), "Saisissez un mot de passe.");
      assert.match((await fieldError(page, "terms")) ?? "", /accepter les conditions/);
      // HTML in a name is shown as text
      const email = freshEmail("html");
      await signUpViaForm(page, server.url, { firstName: "<b>Zoé</b>", lastName: "<script>x</script>", email, password: "Velo-Rouge-42" });
      assert.equal(new URL(page.url()).pathname, "/accueil");
      assert.equal(await page.locator("h1 b").count(), 0);
      assert.match((await page.textContent("h1")) ?? "", /Bonjour <b>Zoé<\/b>/);
      await ctx.close();
    });
  });
}

test("a session cookie saved before logout no longer opens /profil", async () => {
  const ctx = await newContext(browser, { javaScript: false });
  const page = await ctx.newPage();
  await loginViaForm(page, server.url, "apprenant@exemple.fr", DEMO_PASSWORD);
  assert.equal(new URL(page.url()).pathname, "/accueil");
  const saved = await ctx.cookies();
  assert.ok(saved.some((c) => c.name.includes("session-token")), "a session cookie exists");
  await logoutViaMenu(page);
  const thief = await newContext(browser, { javaScript: false });
  await thief.addCookies(saved);
  const p2 = await thief.newPage();
  await p2.goto(`${server.url}/profil`);
  assert.equal(new URL(p2.url()).pathname, "/connexion", "the old cookie is refused");
  await thief.close();
  await ctx.close();
});

for (const javaScript of [false, true]) {
  test(`password reset through the outbox, JavaScript ${javaScript ? "on" : "off"}: the link works once`, async () => {
    const ctx = await newContext(browser, { javaScript });
    const page = await ctx.newPage();
    const email = freshEmail("oubli");
    await signUpViaForm(page, server.url, { firstName: "Robert", lastName: "Oubli", email, password: "Velo-Rouge-42" });
    await logoutViaMenu(page);
    await page.goto(`${server.url}/mot-de-passe-oublie`);
    await expectNoAxeViolation(page);
    await page.fill("#champ-email", email);
    await submit(page, "Recevoir le lien");
    assert.match((await page.getByRole("status").first().textContent()) ?? "", /Si un compte existe/);
    const link = resetLinkFromOutbox(server.outboxDir, email);
    await page.goto(link);
    await expectNoAxeViolation(page);
    await page.fill("#champ-password", "Nouveau-Mot-77");
    await submit(page, "Enregistrer mon nouveau mot de passe", { to: /\/connexion/ });
    assert.equal(new URL(page.url()).pathname, "/connexion");
    await loginViaForm(page, server.url, email, "Nouveau-Mot-77");
    assert.equal(new URL(page.url()).pathname, "/accueil");
    await page.goto(link);
    assert.match((await page.getByRole("alert").first().textContent()) ?? "", /plus valable/);
    await ctx.close();
  });

  test(`account deletion, JavaScript ${javaScript ? "on" : "off"}: explained, confirmed, then the login no longer works`, async () => {
    const ctx = await newContext(browser, { javaScript });
    const page = await ctx.newPage();
    const email = freshEmail("supprime");
    await signUpViaForm(page, server.url, { firstName: "Paul", lastName: "Efface", email, password: "Velo-Rouge-42" });
    await page.goto(`${server.url}/mon-compte/supprimer`);
    const text = (await page.textContent("main")) ?? "";
    assert.match(text, /restent chez elle/);
    assert.match(text, /certificats déjà publiés restent vérifiables/);
    await expectNoAxeViolation(page);
    await page.fill("#champ-currentPassword", "Velo-Rouge-42");
    await page.check("#champ-confirm");
    await submit(page, "Supprimer définitivement mon compte", { to: /\/connexion/ });
    assert.equal(new URL(page.url()).pathname, "/connexion");
    assert.match((await page.textContent("main")) ?? "", /Votre compte a été supprimé/);
    await loginViaForm(page, server.url, email, "Velo-Rouge-42");
    assert.match((await page.getByRole("alert").first().textContent()) ?? "", /incorrect/);
    await ctx.close();
  });
}

test("the outbox page is for platform staff only", async () => {
  const ctx = await newContext(browser, { javaScript: false });
  const page = await ctx.newPage();
  await loginViaForm(page, server.url, "apprenant@exemple.fr", DEMO_PASSWORD);
  const res = await page.goto(`${server.url}/admin/boite-d-envoi`);
  assert.equal(res?.status(), 404);
  assert.doesNotMatch(await page.content(), /Boîte d'envoi|jeton=/);
  assert.match((await page.textContent("h1")) ?? "", /Page introuvable/);
  await page.goto(`${server.url}/accueil`);
  await logoutViaMenu(page);
  await loginViaForm(page, server.url, "admin@exemple.fr", DEMO_PASSWORD);
  const ok = await page.goto(`${server.url}/admin/boite-d-envoi`);
  assert.equal(ok?.status(), 200);
  assert.match((await page.textContent("h1")) ?? "", /Boîte d'envoi/);
  await expectNoAxeViolation(page);
  await ctx.close();
});

test("a second server on the same PGlite folder refuses to start with a clear message", async () => {
  await assert.rejects(startServer({ dataDir: server.dataDir }), /déjà ouverte par le processus \d+/);
});
