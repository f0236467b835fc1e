// Pix Orga's members, JavaScript off: the demo admin opens Pix Orga from the header, invites an
// address (a bad one first), the invitation e-mail's link is opened logged out, an account is
// created and joins as MEMBER (no admin forms); the admin makes them admin, then removes them.
// The last admin cannot step down; strangers get the 404 page; axe on every Orga page visited.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { newContext } from "./support/browser";
import { DEMO_PASSWORD, expectNoAxeViolation, fieldError, freshEmail, invitationLinkFromOutbox, loginViaForm, submit } from "./support/flows";
import type { TestServer } from "./support/server";
import { withAppAndBrowser } from "./support/suite";

let server: TestServer;
let browser: Browser;

withAppAndBrowser((s, b) => {
  server = s;
  browser = b;
});

const ORG_NAME = "Espace numérique des Capucins";

/** The invitation link of the latest e-mail sent to this address, read from the outbox folder. */
/** With JavaScript on: click, wait for the action's POST (the page updates in place or navigates). */
async function post(page: Page, buttonName: string): Promise<void> {
  const posted = page.waitForResponse((r) => r.request().method() === "POST", { timeout: 20_000 });
  await page.getByRole("button", { name: buttonName }).click();
  await posted;
}

async function mainText(page: Page): Promise<string> {
  return ((await page.textContent("main")) ?? "").replace(/\s+/g, " ");
}

async function openMembersFromHeader(page: Page): Promise<string> {
  await page.locator("header summary").click();
  await page.locator("header").getByRole("link", { name: "Pix Orga" }).click();
  await page.waitForURL(/\/orga\/[0-9a-f-]{36}(\/|$)/);
  const orgId = new URL(page.url()).pathname.split("/")[2]!;
  const nav = page.getByRole("navigation", { name: "Pix Orga" }).getByRole("link", { name: "Membres" });
  // /orga/<id> (the campaigns) is another page: when it is there, go through its nav
  if (await nav.count()) await nav.click();
  else await page.goto(`${server.url}/orga/${orgId}/membres`);
  await page.waitForURL(/\/membres$/);
  return orgId;
}

describe("Pix Orga members", () => {
  test("JavaScript off: invite → e-mail → sign up from the link → join as MEMBER → made admin → removed; strangers get 404", async () => {
    const admin = await newContext(browser, { javaScript: false });
    const a = await admin.newPage();
    await loginViaForm(a, server.url, "mediateur@exemple.fr", DEMO_PASSWORD);
    const orgId = await openMembersFromHeader(a);
    assert.match((await a.textContent("h1")) ?? "", /Membres/);
    assert.match(await mainText(a), new RegExp(ORG_NAME));
    assert.match(await mainText(a), /Karim Benali \(vous\)/);
    await expectNoAxeViolation(a);

    // a bad address first: the message is next to the field, nothing is sent
    await a.fill("#champ-email", "pas-une-adresse");
    await submit(a, "Envoyer l'invitation");
    assert.match((await fieldError(a, "email")) ?? "", /adresse e-mail valide/);
    assert.match((await a.getByRole("alert").first().textContent()) ?? "", /contient des erreurs/);
    await expectNoAxeViolation(a);

    const email = freshEmail("nina");
    await a.fill("#champ-email", email);
    await a.check("#choix-role-0"); // Membre
    await submit(a, "Envoyer l'invitation", { to: /\/membres\?fait=invitation$/ });
    assert.match((await a.getByRole("status").first().textContent()) ?? "", /invitation a été envoyée/);
    const pending = (await a.locator("section", { has: a.getByRole("heading", { name: /Invitations en attente/ }) }).textContent()) ?? "";
    assert.match(pending, new RegExp(email.replace(/[.]/g, "\\.")));
    assert.match(pending, /Membre/);

    // the last admin cannot step down: a clear message, nothing changes
    await submit(a, "Passer en membre : Karim Benali");
    assert.match((await a.getByRole("alert").first().textContent()) ?? "", /seul administrateur/);
    await expectNoAxeViolation(a);

    // the invitation e-mail, opened logged out
    const link = invitationLinkFromOutbox(server.outboxDir, email);
    const invitee = await newContext(browser, { javaScript: false });
    const n = await invitee.newPage();
    await n.goto(link);
    assert.match((await n.textContent("h1")) ?? "", new RegExp(`Invitation à rejoindre ${ORG_NAME}`));
    assert.match(await mainText(n), /avec le rôle : membre/);
    await expectNoAxeViolation(n);
    await n.locator("main").getByRole("link", { name: "Créer un compte" }).click();
    assert.match(n.url(), /\/inscription\?retour=/);
    const invitationPath = new URL(link).pathname;
    // the sign-up form of this page (it carries the return to the invitation)
    await n.fill("#champ-firstName", "Nina");
    await n.fill("#champ-lastName", "Lefèvre");
    await n.fill("#champ-email", email);
    await n.fill("#champ-password", "Velo-Rouge-42");
    await n.check("#champ-terms");
    await submit(n, "Je crée mon compte");
    assert.equal(new URL(n.url()).pathname, invitationPath);
    await expectNoAxeViolation(n);
    await submit(n, `Rejoindre ${ORG_NAME}`, { to: /\/membres\?fait=bienvenue$/ });
    assert.match((await n.getByRole("status").first().textContent()) ?? "", /Bienvenue/);
    const asMember = await mainText(n);
    assert.match(asMember, /Nina Lefèvre \(vous\)/);
    assert.match(asMember, /Karim Benali/);
    assert.equal(await n.getByRole("heading", { name: "Inviter une personne" }).count(), 0, "no invitation form for a MEMBER");
    assert.equal(await n.getByRole("button", { name: /Nommer administrateur|Passer en membre|Annuler l'invitation/ }).count(), 0);
    assert.equal(await n.getByRole("link", { name: /Retirer/ }).count(), 0);
    await expectNoAxeViolation(n);
    // the header now leads a member to Pix Orga too
    await n.locator("header summary").click();
    assert.equal(await n.locator("header").getByRole("link", { name: "Pix Orga" }).count(), 1);

    // the admin makes Nina an admin, then removes her
    await a.goto(`${server.url}/orga/${orgId}/membres`);
    assert.doesNotMatch(await mainText(a), new RegExp(email.replace(/[.]/g, "\\.") + ".*Annuler"), "the invitation is no longer pending");
    await submit(a, "Nommer administrateur : Nina Lefèvre", { to: /\?fait=role$/ });
    assert.match((await a.getByRole("row", { name: /Nina Lefèvre/ }).textContent()) ?? "", /Administrateur/);
    await a.getByRole("link", { name: "Retirer Nina Lefèvre de la structure" }).click();
    await a.waitForURL(/\/retirer$/);
    assert.match((await a.textContent("h1")) ?? "", /Retirer Nina Lefèvre de la structure/);
    await expectNoAxeViolation(a);
    await submit(a, "Oui, retirer Nina Lefèvre", { to: /\?fait=retrait$/ });
    assert.match((await a.getByRole("status").first().textContent()) ?? "", /retirée de la structure/);
    assert.doesNotMatch(await mainText(a), /Nina Lefèvre/);

    // Nina has lost access; her spent link says so
    await n.goto(`${server.url}/orga/${orgId}/membres`);
    assert.match((await n.textContent("h1")) ?? "", /Page introuvable/);
    await n.goto(link);
    assert.match((await n.getByRole("alert").first().textContent()) ?? "", /déjà servi/);
    await invitee.close();

    // a stranger (the demo learner) gets the 404 page, with nothing about the structure
    const stranger = await newContext(browser, { javaScript: false });
    const s = await stranger.newPage();
    await loginViaForm(s, server.url, "apprenant@exemple.fr", DEMO_PASSWORD);
    for (const p of [`/orga/${orgId}/membres`, `/orga/${orgId}/membres/00000000-0000-4000-8000-000000000000/retirer`, "/orga/pas-un-identifiant/membres"]) {
      await s.goto(`${server.url}${p}`);
      assert.match((await s.textContent("h1")) ?? "", /Page introuvable/, p);
      assert.doesNotMatch((await s.content()) ?? "", /Capucins/, p);
    }
    // "Mes structures" explains how to get in
    await s.goto(`${server.url}/orga`);
    assert.match((await s.textContent("h1")) ?? "", /Mes structures/);
    assert.match(await mainText(s), /demandez à l'administrateur de votre structure de vous inviter/);
    await expectNoAxeViolation(s);
    await stranger.close();

    // logged out: the login page, with a return here
    const anonymous = await newContext(browser, { javaScript: false });
    const v = await anonymous.newPage();
    await v.goto(`${server.url}/orga/${orgId}/membres`);
    assert.equal(new URL(v.url()).pathname, "/connexion");
    assert.equal(new URL(v.url()).searchParams.get("retour"), `/orga/${orgId}/membres`);
    await anonymous.close();
    await admin.close();
  });

  test("with JavaScript on too: the form islands show errors in place, and an invitation can be cancelled", async () => {
    const ctx = await newContext(browser, { javaScript: true });
    const a = await ctx.newPage();
    await loginViaForm(a, server.url, "mediateur@exemple.fr", DEMO_PASSWORD);
    const orgId = await openMembersFromHeader(a);
    await a.fill("#champ-email", "nom@");
    await post(a, "Envoyer l'invitation");
    await a.locator("#champ-email-erreur").waitFor();
    assert.match((await fieldError(a, "email")) ?? "", /adresse e-mail valide/);
    const email = freshEmail("annulee");
    await a.fill("#champ-email", email);
    await a.check("#choix-role-1"); // Administrateur
    await post(a, "Envoyer l'invitation");
    await a.waitForURL(/\?fait=invitation$/);
    const row = a.getByRole("row", { name: new RegExp(email.replace(/[.]/g, "\\.")) });
    assert.match((await row.textContent()) ?? "", /Administrateur/);
    await post(a, `Annuler l'invitation de ${email}`);
    await a.waitForURL(/\?fait=annulation$/);
    await a.getByRole("status").filter({ hasText: "annulée" }).waitFor();
    assert.equal(await a.getByRole("row", { name: new RegExp(email.replace(/[.]/g, "\\.")) }).count(), 0);
    // the cancelled link says so
    await a.goto(invitationLinkFromOutbox(server.outboxDir, email));
    assert.match((await a.getByRole("alert").first().textContent()) ?? "", /annulée/);
    assert.ok(orgId);
    await ctx.close();
  });
});
