// Pix Orga, one campaign's Analyse and Groupes tabs, JavaScript off: three visitors take the
// structure's ABC Diag without an account, with different answers; the mediator opens the
// campaign from the campaigns list, reads the analysis (figures and text tables), asks for 2
// groups (a GET form), saves them (a POST that recomputes them), moves one person, and sees it.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { answerTen } from "./support/abc-diag";
import { launchBrowser, newContext } from "./support/browser";
import { DEMO_PASSWORD, expectNoAxeViolation, loginViaForm, submit } from "./support/flows";
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

const pathOf = (page: Page) => new URL(page.url()).pathname;
const text = async (page: Page) => ((await page.textContent("main")) ?? "").replace(/\s+/g, " ");

async function clickLink(page: Page, name: string, to: RegExp): Promise<void> {
  await page.getByRole("link", { name, exact: true }).first().click();
  await page.waitForURL(to, { timeout: 10_000 });
  await page.waitForLoadState("load");
}

/** The saved groups on the page: name and member names, in order. */
async function savedGroups(page: Page): Promise<{ name: string; members: string[] }[]> {
  const cards = page.locator("#groupes-enregistres article");
  const out: { name: string; members: string[] }[] = [];
  for (let i = 0; i < (await cards.count()); i++) {
    const card = cards.nth(i);
    const name = ((await card.locator("h3").textContent()) ?? "").replace(/\s*\(.*$/, "").trim();
    const members = (await card.locator("tbody tr th[scope=row]").allTextContents()).map((s) => s.trim()).filter((s) => s.startsWith("Participant") || s.includes(" "));
    out.push({ name, members: members.filter((m) => m.startsWith("Participant")) });
  }
  return out;
}

describe("Pix Orga: a campaign's analysis and workshop groups, JavaScript off", () => {
  test("3 visitors take CAPDIA123 → the mediator reads the analysis, suggests 2 groups, saves them and moves one person", async () => {
    // three visitors without an account: everything right, half skipped, everything skipped
    for (const skip of [[], [1, 2, 3, 4, 5], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]]) {
      const ctx = await newContext(browser, { javaScript: false });
      const page = await ctx.newPage();
      await page.goto(`${server.url}/campagnes/CAPDIA123`);
      await submit(page, "Commencer sans compte", { to: /\/abc-diag\/question$/ });
      await answerTen(page, skip);
      assert.match(await text(page), /Espace numérique des Capucins/);
      await ctx.close();
    }

    const ctx = await newContext(browser, { javaScript: false });
    const page = await ctx.newPage();
    await loginViaForm(page, server.url, "mediateur@exemple.fr", DEMO_PASSWORD);
    await page.goto(`${server.url}/orga`);
    if (pathOf(page) === "/orga") await clickLink(page, "Espace numérique des Capucins", /\/orga\/[0-9a-f-]{36}$/);
    await clickLink(page, "ABC Diag de l'accueil", /\/orga\/[0-9a-f-]{36}\/campagnes\/[0-9a-f-]{36}$/);
    const base = pathOf(page);

    // Analyse
    await clickLink(page, "Analyse", /\/analyse$/);
    const analysis = await text(page);
    assert.match(analysis, /Calculée sur les personnes qui ont envoyé leurs résultats : 3 personnes/);
    assert.match(analysis, /Les dimensions à travailler en atelier/);
    assert.match(analysis, /Réussite par dimension/);
    assert.match(analysis, /Orientations/);
    assert.equal(await page.locator("figure svg").count() >= 3, true);
    assert.equal(await page.locator("figure figcaption").count() >= 3, true);
    // the text equivalent of the orientations chart: the one who got everything right is autonomous,
    // the one who skipped everything needs accompanying
    const orientations = page.locator("table", { has: page.locator("caption", { hasText: "Orientations, en texte" }) });
    const counts = (await orientations.locator("tbody td").allTextContents()).map((s) => Number(s.trim()));
    assert.equal(counts.length, 3);
    assert.equal(counts.reduce((a, b) => a + b, 0), 3);
    assert.equal(counts[0], 1);
    assert.ok(counts[2]! >= 1);
    await expectNoAxeViolation(page);

    // Groupes: the suggestion is a GET form
    await clickLink(page, "Groupes", /\/groupes$/);
    assert.match(await text(page), /Proposer des groupes/);
    await page.check('input[name="k"][value="2"]');
    await page.getByRole("button", { name: "Proposer des groupes" }).click();
    await page.waitForURL(/\/groupes\?k=2$/, { timeout: 10_000 });
    const suggestion = await text(page);
    assert.match(suggestion, /Proposition : 2 groupes pour 3 personnes/);
    assert.match(suggestion, /Groupe 1/);
    assert.match(suggestion, /Groupe 2/);
    assert.match(suggestion, /Pourquoi dans ce groupe/);
    await expectNoAxeViolation(page);

    await submit(page, "Enregistrer ces groupes", { to: /\/groupes\?fait=enregistres/ });
    assert.match(await text(page), /Les groupes sont enregistrés/);
    const saved = await savedGroups(page);
    assert.deepEqual(saved.map((g) => g.name), ["Groupe 1", "Groupe 2"]);
    assert.equal(saved.reduce((n, g) => n + g.members.length, 0), 3);
    const links = await page.getByRole("link", { name: /Voir leurs résultats/ }).evaluateAll((els) => els.map((e) => e.getAttribute("href")));
    assert.equal(links.length, 2);
    for (const href of links) assert.match(href ?? "", new RegExp(`^${base}/resultats\\?groupe=[0-9a-f-]{36}$`));
    await expectNoAxeViolation(page);

    // move one person out of the group of two (a group is never left empty)
    const from = saved.findIndex((g) => g.members.length === 2);
    assert.ok(from >= 0, JSON.stringify(saved));
    const person = saved[from]!.members[0]!;
    await submit(page, `Déplacer ${person}`, { to: /\/groupes\?fait=deplace/ });
    assert.match(await text(page), /La personne a changé de groupe/);
    const after = await savedGroups(page);
    assert.equal(after[from]!.members.length, 1);
    assert.ok(after[1 - from]!.members.includes(person), JSON.stringify(after));
    await expectNoAxeViolation(page);
    await ctx.close();
  });
});
