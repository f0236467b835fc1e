import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { getContentIndex } from "@/lib/content";
import { fillAnswer } from "./support/answers";
import { newContext } from "./support/browser";
import { expectNoAxeViolation, freshEmail, signUpViaForm, submit } from "./support/flows";
import type { TestServer } from "./support/server";
import { withAppAndBrowser } from "./support/suite";

let server: TestServer;
let browser: Browser;

withAppAndBrowser((s, b) => {
  server = s;
  browser = b;
});

async function follow(page: Page, linkText: string): Promise<void> {
  const href = await page.getByRole("link", { name: linkText }).first().getAttribute("href");
  assert.ok(href, `lien « ${linkText} » absent sur ${page.url()}`);
  await page.goto(new URL(href, page.url()).toString());
}

const path = (page: Page) => new URL(page.url()).pathname;

describe("learner journey, JavaScript off", () => {
  test("sign up, evaluate 1.1 to the end (checkpoint, level-up, result), profile updated, tutorial saved, problem reported", async () => {
    const ctx = await newContext(browser, { javaScript: false });
    const page = await ctx.newPage();
    await signUpViaForm(page, server.url, { firstName: "Aïcha", lastName: "Benali", email: freshEmail("aicha"), password: "Velo-Rouge-42" });
    assert.equal(path(page), "/accueil");

    await page.goto(`${server.url}/profil`);
    assert.match((await page.textContent("main")) ?? "", /0 Pix\s*sur 1024/);
    assert.match((await page.textContent("main")) ?? "", /Bienvenue sur votre profil/);
    await expectNoAxeViolation(page);

    await page.goto(`${server.url}/competences/1.1`);
    assert.match((await page.textContent("h1")) ?? "", /1\.1 Mener une recherche/);
    await expectNoAxeViolation(page);
    await submit(page, "Commencer", { to: /\/competences\/1\.1\/evaluation$/ });

    const index = getContentIndex();
    let answered = 0;
    let sawCheckpoint = false;
    let sawLevelUp = false;
    let savedTutorial = "";
    let reported = false;
    for (let step = 0; step < 80; step++) {
      const p = path(page);
      if (p.endsWith("/resultat")) break;
      if (p.endsWith("/niveau-gagne")) {
        assert.match((await page.textContent("h1")) ?? "", /Niveau gagné !/);
        assert.match((await page.textContent("main")) ?? "", /niveau \d/);
        sawLevelUp = true;
        await follow(page, "Continuer");
        continue;
      }
      if (p.endsWith("/bilan")) {
        const main = (await page.textContent("main")) ?? "";
        assert.match(main, /Vos réponses corrigées/);
        assert.match(main, /Explication/);
        if (!sawCheckpoint) {
          assert.match(main, /Bonne réponse/);
          assert.match(main, /Mauvaise réponse/);
          assert.match(main, /La bonne réponse :/);
          await expectNoAxeViolation(page);
          const save = page.locator("form button", { hasText: "Enregistrer" }).first();
          savedTutorial = ((await save.textContent()) ?? "").replace(/^Enregistrer le tutoriel « /, "").replace(/ »$/, "").trim();
          const posted = page.waitForResponse((r) => r.request().method() === "POST");
          await save.click();
          await posted;
          await page.waitForLoadState("load");
          assert.ok(path(page).endsWith("/bilan"));
          assert.ok((await page.locator("form button", { hasText: "Retirer" }).count()) >= 1);
        }
        sawCheckpoint = true;
        const done = (await page.getByRole("link", { name: "Voir mon résultat" }).count()) > 0;
        await follow(page, done ? "Voir mon résultat" : "Continuer le test");
        continue;
      }
      assert.ok(p.endsWith("/evaluation"), `page inattendue ${page.url()}`);
      const challengeId = await page.inputValue('input[name="challengeId"]');
      const assessmentId = await page.inputValue('input[name="assessmentId"]');
      const challenge = index.challengeById.get(challengeId)!;
      assert.match((await page.textContent("h1")) ?? "", new RegExp(`Question ${answered + 1}`));
      assert.match((await page.textContent("main")) ?? "", new RegExp(`Question ${(answered % 5) + 1} sur 5`));
      if (answered === 0) {
        await expectNoAxeViolation(page);
        await follow(page, "Signaler un problème sur cette question");
        await page.check('input[name="category"][value="question"]');
        await page.fill("#champ-comment", "La question est difficile à comprendre.");
        await submit(page, "Envoyer le signalement", { to: /\/evaluation\?signalement=envoye/ });
        assert.match((await page.textContent("main")) ?? "", /votre signalement est envoyé/);
        assert.equal(await page.inputValue('input[name="challengeId"]'), challengeId, "le signalement ne change pas la question");
        reported = true;
      }
      const right = answered !== 1 && answered !== 3;
      await fillAnswer(page, challenge, assessmentId, right);
      await submit(page, "Je valide");
      answered += 1;
    }
    assert.ok(path(page).endsWith("/resultat"), `le test ne s'est pas terminé (${page.url()})`);
    assert.ok(answered >= 5 && sawCheckpoint && sawLevelUp && reported && savedTutorial);
    const result = (await page.textContent("main")) ?? "";
    assert.match(result, /Niveau [1-5]/);
    assert.match(result, /Pix gagnés pendant ce test/);
    assert.match(result, /Marge de progression|plus haut niveau/);
    await expectNoAxeViolation(page);

    await page.goto(`${server.url}/profil`);
    const profile = (await page.textContent("main")) ?? "";
    const total = Number(profile.match(/(\d+) Pix\s*sur 1024/)?.[1]);
    assert.ok(total > 0, "le total du profil a augmenté");
    assert.match(profile, /Retenter dans 4 jours/);
    assert.doesNotMatch(profile, /Bienvenue sur votre profil/);

    await page.goto(`${server.url}/tutoriels`);
    const saved = (await page.locator("#enregistres ~ *").allTextContents()).join(" ");
    assert.ok(saved.includes(savedTutorial), `tutoriel enregistré absent : ${savedTutorial}`);
    await ctx.close();
  });

  test("an attachment downloads with its own content type; an illustration is served as an image", async () => {
    const withFile = getContentIndex().referential.challenges.find((c) => c.attachment?.endsWith(".pdf"));
    if (withFile) {
      const res = await fetch(`${server.url}/fichiers/${withFile.attachment}`);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get("content-type"), "application/pdf");
      assert.match(res.headers.get("content-disposition") ?? "", /attachment/);
    }
    const withImage = getContentIndex().referential.challenges.find((c) => c.illustration)!;
    const img = await fetch(`${server.url}/illustrations/${withImage.illustration!.file.replace(/^illustrations\//, "")}`);
    assert.equal(img.status, 200);
    assert.match(img.headers.get("content-type") ?? "", /^image\//);
    assert.equal((await fetch(`${server.url}/fichiers/..%2F..%2Fpackage.json`)).status, 404);
  });
});
