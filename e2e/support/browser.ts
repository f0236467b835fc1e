import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export async function newContext(browser: Browser, opts: { javaScript: boolean }): Promise<BrowserContext> {
  return browser.newContext({ javaScriptEnabled: opts.javaScript, locale: "fr-FR", timezoneId: "Europe/Paris" });
}

const axeSource = fs.readFileSync(path.join(process.cwd(), "node_modules", "axe-core", "axe.min.js"), "utf8");

/**
 * Runs axe (WCAG 2.1 A and AA rules) on what the page shows. axe needs timers, which a page
 * with JavaScript off does not run: the page's HTML is then checked in a scripted copy, with
 * the same URL and styles and the page's own scripts blocked.
 */
export async function axeViolations(page: Page): Promise<{ id: string; impact: string | null; help: string; targets: string[] }[]> {
  const html = await page.content();
  const copyContext = await page.context().browser()!.newContext({ javaScriptEnabled: true });
  try {
    const copy = await copyContext.newPage();
    await copy.route("**/*", (route) => {
      const req = route.request();
      // the page itself is the copy; a frame inside it (a simulator) is checked on its own page
      if (req.isNavigationRequest() && req.frame() === copy.mainFrame()) return route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html });
      if (req.isNavigationRequest()) return route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: "<!doctype html><html lang=fr><title>cadre</title></html>" });
      if (req.resourceType() === "script") return route.abort();
      return route.continue();
    });
    await copy.goto(page.url(), { waitUntil: "load" });
    await copy.evaluate(axeSource);
    const result = await copy.evaluate(async () => {
      type Node = { target: string[]; any?: { data?: { messageKey?: string } | null }[] };
      type Rule = { id: string; impact: string | null; help: string; nodes: Node[] };
      const w = window as unknown as {
        axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: Rule[]; incomplete: Rule[] }> };
      };
      return w.axe.run(document, { iframes: false, runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    });
    // axe files text whose colour equals its background under "incomplete" (it may be hidden on
    // purpose); on these pages it is always a bug (e.g. a link colour beating a button's text colour).
    const sameColour = result.incomplete
      .filter((r) => r.id === "color-contrast")
      .map((r) => ({ ...r, nodes: r.nodes.filter((n) => n.any?.some((c) => c.data?.messageKey === "equalRatio")) }))
      .filter((r) => r.nodes.length > 0);
    return [...result.violations, ...sameColour].map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
  } finally {
    await copyContext.close();
  }
}
