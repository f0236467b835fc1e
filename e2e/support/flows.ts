import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { axeViolations } from "./browser";

export const DEMO_PASSWORD = "Demo-Pix-2026";

let n = 0;
export function freshEmail(tag: string): string {
  n += 1;
  return `${tag}-${Date.now().toString(36)}-${n}@exemple.fr`;
}

/**
 * Submits the form that holds the given button and waits until the result is shown: with
 * JavaScript off the browser posts and loads the next page; with it on, React posts the
 * action and updates or navigates, so we wait for the POST and the requests that follow it.
 */
export async function submit(page: Page, buttonText: string, opts: { to?: RegExp } = {}): Promise<void> {
  const posted = page.waitForResponse((r) => r.request().method() === "POST", { timeout: 20_000 });
  await page.getByRole("button", { name: buttonText }).click();
  await posted;
  await page.waitForLoadState("load");
  await page.waitForLoadState("networkidle");
  if (opts.to) await page.waitForURL(opts.to, { timeout: 10_000 });
}

export async function expectNoAxeViolation(page: Page): Promise<void> {
  const v = await axeViolations(page);
  assert.deepEqual(v, [], `axe sur ${page.url()} : ${JSON.stringify(v, null, 2)}`);
}

export async function fieldError(page: Page, name: string): Promise<string | null> {
  const el = page.locator(`#champ-${name}-erreur`);
  return (await el.count()) ? ((await el.textContent()) ?? "").replace(/^⚠\s*/, "").trim() : null;
}

export async function signUpViaForm(page: Page, base: string, u: { firstName: string; lastName: string; email: string; password: string }) {
  await page.goto(`${base}/inscription`);
  await page.fill("#champ-firstName", u.firstName);
  await page.fill("#champ-lastName", u.lastName);
  await page.fill("#champ-email", u.email);
  await page.fill("#champ-password", u.password);
  await page.check("#champ-terms");
  await submit(page, "Je crée mon compte");
}

export async function loginViaForm(page: Page, base: string, email: string, password: string) {
  await page.goto(`${base}/connexion`);
  await page.fill("#champ-email", email);
  await page.fill("#champ-password", password);
  await submit(page, "Je me connecte");
}

export async function logoutViaMenu(page: Page) {
  await page.locator("header summary").click();
  await submit(page, "Se déconnecter", { to: /\/connexion/ });
}

/** The reset link of the latest e-mail sent to this address, read from the outbox folder. */
export function resetLinkFromOutbox(outboxDir: string, email: string): string {
  const files = fs.existsSync(outboxDir) ? fs.readdirSync(outboxDir).filter((f) => f.endsWith(".eml")).sort().reverse() : [];
  for (const f of files) {
    const raw = fs.readFileSync(path.join(outboxDir, f), "utf8");
    if (!raw.includes(email)) continue;
    const unfolded = raw.replace(/=\r?\n/g, "").replace(/=3D/g, "=");
    const m = unfolded.match(/https?:\/\/[^\s]+jeton=[A-Za-z0-9_-]+/);
    if (m) return m[0];
  }
  throw new Error(`Aucun e-mail pour ${email} dans ${outboxDir}`);
}

/** The invitation link of the latest e-mail sent to this address, read from the outbox folder. */
export function invitationLinkFromOutbox(outboxDir: string, email: string): string {
  const files = fs.existsSync(outboxDir) ? fs.readdirSync(outboxDir).filter((f) => f.endsWith(".eml")).sort().reverse() : [];
  for (const f of files) {
    const raw = fs.readFileSync(path.join(outboxDir, f), "utf8");
    if (!raw.includes(email)) continue;
    const unfolded = raw.replace(/=\r?\n/g, "").replace(/=3D/g, "=");
    const m = unfolded.match(/https?:\/\/\S+\/orga\/invitation\/[A-Za-z0-9_-]{43}/);
    if (m) return m[0];
  }
  throw new Error(`Aucune invitation pour ${email} dans ${outboxDir}`);
}
