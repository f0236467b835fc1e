// Every public page of the build (read from its manifest, so a new page is covered without
// editing this test), opened in Chromium with JavaScript off by a visitor: no axe violation,
// and less than 60 KB of HTML and CSS (raw bytes, as DESIGN.md's budget counts them).
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import type { Browser } from "playwright-core";
import { getReferential } from "../lib/content";
import { abcListingData } from "../lib/content/abc-listing";
import { FAQ } from "../lib/help/faq";
import { GUIDE_SUMMARIES } from "../lib/kit/guides";
import { newContext } from "./support/browser";
import { expectNoAxeViolation } from "./support/flows";
import type { TestServer } from "./support/server";
import { withAppAndBrowser } from "./support/suite";

let server: TestServer;
let browser: Browser;
withAppAndBrowser((s, b) => {
  server = s;
  browser = b;
});

export const PUBLIC_PAGE_BUDGET = 60 * 1024;

/** Values for the dynamic segments of public pages: demo data and content. */
const PARAMS: Record<string, string[]> = {
  "[code]": ["CAPDIA123", "CAPABC246"],
  "[slug]": GUIDE_SUMMARIES.map((g) => g.slug),
  "[parcours]": abcListingData(getReferential()).profiles.map((p) => p.id),
  "[id]": FAQ.map((e) => e.id),
};

/** Every public page, and whether it is the first of its route (axe runs once per route; weight on every page). */
function publicPages(): { path: string; firstOfRoute: boolean }[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(".next", "server", "app-paths-manifest.json"), "utf8")) as Record<string, string>;
  const pages: { path: string; firstOfRoute: boolean }[] = [];
  for (const key of Object.keys(manifest)) {
    if (!key.startsWith("/(public)") || !key.endsWith("/page")) continue;
    let paths = [key.replace("/(public)", "").replace(/\/page$/, "") || "/"];
    for (const [segment, values] of Object.entries(PARAMS)) paths = paths.flatMap((p) => (p.includes(segment) ? values.map((v) => p.replace(segment, v)) : [p]));
    for (const p of paths) assert.doesNotMatch(p, /\[/, `pas de valeur pour ${p}`);
    pages.push(...paths.map((path, i) => ({ path, firstOfRoute: i === 0 })));
  }
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

async function weight(p: string): Promise<{ html: number; css: number; status: number }> {
  const res = await fetch(server.url + p);
  const html = await res.text();
  const sheets = new Set([...html.matchAll(/<link[^>]+href="([^"]+\.css[^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&")));
  let css = 0;
  for (const href of sheets) css += (await (await fetch(new URL(href, server.url))).arrayBuffer()).byteLength;
  return { html: Buffer.byteLength(html), css, status: res.status };
}

describe("Public pages", () => {
  test("every public page weighs less than 60 KB of HTML and CSS, and each kind of public page passes axe", async () => {
    const pages = publicPages();
    assert.ok(pages.length >= 25, `${pages.length} pages publiques seulement`);
    for (const must of ["/", "/mediation-numerique", "/mediation-numerique/kit", "/mediation-numerique/demande-acces", "/aide", "/aide/contact", "/plan-du-site", "/accessibilite", "/mentions-legales", "/donnees-personnelles", "/conditions-generales"])
      assert.ok(pages.some((p) => p.path === must), `${must} manque au build`);
    const page = await (await newContext(browser, { javaScript: false })).newPage();
    const report: string[] = [];
    for (const { path: p, firstOfRoute } of pages) {
      const w = await weight(p);
      report.push(`${p}: ${(w.html / 1024).toFixed(1)} + ${(w.css / 1024).toFixed(1)} Ko`);
      assert.ok(w.html + w.css < PUBLIC_PAGE_BUDGET, `${p} pèse ${w.html} + ${w.css} octets`);
      if (!firstOfRoute) continue;
      await page.goto(server.url + p);
      await expectNoAxeViolation(page);
    }
    console.log(report.join("\n"));
  });
});
