// Takes the pictures of the deployment kit's step-by-step guides (lib/kit/guides.ts) from the
// real app: `npm run build` first, then `npm run kit:screenshots`. It starts the built app with
// a fresh database of its own (demo data only), drives Chromium with JavaScript off as the demo
// mediator (and three demo learners who take the test), and writes each step's picture to the
// path the guide declares under public/, clipped to the declared width × height.
import fs from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { getContentIndex } from "@/lib/content";
import { guideBySlug } from "@/lib/kit/guides";
import { fillAnswer } from "../e2e/support/answers";
import { launchBrowser } from "../e2e/support/browser";
import { DEMO_PASSWORD, loginViaForm, signUpViaForm, submit } from "../e2e/support/flows";
import { startServer, type TestServer } from "../e2e/support/server";

const VIEWPORT = { width: 1024, height: 700 };
const MAX_BYTES = 120 * 1024;
const CAMPAIGN_NAME = "ABC Pix de l'atelier du mardi";
const PUBLIC_URL = process.env.KIT_PUBLIC_URL ?? "https://pix.exemple.fr";

async function newPage(browser: Browser): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await browser.newContext({ javaScriptEnabled: false, locale: "fr-FR", timezoneId: "Europe/Paris", viewport: VIEWPORT, deviceScaleFactor: 1 });
  return { ctx, page: await ctx.newPage() };
}

const written: string[] = [];

/**
 * The picture of step `n` (from 1) of a guide: the page from `anchor`'s top (minus a margin),
 * full width, clipped to the step's declared size, in the format its file name says.
 */
async function shot(page: Page, slug: string, n: number, anchor: Locator, margin = 12): Promise<void> {
  const step = guideBySlug(slug)?.steps[n - 1];
  if (!step) throw new Error(`Pas d'étape ${n} dans le guide ${slug}`);
  const top = await anchor.first().evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  const pageHeight = await page.locator("html").evaluate((el) => el.scrollHeight);
  const y = Math.max(0, Math.min(Math.round(top) - margin, pageHeight - step.height));
  const file = path.join(process.cwd(), "public", step.image);
  const jpeg = /\.jpe?g$/i.test(file);
  const buf = await page.screenshot({
    fullPage: true,
    clip: { x: 0, y, width: step.width, height: step.height },
    type: jpeg ? "jpeg" : "png",
    ...(jpeg ? { quality: 70 } : {}),
  });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, buf);
  const kb = Math.round(buf.length / 1024);
  console.log(`${step.image} ${step.width}×${step.height} ${kb} Ko${buf.length > MAX_BYTES ? " — TROP LOURD : passez ce fichier en .jpg dans lib/kit/guides.ts" : ""}`);
  written.push(step.image);
}

/** A learner with an account takes the campaign; stops after `stopAfter` answers, or finishes (and sends the results if `send`). */
async function learnerTakes(browser: Browser, server: TestServer, code: string, who: { firstName: string; lastName: string }, opts: { right: (n: number) => boolean; stopAfter?: number; send?: boolean }): Promise<void> {
  const { ctx, page } = await newPage(browser);
  const email = `${who.firstName}.${who.lastName}`.toLowerCase().normalize("NFD").replace(/[^a-z.]/g, "") + "@exemple.fr";
  await signUpViaForm(page, server.url, { ...who, email, password: "Atelier-Mardi-2026" });
  await page.goto(`${server.url}/campagnes/${code}`);
  await submit(page, "Commencer", { to: /\/evaluation$/ });
  let answered = 0;
  for (let i = 0; i < 300; i++) {
    const p = new URL(page.url()).pathname;
    if (p.endsWith("/resultat")) break;
    if (p.endsWith("/bilan")) {
      const done = (await page.getByRole("link", { name: "Voir mes résultats" }).count()) > 0;
      const href = await page.getByRole("link", { name: done ? "Voir mes résultats" : "Continuer le test" }).first().getAttribute("href");
      await page.goto(new URL(href!, page.url()).toString());
      continue;
    }
    if (!p.endsWith("/evaluation")) throw new Error(`Page inattendue : ${page.url()}`);
    if (opts.stopAfter !== undefined && answered >= opts.stopAfter) break;
    const challenge = getContentIndex().challengeById.get(await page.inputValue('input[name="challengeId"]'))!;
    await fillAnswer(page, challenge, await page.inputValue('input[name="assessmentId"]'), opts.right(answered + 1));
    await submit(page, "Je valide");
    answered += 1;
  }
  if (opts.send) await submit(page, "J'envoie mes résultats", { to: /envoi=ok/ });
  console.log(`${who.firstName} ${who.lastName} : ${answered} réponses${opts.send ? ", résultats envoyés" : ""}`);
  await ctx.close();
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
    console.error("Pas de build : lancez d'abord `npm run build`.");
    process.exit(1);
  }
  // the address shown in the pictures (campaign link), instead of this run's local port
  const server = await startServer({ env: { APP_URL: PUBLIC_URL } });
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const { page } = await newPage(browser);
    const main = page.locator("main");
    await loginViaForm(page, server.url, "mediateur@exemple.fr", DEMO_PASSWORD);
    await page.goto(`${server.url}/orga`);
    if (!/\/orga\/[0-9a-f-]{36}$/.test(page.url())) {
      await page.locator("main a[href^='/orga/']").first().click();
      await page.waitForURL(/\/orga\/[0-9a-f-]{36}$/);
    }
    const orgUrl = page.url();

    // 1. Lancer une campagne
    let g = "lancer-une-campagne";
    await shot(page, g, 1, main);
    const h1 = main.locator("h1");
    await page.goto(`${orgUrl}/campagnes/nouvelle`);
    await page.check('input[name="type"][value="assessment"]');
    await shot(page, g, 2, h1);
    await page.getByRole("button", { name: "Continuer" }).click();
    await page.waitForURL(/type=assessment/);
    await page.fill("#champ-name", CAMPAIGN_NAME);
    await page.selectOption("#champ-targetProfileId", "abc-pix-complet");
    await shot(page, g, 3, h1);
    await submit(page, "Créer la campagne", { to: /\/campagnes\/[0-9a-f-]{36}\?fait=creee$/ });
    const campaignUrl = page.url().replace(/\?.*$/, "");
    const code = ((await main.textContent()) ?? "").match(/\b([A-Z]{6}[2-9]{3})\b/)?.[1];
    if (!code) throw new Error("Code de la campagne introuvable");
    await shot(page, g, 4, main.getByText("La campagne est créée"), 24);
    {
      const { ctx, page: visitor } = await newPage(browser);
      await visitor.goto(`${server.url}/campagnes`);
      await visitor.fill("#champ-code", code);
      await shot(visitor, g, 5, visitor.locator("main"));
      await ctx.close();
    }

    // three learners: two finish and send their results, one is still answering
    await learnerTakes(browser, server, code, { firstName: "Amina", lastName: "Diallo" }, { right: (n) => n % 5 !== 0, send: true });
    await learnerTakes(browser, server, code, { firstName: "Jean", lastName: "Morel" }, { right: (n) => n % 2 === 0, send: true });
    await learnerTakes(browser, server, code, { firstName: "Sylvie", lastName: "Caron" }, { right: (n) => n % 3 !== 0, stopAfter: 7 });

    // 2. Suivre les participants
    g = "suivre-les-participants";
    await page.goto(`${campaignUrl}/activite`);
    await shot(page, g, 1, main.locator("p", { hasText: "›" }));
    await shot(page, g, 2, page.locator("#titre-statuts"));
    await shot(page, g, 3, page.locator("#titre-direct"));
    await shot(page, g, 4, page.locator("#titre-jours"));

    // 3. Lire les résultats
    g = "lire-les-resultats";
    await page.goto(`${campaignUrl}/resultats`);
    await shot(page, g, 1, main.locator("h1"));
    await main.getByRole("link", { name: /Amina/ }).first().click();
    await page.waitForURL(/\/resultats\/[0-9a-f-]{36}$/);
    await shot(page, g, 2, main.locator("h1"));
    await page.fill("#champ-body", "À l'aise avec la messagerie. Atelier « sécurité » jeudi.");
    await submit(page, "Enregistrer la note", { to: /fait=note-ajoutee/ });
    await shot(page, g, 3, page.locator("#titre-notes"));
    await page.goto(`${campaignUrl}/analyse`);
    await shot(page, g, 4, main.locator("h1"));
  } finally {
    await browser?.close();
    await server.stop();
    fs.rmSync(server.dataDir, { recursive: true, force: true });
  }
  console.log(`${written.length} images écrites dans public/kit/guides/.`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
