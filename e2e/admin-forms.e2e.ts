// Pix Admin's own forms, JavaScript off: staff create an organisation, add a member to it,
// create a certification centre and approve it. Each lands on its page with what was typed.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { newContext } from "./support/browser";
import { DEMO_PASSWORD, expectNoAxeViolation, loginViaForm, submit } from "./support/flows";
import type { TestServer } from "./support/server";
import { withAppAndBrowser } from "./support/suite";

let server: TestServer;
let browser: Browser;
withAppAndBrowser((s, b) => {
  server = s;
  browser = b;
});

async function mainText(page: Page): Promise<string> {
  return ((await page.textContent("main")) ?? "").replace(/\s+/g, " ");
}

describe("Pix Admin forms, JavaScript off", () => {
  test("staff create an organisation and add a member; create a centre and approve it", async () => {
    const page = await (await newContext(browser, { javaScript: false })).newPage();
    await loginViaForm(page, server.url, "admin@exemple.fr", DEMO_PASSWORD);

    await page.goto(`${server.url}/admin/organisations/nouvelle`);
    await expectNoAxeViolation(page);
    // an empty form: messages next to the fields, nothing created
    await page.locator("#champ-name").evaluate((el) => el.removeAttribute("required"));
    await page.locator("#champ-type").evaluate((el) => el.removeAttribute("required"));
    await submit(page, "Créer l'organisation");
    assert.match(new URL(page.url()).pathname, /\/nouvelle$/);
    assert.ok((await page.locator("#champ-name-erreur").count()) === 1, "message sous le nom");
    await page.fill("#champ-name", "Point numérique de Saint-Aubin");
    await page.selectOption("#champ-type", "mediation");
    await page.check("#champ-abc");
    await submit(page, "Créer l'organisation", { to: /\/admin\/organisations\/[0-9a-f-]{36}\?fait=creee/ });
    assert.match(await mainText(page), /Point numérique de Saint-Aubin/);
    await expectNoAxeViolation(page);

    await page.fill('input[name="email"]', "apprenant@exemple.fr");
    await page.locator('input[name="role"]').first().check();
    await submit(page, "Ajouter le membre", { to: /fait=membre/ });
    assert.match(await mainText(page), /Laura Martin/);

    await page.goto(`${server.url}/admin/centres/nouveau`);
    await expectNoAxeViolation(page);
    await page.fill("#champ-name", "Centre de certification de Saint-Aubin");
    await page.locator('input[name="type"]').first().check();
    await page.fill("#champ-city", "Saint-Aubin");
    await submit(page, "Créer le centre", { to: /fait=cree/ });
    assert.match(await mainText(page), /Centre de certification de Saint-Aubin/);
    await submit(page, "Valider le centre");
    assert.equal(await page.getByRole("button", { name: "Valider le centre" }).count(), 0, "le centre est validé");
    await expectNoAxeViolation(page);

    await page.goto(`${server.url}/admin/journal?action=admin.`);
    const journal = await mainText(page);
    for (const action of ["admin.organisation.created", "admin.organisation.member-added", "admin.centre.create", "admin.centre.approve"]) assert.ok(journal.includes(action), action);
  });
});
