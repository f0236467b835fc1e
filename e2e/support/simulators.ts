// Browser helpers for simulator tests. A simulator is tried in the staff preview
// (/admin/apercu/<challenge id>, demo account admin@exemple.fr): the same challenge form, frame
// and answer check as a learner's evaluation, for any challenge, without depending on what the
// adaptive engine serves.
//
//   const p = await openPreview(browser, server, "ch-…", { javaScript: false });
//   await frameSubmit(p.page, p.frame.getByRole("button", { name: "Nouveau message" }));
//   await p.frame.getByLabel("À").fill("mairie@exemple.fr");          // typing needs no wait
//   await frameSubmit(p.page, p.frame.getByRole("button", { name: "Envoyer" }));
//   assert.equal(await validatePreview(p.page), "ok");                 // "ok" | "ko" | "skipped" | "unplayable"
//   await expectSimulatorPageAccessible(p);                            // axe on the frame's current page
//   assert.deepEqual(p.watch.offOrigin(), []);                          // nothing loaded from elsewhere
//   await p.context.close();
import assert from "node:assert/strict";
import type { Browser, BrowserContext, FrameLocator, Locator, Page } from "playwright-core";
import { newContext } from "./browser";
import { DEMO_PASSWORD, expectNoAxeViolation, loginViaForm, submit } from "./flows";
import type { TestServer } from "./server";

export const STAFF_EMAIL = "admin@exemple.fr";

export type RequestWatch = {
  /** every request that left the app's origin (must stay empty) */
  offOrigin: () => string[];
  /** the simulator pages received (GET /simulateur/…, HTML only) with their raw size in bytes */
  simulatorPages: () => { url: string; bytes: number }[];
};

/** Records what the page (and its frames) requests. */
export function watchRequests(page: Page, origin: string): RequestWatch {
  const off: string[] = [];
  const pages: { url: string; bytes: number }[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith("data:") && !r.url().startsWith("about:")) off.push(r.url());
  });
  page.on("response", async (r) => {
    const type = r.headers()["content-type"] ?? "";
    if (r.request().method() === "GET" && r.url().includes("/simulateur/") && type.startsWith("text/html")) {
      try {
        pages.push({ url: r.url(), bytes: (await r.body()).length });
      } catch {
        // the frame navigated away before the body was read
      }
    }
  });
  return { offOrigin: () => [...off], simulatorPages: () => [...pages] };
}

export type Preview = {
  context: BrowserContext;
  page: Page;
  /** the simulator's frame */
  frame: FrameLocator;
  watch: RequestWatch;
};

/** Logs in as staff and opens a fresh preview of the challenge (a new, empty simulator state). */
export async function openPreview(browser: Browser, server: TestServer, challengeId: string, opts: { javaScript: boolean }): Promise<Preview> {
  const context = await newContext(browser, opts);
  const page = await context.newPage();
  const watch = watchRequests(page, server.url);
  await loginViaForm(page, server.url, STAFF_EMAIL, DEMO_PASSWORD);
  await page.goto(`${server.url}/admin/apercu/${encodeURIComponent(challengeId)}`);
  const start = page.getByRole("button", { name: /Commencer l'aperçu|Recommencer l'aperçu/ });
  if (await start.count()) await submit(page, (await start.first().textContent())!.trim());
  const frame = page.frameLocator('iframe[title^="Exercice"]');
  await frame.locator("body").waitFor();
  return { context, page, frame, watch };
}

/** The frame element of the page's simulator. */
function simulatorFrame(page: Page) {
  const f = page.frames().find((x) => x.url().includes("/simulateur/"));
  assert.ok(f, "pas de cadre de simulateur dans la page");
  return f;
}

/**
 * Clicks a button (or link) inside the simulator frame and waits until the frame shows the next
 * screen: with JavaScript off, the form posts, the server answers 303, the frame loads the page.
 */
export async function frameSubmit(page: Page, target: Locator): Promise<void> {
  const frame = simulatorFrame(page);
  const before = frame.url();
  const loaded = page.waitForResponse((r) => r.request().method() === "GET" && r.url().includes("/simulateur/") && r.request().frame() === frame, { timeout: 20_000 });
  await target.click();
  await loaded;
  await frame.waitForLoadState("load");
  void before;
}

/** Clicks « Je valide » under the frame and returns the status the preview shows ("ok", "ko", "unplayable"…). */
export async function validatePreview(page: Page, button = "Je valide"): Promise<string> {
  await submit(page, button);
  const text = (await page.locator("#resultat-apercu").textContent({ timeout: 10_000 })) ?? "";
  const m = /statut « (\w+) »/.exec(text);
  assert.ok(m, `pas de résultat affiché : ${text}`);
  return m[1]!;
}

/** Opens the frame's current page on its own (same session) and checks it with axe. */
export async function expectSimulatorPageAccessible(p: Preview): Promise<void> {
  const url = simulatorFrame(p.page).url();
  const own = await p.context.newPage();
  try {
    await own.goto(url);
    await expectNoAxeViolation(own);
  } finally {
    await own.close();
  }
}

/** The address of the frame's pages (for HTTP-level checks). */
export function simulatorUrl(page: Page): string {
  return simulatorFrame(page).url().split("?")[0]!;
}

/**
 * Plays actions in the page's simulator over HTTP, with the page's session, as its forms would
 * post them (the counter read from the current screen; downloads as GET links). For journeys that
 * only need the state (the frame shown in the page is not reloaded).
 */
export async function playActions(page: Page, actions: Record<string, string | string[]>[]): Promise<void> {
  const src = await page.locator('iframe[title^="Exercice"]').getAttribute("src");
  assert.ok(src, "pas de cadre de simulateur dans la page");
  const url = new URL(src, page.url());
  const request = page.context().request;
  for (const action of actions) {
    if (action.op === "download") {
      const res = await request.get(`${url}?telecharger=${encodeURIComponent(String(action.file))}`);
      assert.equal(res.status(), 200, `téléchargement de ${String(action.file)}`);
      continue;
    }
    const screen = await (await request.get(url.toString())).text();
    const seq = /name="seq" value="(\d+)"/.exec(screen)?.[1];
    assert.ok(seq !== undefined, "pas de compteur d'actions dans la page du simulateur");
    const body = new URLSearchParams({ seq });
    for (const [k, v] of Object.entries(action)) for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
    const res = await request.post(url.toString(), {
      headers: { origin: url.origin, "content-type": "application/x-www-form-urlencoded" },
      data: body.toString(),
      maxRedirects: 0,
    });
    assert.equal(res.status(), 303, `action ${JSON.stringify(action)} : statut ${res.status()}`);
    assert.doesNotMatch(res.headers()["location"] ?? "", /avis=/, `action ${JSON.stringify(action)} refusée`);
  }
}
