// ABC Pix and other assessment campaigns by code, JavaScript off: with an account, the adaptive
// test on the campaign's profile with its theme progress and checkpoints, the results by theme
// with the stage, "J'envoie mes résultats" (the structure's row is shared and frozen); a
// beginners' campaign without an account and without checkpoints; a visitor sent to create an
// account comes back to the campaign.
import assert from "node:assert/strict";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { and, eq } from "drizzle-orm";
import type { Browser, Page } from "playwright-core";
import { getContentIndex } from "@/lib/content";
import { fillAnswer } from "./support/answers";
import { launchBrowser, newContext } from "./support/browser";
import { DEMO_PASSWORD, expectNoAxeViolation, freshEmail, loginViaForm, submit } from "./support/flows";
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

async function follow(page: Page, linkText: string): Promise<void> {
  const href = await page.getByRole("link", { name: linkText }).first().getAttribute("href");
  assert.ok(href, `lien « ${linkText} » absent sur ${page.url()}`);
  await page.goto(new URL(href, page.url()).toString());
}

/** Answers the campaign's questions until its result page; returns how many were answered and the checkpoints seen. */
async function takeTest(page: Page, right: (n: number) => boolean, opts: { checkAxe?: boolean } = {}): Promise<{ answered: number; checkpoints: number }> {
  let answered = 0;
  let checkpoints = 0;
  for (let i = 0; i < 300; i++) {
    const p = pathOf(page);
    if (p.endsWith("/resultat")) return { answered, checkpoints };
    if (p.endsWith("/bilan")) {
      assert.match((await page.textContent("main")) ?? "", /Vos réponses corrigées/);
      if (checkpoints === 0 && opts.checkAxe) await expectNoAxeViolation(page);
      checkpoints += 1;
      const done = (await page.getByRole("link", { name: "Voir mes résultats" }).count()) > 0;
      await follow(page, done ? "Voir mes résultats" : "Continuer le test");
      continue;
    }
    assert.ok(p.endsWith("/evaluation"), `page inattendue ${page.url()}`);
    assert.match((await page.textContent("h1")) ?? "", new RegExp(`Question ${answered + 1}$`));
    assert.match(await page.title(), new RegExp(`Question ${answered + 1} – `));
    assert.equal(await page.getByRole("progressbar", { name: "Avancement du test" }).count(), 1);
    if (answered === 0 && opts.checkAxe) await expectNoAxeViolation(page);
    const challenge = getContentIndex().challengeById.get(await page.inputValue('input[name="challengeId"]'))!;
    await fillAnswer(page, challenge, await page.inputValue('input[name="assessmentId"]'), right(answered + 1));
    await submit(page, "Je valide");
    answered += 1;
  }
  throw new Error(`le test ne s'est pas terminé (${page.url()})`);
}

describe("assessment campaigns by code, JavaScript off", () => {
  test("ABC Pix with an account: code → landing → test with theme progress and checkpoints → results by theme → J'envoie mes résultats", async () => {
    const ctx = await newContext(browser, { javaScript: false });
    const page = await ctx.newPage();
    await loginViaForm(page, server.url, "apprenant@exemple.fr", DEMO_PASSWORD);
    await page.goto(`${server.url}/campagnes`);
    await page.fill("#champ-code", "capabc 246");
    await submit(page, "Accéder au parcours", { to: /\/campagnes\/CAPABC246$/ });
    const landing = (await page.textContent("main")) ?? "";
    assert.match(landing, /Espace numérique des Capucins/);
    assert.match(landing, /Environ 33 à 66 questions/);
    assert.match(landing, /Toutes les 5 questions, vous voyez vos réponses corrigées/);
    await expectNoAxeViolation(page);
    await submit(page, "Commencer", { to: /\/campagnes\/CAPABC246\/evaluation$/ });
    assert.match((await page.textContent("main")) ?? "", /Question 1 sur 5 de cette série/);

    const { answered, checkpoints } = await takeTest(page, (n) => n % 4 !== 0, { checkAxe: true });
    assert.ok(answered >= 20 && answered <= 80, `${answered} questions`);
    assert.equal(checkpoints, Math.ceil(answered / 5));
    const result = (await page.textContent("main")) ?? "";
    assert.match(result, /Mes résultats/);
    assert.match(result, /Palier \d sur 4/);
    assert.match(result, /Par thème/);
    for (const theme of ["Les outils numériques", "La messagerie", "La sécurité"]) assert.ok(result.includes(theme), theme);
    const mastery = Number(result.match(/Vous maîtrisez (\d+) %/)?.[1]);
    assert.ok(mastery > 0 && mastery < 100, `maîtrise ${mastery}`);
    await expectNoAxeViolation(page);
    await submit(page, "J'envoie mes résultats", { to: /\/resultat\?envoi=ok$/ });
    assert.match((await page.textContent("main")) ?? "", /C'est envoyé\./);
    assert.equal(await page.getByRole("button", { name: "J'envoie mes résultats" }).count(), 0);
    await page.goto(`${server.url}/parcours`);
    assert.match((await page.textContent("main")) ?? "", /ABC Pix : toutes les bases[\s\S]*Envoyé/);
    await ctx.close();

    // what the structure reads: the participation, shared, with the figures frozen on the page
    await server.stop();
    process.env.PGLITE_DIR = path.join(server.dataDir, "pglite");
    const { getDb, closeDb } = await import("@/db/client");
    const { campaignParticipations, campaigns } = await import("@/db/schema");
    const [row] = await getDb()
      .select({ status: campaignParticipations.status, bp: campaignParticipations.masteryBasisPoints, snapshot: campaignParticipations.snapshot })
      .from(campaignParticipations)
      .innerJoin(campaigns, eq(campaigns.id, campaignParticipations.campaignId))
      .where(and(eq(campaigns.code, "CAPABC246"), eq(campaignParticipations.isImproved, false)));
    await closeDb();
    assert.equal(row?.status, "shared");
    assert.equal(Math.floor((row!.bp ?? 0) / 100), mastery);
    assert.equal(row!.snapshot!.themes.length, 6);
    server = await startServer();
  });

  test("a beginners' campaign without an account: no series, no checkpoints, results sent at the end, Terminer", async () => {
    const ctx = await newContext(browser, { javaScript: false });
    const page = await ctx.newPage();
    await page.goto(`${server.url}/campagnes/CAPMEL357`);
    const landing = (await page.textContent("main")) ?? "";
    assert.match(landing, /Ils sont transmis à Espace numérique des Capucins/);
    assert.doesNotMatch(landing, /réponses corrigées/);
    await submit(page, "Commencer sans compte", { to: /\/campagnes\/CAPMEL357\/evaluation$/ });
    assert.doesNotMatch((await page.textContent("main")) ?? "", /de cette série/);
    const { checkpoints } = await takeTest(page, (n) => n % 2 === 1);
    assert.equal(checkpoints, 0);
    const result = (await page.textContent("main")) ?? "";
    assert.match(result, /Vous avez envoyé vos résultats le/);
    assert.equal(await page.getByRole("button", { name: "J'envoie mes résultats" }).count(), 0);
    await expectNoAxeViolation(page);
    await submit(page, "Terminer", { to: /\/abc-diag\/fin$/ });
    await page.goto(`${server.url}/campagnes/CAPMEL357/resultat`);
    assert.equal(pathOf(page), "/campagnes/CAPMEL357", "la session anonyme est fermée");
    await ctx.close();
  });

  test("a campaign that needs an account: Créer un compte brings the visitor back to the campaign", async () => {
    const ctx = await newContext(browser, { javaScript: false });
    const page = await ctx.newPage();
    await page.goto(`${server.url}/campagnes/CAPPRO468`);
    assert.equal(await page.getByRole("button", { name: "Commencer sans compte" }).count(), 0);
    await expectNoAxeViolation(page);
    const signUp = await page.locator("main").getByRole("link", { name: "Créer un compte" }).getAttribute("href");
    assert.equal(signUp, `/inscription?retour=${encodeURIComponent("/campagnes/CAPPRO468")}`);
    await page.goto(new URL(signUp!, page.url()).toString());
    await page.fill("#champ-firstName", "Laura");
    await page.fill("#champ-lastName", "Petit");
    await page.fill("#champ-email", freshEmail("laura"));
    await page.fill("#champ-password", "Velo-Rouge-42");
    await page.check("#champ-terms");
    await submit(page, "Je crée mon compte", { to: /\/campagnes\/CAPPRO468$/ });
    await submit(page, "Commencer", { to: /\/campagnes\/CAPPRO468\/resultat$/ });
    const main = (await page.textContent("main")) ?? "";
    assert.match(main, /Vous n'avez pas encore de profil/);
    assert.equal(await page.getByRole("button", { name: "J'envoie mon profil" }).count(), 0);
    await expectNoAxeViolation(page);
    await ctx.close();
  });
});
