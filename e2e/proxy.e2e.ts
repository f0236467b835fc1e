// What proxy.ts does in front of the app, seen from a browser and from raw requests: the security
// headers of every kind of answer, a CSP that lets Next's own scripts run (nonce) and nothing
// else, and French pages instead of a server error for addresses and bodies the app cannot read.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Browser } from "playwright-core";
import { newContext } from "./support/browser";
import { DEMO_PASSWORD, loginViaForm } from "./support/flows";
import type { TestServer } from "./support/server";
import { withAppAndBrowser } from "./support/suite";

let server: TestServer;
let browser: Browser;
withAppAndBrowser((s, b) => {
  server = s;
  browser = b;
});

const nonceOf = (csp: string | null) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];

describe("proxy.ts", () => {
  test("every page carries the security headers, and each of its scripts the request's nonce", async () => {
    const nonces = new Set<string>();
    for (const p of ["/", "/connexion", "/aide", "/abc-diag", "/verification-certificat"]) {
      const res = await fetch(server.url + p);
      assert.equal(res.status, 200, p);
      const csp = res.headers.get("content-security-policy");
      assert.match(csp ?? "", /script-src 'self' 'nonce-[^']+' 'strict-dynamic'/, p);
      assert.doesNotMatch(csp ?? "", /script-src[^;]*'unsafe-inline'/, p);
      assert.match(csp ?? "", /frame-ancestors 'none'/, p);
      assert.equal(res.headers.get("x-frame-options"), "DENY", p);
      assert.equal(res.headers.get("x-content-type-options"), "nosniff", p);
      assert.equal(res.headers.get("referrer-policy"), "strict-origin-when-cross-origin", p);
      const nonce = nonceOf(csp)!;
      nonces.add(nonce);
      const html = await res.text();
      const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
      assert.ok(scripts.length > 0, p);
      for (const attrs of scripts) assert.ok(attrs.includes(`nonce="${nonce}"`), `${p} : script sans nonce ${attrs}`);
    }
    assert.equal(nonces.size, 5, "un nonce nouveau à chaque réponse");
  });

  test("with JavaScript on, the pages run under the policy without a violation: a form is checked in place", async () => {
    const context = await newContext(browser, { javaScript: true });
    const page = await context.newPage();
    const refused: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text());
    });
    await page.goto(`${server.url}/aide/contact`);
    await page.evaluate(() => {
      (window as unknown as { __sansRechargement: boolean }).__sansRechargement = true;
    });
    await page.getByRole("button", { name: /envoyer/i }).click();
    await page.locator("#champ-email-erreur, #champ-message-erreur").first().waitFor();
    // the errors came from the server action called by React: the page was not reloaded
    assert.equal(await page.evaluate(() => (window as unknown as { __sansRechargement?: boolean }).__sansRechargement), true);
    await loginViaForm(page, server.url, "apprenant@exemple.fr", DEMO_PASSWORD);
    await page.goto(`${server.url}/profil`);
    assert.deepEqual(refused, []);
    await context.close();
  });

  test("an address that is not valid UTF-8 gets the French 404 page, not a server error", async () => {
    for (const p of ["/certif/x/sessions/%ED%A0%80/emargement", "/mediation-numerique/kit/guides/%FF"]) {
      const res = await fetch(server.url + p);
      assert.equal(res.status, 404, p);
      const html = await res.text();
      assert.match(html, /<html lang="fr">/);
      assert.match(html, /Page introuvable/);
      assert.ok(nonceOf(res.headers.get("content-security-policy")));
    }
  });

  test("a body over 2 MB gets 413 and a form the server cannot decode gets 400, both in French", async () => {
    const big = await fetch(`${server.url}/aide/contact`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: `message=${"a".repeat(2 * 1024 * 1024 + 10)}`,
    });
    assert.equal(big.status, 413);
    assert.match(await big.text(), /Envoi trop volumineux[\s\S]*Rien n'a été enregistré/);

    const truncated = await fetch(`${server.url}/aide/contact`, {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=XYZ" },
      body: '--XYZ\r\nContent-Disposition: form-data; name="message"\r\n\r\nbonjour',
    });
    assert.equal(truncated.status, 400);
    assert.match(await truncated.text(), /Envoi illisible/);

    const notJson = await fetch(`${server.url}/aide/contact`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "%24ACTION_REF_1=&%24ACTION_1%3A0=%3Cpas-du-json",
    });
    assert.equal(notJson.status, 400);
  });

  test("the health route still answers in JSON for the load balancer", async () => {
    const res = await fetch(`${server.url}/api/health`);
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as { database: string }).database, "ok");
  });
});
