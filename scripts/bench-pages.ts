import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import postgres from "postgres";
import type { Browser, BrowserContext, Page, Response } from "playwright-core";
import { launchBrowser } from "../e2e/support/browser";
import { benchDatabase, startServer, type Server } from "./support/bench-http";

/**
 * Page weight of the main flows, measured in Chromium (playwright-core, /usr/bin/chromium) on the
 * built app and a PostgreSQL database seeded with the demo accounts: the home page, an ABC Diag
 * question, a competence test's question (apprenant@exemple.fr), the profile, an Orga campaign's
 * results (mediateur@exemple.fr) and the invigilator's page (the demo session shown to
 * certif@exemple.fr, its invigilator password). /mentions-legales, the simplest page, gives the
 * framework's own JavaScript.
 *
 * For each page, loaded with JavaScript on until the network is idle: HTML bytes (raw), CSS bytes
 * (raw and gzip), JavaScript bytes (gzip: each script body compressed here with zlib, level 6,
 * whatever the server sent), requests made. The page's own JavaScript is the scripts that the
 * framework page does not load. Budgets (docs/DESIGN.md 2): framework ~135 KB gzip, + 15 KB for
 * learner, ABC Diag, campaign and public pages, + 60 KB for staff pages; public pages < 60 KB of
 * HTML + CSS. Then the same page with JavaScript off: its main content (heading, form) must be there.
 * KB = 1,024 bytes.
 *
 * Needs a build. Uses DATABASE_URL if set, else creates a database pix_bench_<pid> and drops it.
 * Usage: npm run bench:pages [-- --json <file>]
 */

const KB = 1024;
export const FRAMEWORK_KB = 135;
export const OWN_BUDGET_KB = { public: 15, learner: 15, staff: 60 } as const;
export const HTML_CSS_PUBLIC_KB = 60;
const DEMO_PASSWORD = "Demo-Pix-2026";

type Kind = "framework" | keyof typeof OWN_BUDGET_KB;

type Weight = {
  path: string;
  htmlBytes: number;
  htmlGzip: number;
  cssBytes: number;
  cssGzip: number;
  jsBytes: number;
  jsGzip: number;
  /** bytes of script bodies as sent (content-encoding applied when the server compressed) */
  jsWire: number;
  otherBytes: number;
  requests: number;
  /** of which Next.js link prefetches (`_rsc`) */
  prefetches: number;
  scripts: { url: string; bytes: number; gzip: number }[];
};

export type PageResult = {
  key: string;
  label: string;
  kind: Kind;
  path: string;
  weight: Weight;
  ownJsGzip: number;
  ownScripts: string[];
  noJs: { ok: boolean; requests: number; checked: string; problem?: string };
};

function jsonFile(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i]!.startsWith("--json=")) return argv[i]!.slice("--json=".length);
    if (argv[i] === "--json" && argv[i + 1] && !argv[i + 1]!.startsWith("--")) return argv[i + 1];
  }
  return undefined;
}

type State = Awaited<ReturnType<BrowserContext["storageState"]>>;

async function context(browser: Browser, javaScript: boolean, state?: State): Promise<BrowserContext> {
  return browser.newContext({ javaScriptEnabled: javaScript, locale: "fr-FR", timezoneId: "Europe/Paris", storageState: state });
}

/** Clicks a button of a form (JavaScript off: the browser posts and follows the redirects) and waits for the URL. */
async function submit(page: Page, button: RegExp, to: RegExp | ((u: URL) => boolean)): Promise<void> {
  await Promise.all([page.waitForURL(to, { timeout: 30_000 }), page.getByRole("button", { name: button }).first().click()]);
  await page.waitForLoadState("load");
}

async function login(browser: Browser, base: string, email: string): Promise<State> {
  const ctx = await context(browser, false);
  try {
    const page = await ctx.newPage();
    await page.goto(`${base}/connexion`);
    await page.fill("#champ-email", email);
    await page.fill("#champ-password", DEMO_PASSWORD);
    await submit(page, /^Je me connecte$/, (u) => !u.pathname.startsWith("/connexion"));
    return await ctx.storageState();
  } finally {
    await ctx.close();
  }
}

const pathOf = (u: string) => {
  const url = new URL(u);
  return url.pathname + url.search;
};
const gzipSize = (b: Buffer) => zlib.gzipSync(b).length;

/** Loads a page with JavaScript on, until the network is idle, and adds up what came. */
async function weigh(browser: Browser, base: string, p: string, state: State | undefined): Promise<Weight> {
  const ctx = await context(browser, true, state);
  try {
    const page = await ctx.newPage();
    let requests = 0;
    let prefetches = 0;
    const responses: Response[] = [];
    page.on("request", (r) => {
      requests++;
      if (/[?&]_rsc=/.test(r.url())) prefetches++;
    });
    page.on("response", (r) => responses.push(r));
    const main = await page.goto(base + p, { waitUntil: "load", timeout: 60_000 });
    if (!main || main.status() !== 200) throw new Error(`${p} → ${main?.status()}`);
    if (pathOf(page.url()) !== p) throw new Error(`${p} a mené à ${pathOf(page.url())}`);
    await page.waitForLoadState("networkidle", { timeout: 15_000 }).catch(() => {});
    await page.waitForTimeout(500);
    const html = await main.body();
    const w: Weight = { path: p, htmlBytes: html.length, htmlGzip: gzipSize(html), cssBytes: 0, cssGzip: 0, jsBytes: 0, jsGzip: 0, jsWire: 0, otherBytes: 0, requests, prefetches, scripts: [] };
    const seen = new Set<string>();
    for (const r of responses) {
      if (r === main || seen.has(r.url()) || r.status() >= 300) continue;
      seen.add(r.url());
      const type = r.request().resourceType();
      let body: Buffer;
      try {
        body = await r.body();
      } catch {
        continue; // a redirect or a body no longer kept
      }
      if (type === "script") {
        const gz = gzipSize(body);
        w.jsBytes += body.length;
        w.jsGzip += gz;
        w.jsWire += (await r.request().sizes()).responseBodySize;
        w.scripts.push({ url: new URL(r.url()).pathname, bytes: body.length, gzip: gz });
      } else if (type === "stylesheet") {
        w.cssBytes += body.length;
        w.cssGzip += gzipSize(body);
      } else w.otherBytes += body.length;
    }
    w.requests = requests;
    w.prefetches = prefetches;
    return w;
  } finally {
    await ctx.close();
  }
}

/** The same page with JavaScript off: its heading and the given main content must be there. */
async function withoutJs(browser: Browser, base: string, p: string, state: State | undefined, selector: string): Promise<PageResult["noJs"]> {
  const ctx = await context(browser, false, state);
  try {
    const page = await ctx.newPage();
    let requests = 0;
    page.on("request", () => requests++);
    const res = await page.goto(base + p, { waitUntil: "load", timeout: 60_000 });
    const checked = `main h1, ${selector}`;
    if (!res || res.status() !== 200) return { ok: false, requests, checked, problem: `statut ${res?.status()}` };
    if (pathOf(page.url()) !== p) return { ok: false, requests, checked, problem: `redirigé vers ${pathOf(page.url())}` };
    const h1 = ((await page.locator("main h1").first().textContent().catch(() => null)) ?? "").trim();
    if (!h1) return { ok: false, requests, checked, problem: "pas de titre h1 dans main" };
    if ((await page.locator(selector).count()) === 0) return { ok: false, requests, checked, problem: `« ${selector} » absent` };
    return { ok: true, requests, checked };
  } finally {
    await ctx.close();
  }
}

// ---------------------------------------------------------------- getting to each page

async function abcDiagQuestion(browser: Browser, base: string): Promise<State> {
  const ctx = await context(browser, false);
  try {
    const page = await ctx.newPage();
    await page.goto(`${base}/abc-diag`);
    await submit(page, /^(Commencer|Reprendre) l'ABC Diag$/, /\/abc-diag\/question$/);
    return await ctx.storageState();
  } finally {
    await ctx.close();
  }
}

const COMPETENCES = ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4", "4.1", "4.2", "4.3", "5.1", "5.2"];

/** A competence test at a question: the first competence the learner may start or resume. */
async function competenceQuestion(browser: Browser, base: string, learner: State): Promise<{ state: State; path: string }> {
  const ctx = await context(browser, false, learner);
  try {
    const page = await ctx.newPage();
    for (const code of COMPETENCES) {
      await page.goto(`${base}/competences/${code}`);
      const resume = page.locator(`main a[href="/competences/${code}/evaluation"]`);
      if (await resume.count()) await page.goto(`${base}/competences/${code}/evaluation`);
      else if (await page.getByRole("button", { name: /^Commencer/ }).count()) await submit(page, /^Commencer/, /\/evaluation/);
      else continue;
      if (new URL(page.url()).pathname === `/competences/${code}/evaluation` && (await page.locator('input[name="challengeId"]').count()))
        return { state: await ctx.storageState(), path: `/competences/${code}/evaluation` };
    }
    throw new Error("aucune compétence à commencer pour apprenant@exemple.fr");
  } finally {
    await ctx.close();
  }
}

async function invigilator(browser: Browser, base: string, number: number, password: string): Promise<State> {
  const ctx = await context(browser, false);
  try {
    const page = await ctx.newPage();
    await page.goto(`${base}/certif/surveillance`);
    await page.fill("#champ-number", String(number));
    await page.fill("#champ-password", password);
    await submit(page, /^Accéder à la surveillance$/, /\/certif\/surveillance\/session/);
    return await ctx.storageState();
  } finally {
    await ctx.close();
  }
}

const kb = (n: number) => (n / KB).toFixed(1);

async function main() {
  const out = jsonFile(process.argv.slice(2));
  if (!fs.existsSync(path.join(".next", "BUILD_ID"))) throw new Error("Pas de build : lancez d'abord npm run build.");
  const db = await benchDatabase();
  const outbox = fs.mkdtempSync(path.join(os.tmpdir(), "pix-bench-pages-"));
  let server: Server | null = null;
  let browser: Browser | null = null;
  const sql = postgres(db.url, { max: 1, onnotice: () => {} });
  try {
    server = await startServer(db.url, outbox);
    const base = server.url;
    browser = await launchBrowser();

    // what the demo accounts see: the organisation's busiest campaign, the centre's session
    const [campaign] = await sql`select c.organisation_id as org, c.id, c.code from campaigns c
      join organisations o on o.id = c.organisation_id
      join memberships m on m.organisation_id = o.id join users u on u.id = m.user_id
      left join campaign_participations p on p.campaign_id = c.id
      where u.email = 'mediateur@exemple.fr' and c.archived_at is null
      group by c.organisation_id, c.id, c.code order by count(p.id) desc, c.code limit 1`;
    const [session] = await sql`select s.number, s.invigilator_password as password from certification_sessions s
      join center_memberships m on m.center_id = s.center_id join users u on u.id = m.user_id
      where u.email = 'certif@exemple.fr' and s.status = 'created' order by s.number limit 1`;
    if (!campaign) throw new Error("pas de campagne pour mediateur@exemple.fr");
    if (!session) throw new Error("pas de session de démonstration pour certif@exemple.fr");

    const learner = await login(browser, base, "apprenant@exemple.fr");
    const mediator = await login(browser, base, "mediateur@exemple.fr");
    const diag = await abcDiagQuestion(browser, base);
    const test = await competenceQuestion(browser, base, learner);
    const board = await invigilator(browser, base, session.number as number, session.password as string);

    const answerForm = 'main form input[name="challengeId"]';
    const pages: { key: string; label: string; kind: Kind; path: string; state?: State; selector: string }[] = [
      { key: "framework", label: "Mentions légales (framework only)", kind: "framework", path: "/mentions-legales", selector: "main p" },
      { key: "home", label: "Home", kind: "public", path: "/", selector: 'main a[href="/abc-diag"]' },
      { key: "abcDiag", label: "ABC Diag question", kind: "public", path: "/abc-diag/question", state: diag, selector: answerForm },
      { key: "challenge", label: `Competence test question (${test.path.split("/")[2]})`, kind: "learner", path: test.path, state: test.state, selector: answerForm },
      { key: "profile", label: "Profile", kind: "learner", path: "/profil", state: learner, selector: 'main a[href^="/competences/"]' },
      { key: "orgaResults", label: `Orga campaign results (${campaign.code})`, kind: "staff", path: `/orga/${campaign.org}/campagnes/${campaign.id}/resultats`, state: mediator, selector: 'main form[method="get"]' },
      { key: "invigilator", label: `Invigilator page (session ${session.number})`, kind: "staff", path: "/certif/surveillance/session", state: board, selector: "main form button" },
    ];

    const results: PageResult[] = [];
    let frameworkScripts = new Set<string>();
    for (const p of pages) {
      const weight = await weigh(browser, base, p.path, p.state);
      if (p.kind === "framework") frameworkScripts = new Set(weight.scripts.map((s) => s.url));
      const own = weight.scripts.filter((s) => !frameworkScripts.has(s.url));
      const noJs = await withoutJs(browser, base, p.path, p.state, p.selector);
      results.push({ key: p.key, label: p.label, kind: p.kind, path: p.path, weight, ownJsGzip: own.reduce((s, x) => s + x.gzip, 0), ownScripts: own.map((s) => s.url), noJs });
    }

    const framework = results[0]!.weight.jsGzip;
    console.log(`Poids des pages (Chromium, JavaScript activé ; Ko = 1 024 octets ; JS en gzip) — framework : ${kb(framework)} Ko (budget ~${FRAMEWORK_KB} Ko)`);
    let failed = false;
    for (const r of results) {
      const w = r.weight;
      const budget = r.kind === "framework" ? null : OWN_BUDGET_KB[r.kind];
      const jsOk = budget === null ? true : r.ownJsGzip <= budget * KB;
      const htmlCssOk = r.kind !== "public" && r.kind !== "framework" ? true : w.htmlBytes + w.cssBytes < HTML_CSS_PUBLIC_KB * KB;
      failed ||= !jsOk || !htmlCssOk || !r.noJs.ok;
      console.log(
        `${r.label} ${r.path}\n  HTML ${kb(w.htmlBytes)} Ko, CSS ${kb(w.cssBytes)} Ko, JS ${kb(w.jsGzip)} Ko gzip (dont propre ${kb(r.ownJsGzip)} Ko${budget === null ? "" : `, budget ${budget} Ko : ${jsOk ? "OK" : "DÉPASSÉ"}`}), ` +
          `${w.requests} requêtes (dont ${w.prefetches} préchargements)${r.kind === "public" || r.kind === "framework" ? ` ; HTML + CSS < ${HTML_CSS_PUBLIC_KB} Ko : ${htmlCssOk ? "OK" : "DÉPASSÉ"}` : ""}\n` +
          `  sans JavaScript : ${r.noJs.ok ? "OK" : `ÉCHEC (${r.noJs.problem})`}, ${r.noJs.requests} requêtes`,
      );
    }
    if (out) fs.writeFileSync(out, JSON.stringify({ frameworkJsGzip: framework, budgets: { frameworkKB: FRAMEWORK_KB, ownKB: OWN_BUDGET_KB, htmlCssPublicKB: HTML_CSS_PUBLIC_KB }, pages: results }, null, 2) + "\n");
    if (failed) process.exitCode = 1;
  } finally {
    await browser?.close();
    await sql.end();
    await server?.stop();
    fs.rmSync(outbox, { recursive: true, force: true });
    await db.drop().catch((e) => console.error(`[bench:pages] base non supprimée : ${e instanceof Error ? e.message : e}`));
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
