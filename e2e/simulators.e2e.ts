// The simulator framework in the built app: every scenario's walkthrough played over HTTP in a
// staff preview reaches "ok"; every screen stays light and names nothing outside the app; the
// frame loads nothing from elsewhere; the state survives a reload and a restart; forged,
// foreign and late actions change nothing.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { getContentIndex } from "@/lib/content";
import type { Challenge } from "@/lib/content/types";
import { outsideAddresses } from "@/lib/simulators/outside-addresses";
import { launchBrowser, newContext } from "./support/browser";
import { DEMO_PASSWORD, expectNoAxeViolation, loginViaForm, submit } from "./support/flows";
import { startServer, type TestServer } from "./support/server";
import { openPreview, playActions, validatePreview } from "./support/simulators";

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

type SimChallenge = Challenge & { solution: { type: "SIMULATOR"; simulator: string; walkthrough: Record<string, string | string[]>[]; wrongPaths: Record<string, string | string[]>[][] } };
const simChallenges = [...getContentIndex().challengeById.values()].filter((c): c is SimChallenge => c.solution.type === "SIMULATOR");
const MAX_BYTES = 30 * 1024;


async function freshPreview(page: Page, challengeId: string): Promise<string> {
  await page.goto(`${server.url}/admin/apercu/${encodeURIComponent(challengeId)}`);
  const start = page.getByRole("button", { name: /Commencer l'aperçu|Recommencer l'aperçu/ });
  await submit(page, (await start.first().textContent())!.trim());
  return simulatorUrlFromPage(page);
}

async function simulatorUrlFromPage(page: Page): Promise<string> {
  const src = await page.locator('iframe[title^="Exercice"]').getAttribute("src");
  assert.ok(src, `pas de cadre sur ${page.url()}`);
  return new URL(src, page.url()).toString();
}

async function staffPage(javaScript: boolean): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser, { javaScript });
  const page = await context.newPage();
  await loginViaForm(page, server.url, "admin@exemple.fr", DEMO_PASSWORD);
  return { context, page };
}

describe("simulator framework", () => {
  test("one scenario of each simulator: its walkthrough, played in the app, gets ok; every screen on the way weighs under 30 KB and names only the app", async () => {
    // every scenario is played the same way, through the services, in tests/simulators/runs.test.ts
    assert.ok(simChallenges.length >= 18, `${simChallenges.length} épreuves sur simulateur`);
    const { context, page } = await staffPage(false);
    const sizes: number[] = [];
    const onePerSimulator = [...new Map(simChallenges.map((c) => [c.solution.simulator, c])).values()];
    for (const c of onePerSimulator) {
      const url = await freshPreview(page, c.id);
      const check = async (what: string) => {
        const res = await context.request.get(url);
        const html = await res.text();
        assert.equal(res.status(), 200, `${c.id} ${what}`);
        assert.match(res.headers()["content-security-policy"] ?? "", /default-src 'self'/);
        const bytes = Buffer.byteLength(html);
        sizes.push(bytes);
        assert.ok(bytes < MAX_BYTES, `${c.id} ${what} : ${bytes} octets`);
        assert.deepEqual(outsideAddresses(html), [], `${c.id} ${what} : adresses hors de l'application`);
      };
      await check("écran de départ");
      for (const [i, action] of c.solution.walkthrough.entries()) {
        await playActions(page, [action]);
        if (action.op !== "download") await check(`après l'action ${i + 1} (${String(action.op)})`);
      }
      assert.equal(await validatePreview(page), "ok", `${c.id} : le parcours de l'auteur est juste`);
    }
    console.log(`[simulateurs] ${onePerSimulator.length} scénarios, ${sizes.length} écrans, le plus lourd ${Math.max(...sizes)} octets`);
    await context.close();
  });

  test("with JavaScript on, a simulator's page loads nothing from another origin", async () => {
    const seen = new Set<string>();
    for (const c of simChallenges) {
      if (seen.has(c.solution.simulator)) continue;
      seen.add(c.solution.simulator);
      const p = await openPreview(browser, server, c.id, { javaScript: true });
      await p.page.waitForLoadState("networkidle");
      assert.ok(p.watch.simulatorPages().length >= 1);
      assert.deepEqual(p.watch.offOrigin(), [], `${c.id} : requêtes hors de l'application`);
      await p.context.close();
    }
  });

  test("the state survives a reload and a restart of the server", async () => {
    const c = simChallenges.find((x) => x.solution.simulator !== "gestes" && x.solution.walkthrough.length >= 2)!;
    const { context, page } = await staffPage(false);
    const url = await freshPreview(page, c.id);
    await expectNoAxeViolation(page);
    const initial = await (await context.request.get(url)).text();
    await playActions(page, c.solution.walkthrough.slice(0, Math.ceil(c.solution.walkthrough.length / 2)));
    const midway = await (await context.request.get(url)).text();
    assert.notEqual(midway, initial, "les actions ont changé l'écran");
    await page.reload();
    const frame = page.frames().find((f) => f.url().includes("/simulateur/"))!;
    assert.equal(await frame.content().then((h) => h.includes('name="seq"')), true);
    assert.equal(await (await context.request.get(url)).text(), midway, "même écran après un rechargement");

    await server.stop();
    server = await startServer({ dataDir: server.dataDir });
    const moved = new URL(new URL(url).pathname, server.url).toString();
    // the session cookie belongs to the host (127.0.0.1), whatever the port
    assert.equal(await (await context.request.get(moved)).text(), midway, "même écran après un redémarrage");
    await context.close();
  });

  test("forged, foreign, cross-site and late actions are refused and change nothing", async () => {
    const c = simChallenges.find((x) => x.solution.simulator !== "gestes")!;
    const { context, page } = await staffPage(false);
    const url = await freshPreview(page, c.id);
    const screen = async () => (await context.request.get(url)).text();
    const post = (data: Record<string, string>, opts: { origin?: string; ctx?: BrowserContext } = {}) =>
      (opts.ctx ?? context).request.post(url, {
        headers: { origin: opts.origin ?? new URL(url).origin, "content-type": "application/x-www-form-urlencoded" },
        data: new URLSearchParams(data).toString(),
        maxRedirects: 0,
      });
    const start = await screen();

    // a whole final state posted as if it were an action
    const forged = await post({ seq: "0", op: "etat", state: JSON.stringify(c.solution.goal) });
    assert.equal(forged.status(), 303);
    assert.match(forged.headers()["location"] ?? "", /avis=refuse/);
    assert.equal(await screen(), start);

    // the same form from another site
    const crossSite = await post({ seq: "0", ...(c.solution.walkthrough[0] as Record<string, string>) }, { origin: "http://exemple-malveillant.test" });
    assert.equal(crossSite.status(), 403);
    assert.equal(await screen(), start);

    // another account (the demo learner) can neither read nor act
    const learner = await newContext(browser, { javaScript: false });
    const lp = await learner.newPage();
    await loginViaForm(lp, server.url, "apprenant@exemple.fr", DEMO_PASSWORD);
    assert.equal((await learner.request.get(url)).status(), 404);
    assert.equal((await post({ seq: "0", ...(c.solution.walkthrough[0] as Record<string, string>) }, { ctx: learner })).status(), 404);
    assert.equal(await screen(), start);
    // nobody logged in
    assert.equal((await fetch(url)).status, 401);
    await learner.close();

    // once answered, nothing more is taken into account
    assert.equal(await validatePreview(page), "ko");
    const late = await post({ seq: "0", ...(c.solution.walkthrough[0] as Record<string, string>) });
    assert.match(late.headers()["location"] ?? "", /avis=termine/);
    const finished = await screen();
    assert.match(finished, /Cette question est terminée/);
    assert.equal(finished.replace(/<p class="sim-notice[^]*?<\/p>/, ""), start.replace(/<p class="sim-notice[^]*?<\/p>/, ""), "l'état n'a pas changé");
    await context.close();
  });
});
