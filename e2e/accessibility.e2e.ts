// Accessibility checks ([Q] issue, item 6), in Chromium against the built app:
// 1. keyboard only, JavaScript on and off: ABC Diag from the home page to its result, then a
//    learner logs in, opens a competence, starts it and answers questions up to the checkpoint —
//    only page.keyboard (Tab, Shift+Tab, Enter, Space, arrows, typing); every element that gets
//    the focus must be on screen with a visible focus ring, and the first Tab stop of a loaded
//    page is the skip link « Aller au contenu »;
// 2. one page of each type: axe (WCAG 2.1 A and AA) and reflow — no horizontal scrolling of the
//    page at 320 CSS px wide, nor at 640 CSS px (what 200 % zoom of a 1280 px window gives).
// The figures printed at the end are those of lib/site/accessibility-checks.ts.
import assert from "node:assert/strict";
import fs from "node:fs";
import nodePath from "node:path";
import { describe, test } from "node:test";
import type { Browser, Frame, Page } from "playwright-core";
import { fieldName, opaqueProposalValues } from "@/lib/assessments/challenge-view";
import { getContentIndex } from "@/lib/content";
import type { Challenge } from "@/lib/content/types";
import { ACCESSIBILITY_CHECKS } from "@/lib/site/accessibility-checks";
import { fillAnswer } from "./support/answers";
import { newContext } from "./support/browser";
import { DEMO_PASSWORD, expectNoAxeViolation, loginViaForm, submit } from "./support/flows";
import type { TestServer } from "./support/server";
import { playActions } from "./support/simulators";
import { withAppAndBrowser } from "./support/suite";

let server: TestServer;
let browser: Browser;
withAppAndBrowser((s, b) => {
  server = s;
  browser = b;
});

const path = (page: Page) => new URL(page.url()).pathname;
const summary = { keyboardJourneys: 0, keyboardSteps: 0, skipLinkChecks: 0, pageTypes: [] as string[] };

// ---------------------------------------------------------------------------------------------
// Keyboard
// ---------------------------------------------------------------------------------------------

type Focused = {
  tag: string;
  type: string;
  id: string;
  name: string;
  value: string;
  href: string;
  text: string;
  checked: boolean;
  onScreen: boolean;
  ring: boolean;
  focusVisible: boolean;
};

/** What has the focus, whether it shows on screen, and whether its focus ring can be seen. */
async function focused(page: Page | Frame): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return null;
    const r = el.getBoundingClientRect();
    const onScreen = r.width > 1 && r.height > 1 && r.bottom > 0 && r.right > 0 && r.top < window.innerHeight && r.left < window.innerWidth;
    const cs = getComputedStyle(el);
    const ring = (cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) > 0) || cs.boxShadow !== "none";
    const input = el as HTMLInputElement;
    const label = input.labels?.[0]?.textContent ?? "";
    return {
      tag: el.tagName.toLowerCase(),
      type: input.type ?? "",
      id: el.id,
      name: input.name ?? "",
      value: typeof input.value === "string" ? input.value : "",
      href: el.getAttribute("href") ?? "",
      text: (label || el.textContent || el.getAttribute("aria-label") || "").replace(/\s+/g, " ").trim(),
      checked: !!input.checked,
      onScreen,
      ring,
      focusVisible: el.matches(":focus-visible"),
    };
  });
}

/** A keyboard user: every key press counts; every Tab stop is checked. */
class KeyboardUser {
  steps = 0;
  skipLinkChecks = 0;
  /** Tab stops on a simulator's frame page itself (no element focused inside it) */
  frameStops = 0;
  constructor(
    readonly page: Page,
    readonly js: boolean,
  ) {}

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
    this.steps += 1;
    summary.keyboardSteps += 1;
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
    this.steps += 1;
    summary.keyboardSteps += 1;
  }

  /** Checks that the focused element is on screen and shows a focus ring (inside a simulator's frame too). */
  async expectVisibleFocus(): Promise<Focused> {
    let f = await focused(this.page);
    // with JavaScript on, React may still be updating or scrolling the page: look again for up
    // to 3 s before failing (a loaded machine is slow to settle)
    for (let i = 0; i < 15 && f && !f.onScreen; i++) {
      await this.page.waitForTimeout(200);
      f = await focused(this.page);
    }
    assert.ok(f, `aucun élément n'a le focus sur ${this.page.url()}`);
    let shown = f;
    if (f.tag === "iframe") {
      // the focus is in a simulator's frame: the frame is on screen, and what has the focus in it shows a ring
      assert.ok(f.onScreen, `cadre focalisé hors de l'écran sur ${this.page.url()}`);
      const frame = this.page.frames().find((x) => x.parentFrame() === this.page.mainFrame());
      assert.ok(frame, "le cadre du simulateur");
      const inner = await focused(frame);
      // null: the frame's page itself has the focus (Chromium makes a scrollable page a Tab stop); nothing to outline
      if (!inner) {
        this.frameStops += 1;
        return f;
      }
      shown = inner;
    }
    const what = `${shown.tag}#${shown.id} « ${shown.text.slice(0, 60)} » sur ${this.page.url()}`;
    assert.ok(shown.onScreen, `élément focalisé hors de l'écran : ${what}`);
    assert.ok(shown.focusVisible, `:focus-visible ne s'applique pas : ${what}`);
    assert.ok(shown.ring, `pas d'indicateur de focus visible : ${what}`);
    return f;
  }

  /** Presses Tab (or Shift+Tab) until the focused element matches; checks every stop. */
  async tabTo(what: string, match: (f: Focused) => boolean, opts: { back?: boolean; max?: number } = {}): Promise<Focused> {
    const max = opts.max ?? 120;
    let outside = 0;
    const seen: string[] = [];
    for (let i = 0; i < max; i++) {
      await this.press(opts.back ? "Shift+Tab" : "Tab");
      const f = await focused(this.page);
      if (!f) {
        // the focus left the page (past its last stop): the next Tab comes back to its first one
        assert.ok(++outside <= 4, `le focus ne revient pas dans la page ${this.page.url()}`);
        continue;
      }
      outside = 0;
      seen.push(`${f.tag}:${f.text.slice(0, 20)}`);
      await this.expectVisibleFocus();
      if (match(f)) return f;
    }
    throw new Error(`${what} : pas atteint en ${max} tabulations sur ${this.page.url()} (${[...new Set(seen)].join(" | ")})`);
  }

  /** On a page just loaded: the first Tab stop is the skip link; with `use`, Enter on it moves to the content. */
  async skipLinkFirst(use: boolean): Promise<void> {
    await this.press("Tab");
    const f = await this.expectVisibleFocus();
    assert.equal(f.text, "Aller au contenu", `premier arrêt de tabulation sur ${this.page.url()} : ${f.text}`);
    assert.equal(f.href, "#contenu");
    this.skipLinkChecks += 1;
    summary.skipLinkChecks += 1;
    if (!use) return;
    await this.press("Enter");
    const now = await this.page.evaluate(() => document.activeElement?.id ?? "");
    assert.equal(now, "contenu", "le lien d'évitement amène au contenu");
  }

  /** Enter on the focused link; waits for the page it leads to. */
  async followFocused(to: RegExp): Promise<void> {
    await this.press("Enter");
    await this.page.waitForURL(to, { timeout: 15_000 });
    await this.page.waitForLoadState("load");
    await this.page.waitForLoadState("networkidle");
  }

  /** Enter on the focused submit button; waits for the POST and for the page to change. */
  async submitFocused(): Promise<void> {
    const before = { url: this.page.url(), h1: await this.page.textContent("h1") };
    const posted = this.page.waitForResponse((r) => r.request().method() === "POST", { timeout: 20_000 });
    await this.press("Enter");
    await posted;
    await this.page.waitForLoadState("load");
    await this.page.waitForLoadState("networkidle");
    await this.page.waitForFunction(
      (b) => location.href !== b.url || document.querySelector("h1")?.textContent !== b.h1,
      before,
      { timeout: 15_000 },
    );
  }

  /**
   * Starts on a page just shown: after a full page load (always when JavaScript is off), the
   * first Tab stop must be the skip link. With JavaScript on, React changes the page in place and
   * leaves the focus where it was: Tab goes on from there. The skip link is used (Enter) on the
   * first page of a journey only: its « #contenu » would stay in the address after a form post
   * and its redirect, and the next page would then start in the content.
   */
  async startPage(opts: { useSkipLink?: boolean } = {}): Promise<void> {
    const fresh = await this.page.evaluate(() => !(window as unknown as { __kb?: boolean }).__kb);
    if (fresh) await this.skipLinkFirst(!!opts.useSkipLink);
    await this.page.evaluate(() => ((window as unknown as { __kb?: boolean }).__kb = true));
  }
}

const isButton = (name: string | RegExp) => (f: Focused) =>
  (f.tag === "button" || f.type === "submit") && (typeof name === "string" ? f.text === name : name.test(f.text));
const isLink = (name: string | RegExp) => (f: Focused) => f.tag === "a" && (typeof name === "string" ? f.text === name : name.test(f.text));

/** Answers the challenge shown with the keyboard only: right (from the content) or « Je passe ». */
async function answerByKeyboard(kb: KeyboardUser, c: Challenge, assessmentOrRunId: string, skip: boolean): Promise<void> {
  const page = kb.page;
  const s = c.solution;
  if (skip || s.type === "SIMULATOR") {
    await kb.tabTo("« Je passe »", isButton("Je passe"));
    await kb.submitFocused();
    return;
  }
  const values = opaqueProposalValues(assessmentOrRunId, c);
  if (s.type === "QCU") {
    const target = values.get(s.proposalId)!;
    const order = await page.$$eval('input[name="reponse"]', (els) => els.map((e) => (e as HTMLInputElement).value));
    const k = order.indexOf(target);
    assert.ok(k >= 0, "la bonne réponse est proposée");
    const first = await kb.tabTo("le premier bouton radio", (f) => f.type === "radio");
    assert.equal(first.value, order[0]);
    if (k === 0) await kb.press("Space");
    for (let i = 0; i < k; i++) await kb.press("ArrowDown");
    const f = await kb.expectVisibleFocus();
    assert.ok(f.checked && f.value === target, "le bon bouton radio est coché au clavier");
  } else if (s.type === "QCM") {
    const wanted = new Set(s.proposalIds.map((id) => values.get(id)!));
    const count = await page.locator('input[name="reponses"]').count();
    for (let i = 0; i < count; i++) {
      const f = await kb.tabTo("la case suivante", (x) => x.type === "checkbox");
      if (wanted.has(f.value)) {
        await kb.press("Space");
        assert.ok((await focused(page))?.checked, "la case se coche avec Espace");
      }
    }
  } else {
    const texts = s.type === "QROCM-dep" ? c.fields.map((_, i) => s.groups[i]![0]!) : c.fields.map((f) => s.variants[f.key]![0]!);
    for (const [i, field] of c.fields.entries()) {
      const id = `champ-${fieldName(field.key)}`;
      await kb.tabTo(`le champ ${id}`, (f) => f.id === id);
      await kb.type(texts[i]!);
    }
  }
  await kb.tabTo("« Je valide »", isButton("Je valide"));
  await kb.submitFocused();
}

async function keyboardAbcDiag(kb: KeyboardUser): Promise<void> {
  const page = kb.page;
  await page.goto(server.url);
  await kb.startPage({ useSkipLink: true });
  await kb.tabTo("« Faire l'ABC Diag »", isLink("Faire l'ABC Diag"));
  await kb.followFocused(/\/abc-diag$/);
  await kb.startPage();
  await kb.tabTo("« Commencer l'ABC Diag »", isButton("Commencer l'ABC Diag"));
  await kb.submitFocused();
  const index = getContentIndex();
  for (let n = 1; n <= 10; n++) {
    assert.equal(path(page), "/abc-diag/question");
    assert.match((await page.textContent("h1")) ?? "", new RegExp(`Question ${n} sur 10`));
    await kb.startPage();
    const c = index.abcDiagChallengeById.get(await page.inputValue('input[name="challengeId"]'))!;
    await answerByKeyboard(kb, c, await page.inputValue('input[name="runId"]'), n === 3);
  }
  assert.equal(path(page), "/abc-diag/resultat");
  assert.match((await page.textContent("h1")) ?? "", /Votre résultat/);
  assert.match(((await page.textContent("#code-resultat")) ?? "").trim(), /^D-[2-9A-Z]{6}$/);
  await kb.startPage();
  // the result's actions can be reached too
  await kb.tabTo("« Terminer »", isButton("Terminer"));
}

/** One competence per run (the runs share a database): none has simulator questions. */
const keyboardCompetenceCode = (js: boolean) => (js ? "4.3" : "5.1");

async function keyboardCompetence(kb: KeyboardUser): Promise<void> {
  const page = kb.page;
  const KEYBOARD_COMPETENCE = keyboardCompetenceCode(kb.js);
  await page.goto(server.url);
  await kb.startPage({ useSkipLink: true });
  await kb.tabTo("« Se connecter »", (f) => f.tag === "a" && f.href === "/connexion");
  await kb.followFocused(/\/connexion/);
  await kb.startPage();
  await kb.tabTo("le champ e-mail", (f) => f.id === "champ-email");
  await kb.type("apprenant@exemple.fr");
  await kb.press("Tab");
  assert.equal((await kb.expectVisibleFocus()).id, "champ-password");
  await kb.type(DEMO_PASSWORD);
  await kb.tabTo("« Je me connecte »", isButton("Je me connecte"));
  await kb.submitFocused();
  assert.equal(path(page), "/accueil");
  await kb.startPage();
  // a Shift+Tab round trip back to the menu, then on to the profile
  await kb.tabTo("« Profil » (menu)", isLink("Profil"), { back: true });
  await kb.followFocused(/\/profil$/);
  await kb.startPage();
  await kb.tabTo(`la compétence ${KEYBOARD_COMPETENCE}`, (f) => f.tag === "a" && f.href === `/competences/${KEYBOARD_COMPETENCE}`, { max: 200 });
  await kb.followFocused(new RegExp(`/competences/${KEYBOARD_COMPETENCE.replace(".", "\\.")}$`));
  await kb.startPage();
  await kb.tabTo("« Commencer »", isButton("Commencer"));
  await kb.submitFocused();
  await page.waitForURL(/\/evaluation$/);
  const index = getContentIndex();
  let answered = 0;
  while (!path(page).endsWith("/bilan")) {
    if (path(page).endsWith("/niveau-gagne")) {
      assert.match((await page.textContent("h1")) ?? "", /Niveau gagné/);
      await kb.startPage();
      await kb.tabTo("« Continuer »", isLink("Continuer"));
      await kb.followFocused(/\/evaluation(\/bilan)?(\?|$)/);
      continue;
    }
    assert.ok(path(page).endsWith("/evaluation"), `page inattendue ${page.url()}`);
    assert.ok(answered < 6, "le point d'étape arrive après 5 questions");
    await kb.startPage();
    const c = index.challengeById.get(await page.inputValue('input[name="challengeId"]'))!;
    await answerByKeyboard(kb, c, await page.inputValue('input[name="assessmentId"]'), answered === 1);
    answered += 1;
  }
  assert.equal(answered, 5);
  assert.match((await page.textContent("main")) ?? "", /Vos réponses corrigées/);
  await kb.startPage();
  await kb.tabTo("« Continuer le test »", isLink(/Continuer le test|Voir mon résultat/), { max: 200 });
}

for (const js of [false, true]) {
  describe(`keyboard only, JavaScript ${js ? "on" : "off"}`, () => {
    test("ABC Diag from the home page to the result", async () => {
      const ctx = await newContext(browser, { javaScript: js });
      const kb = new KeyboardUser(await ctx.newPage(), js);
      await keyboardAbcDiag(kb);
      summary.keyboardJourneys += 1;
      console.log(`[a11y] ABC Diag au clavier (JavaScript ${js ? "activé" : "désactivé"}) : ${kb.steps} touches, ${kb.frameStops} arrêt(s) sur la page du cadre`);
      await ctx.close();
    });

    test(`log in, competence ${keyboardCompetenceCode(js)}, 5 questions, checkpoint`, async () => {
      const ctx = await newContext(browser, { javaScript: js });
      const kb = new KeyboardUser(await ctx.newPage(), js);
      await keyboardCompetence(kb);
      summary.keyboardJourneys += 1;
      console.log(`[a11y] test de compétence au clavier (JavaScript ${js ? "activé" : "désactivé"}) : ${kb.steps} touches`);
      await ctx.close();
    });
  });
}

// ---------------------------------------------------------------------------------------------
// axe and reflow, one page of each type
// ---------------------------------------------------------------------------------------------

/** Widths checked: 320 CSS px (WCAG 1.4.10) and 640 CSS px, what 200 % zoom of a 1280 px window gives. */
const WIDTHS = [320, 640];

/** What the checks found, all pages together (so that one run lists every problem). */
const problems: string[] = [];

async function checkPage(page: Page, type: string): Promise<void> {
  try {
    await expectNoAxeViolation(page);
  } catch (e) {
    problems.push(`${type} : ${(e as Error).message}`);
  }
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    const r = await page.evaluate(() => {
      const vw = window.innerWidth;
      const wide = [...document.body.querySelectorAll("*")]
        .filter((el) => {
          if (el.getBoundingClientRect().right <= vw + 1) return false;
          // inside a container that scrolls or clips on its own (a data table's wrapper): allowed
          for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) if (getComputedStyle(p).overflowX !== "visible") return false;
          return true;
        })
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).slice(0, 80)} « ${(el.textContent ?? "").trim().slice(0, 40)} »`);
      return { scrollWidth: document.documentElement.scrollWidth, innerWidth: vw, wide };
    });
    if (r.scrollWidth > r.innerWidth) problems.push(`${type} (${page.url()}) défile à l'horizontale à ${width} px : ${r.scrollWidth} > ${r.innerWidth} ; ${r.wide.join(" | ")}`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  summary.pageTypes.push(type);
}

async function openAndCheck(page: Page, url: string, type: string): Promise<void> {
  await page.goto(url.startsWith("http") ? url : server.url + url);
  assert.notEqual(await page.title(), "Page introuvable – Pix", `${url} introuvable`);
  await checkPage(page, type);
}

async function followLink(page: Page, scope: "main" | "header", name: string | RegExp): Promise<void> {
  const href = await page.locator(scope).getByRole("link", { name }).first().getAttribute("href");
  assert.ok(href, `lien « ${String(name)} » absent sur ${page.url()}`);
  await page.goto(new URL(href, page.url()).toString());
}

const mainText = async (page: Page) => ((await page.textContent("main")) ?? "").replace(/\s+/g, " ");

describe("axe and reflow at 320 px and 200 % zoom, one page of each type (JavaScript off)", () => {
  test("public pages, ABC Diag, learner, competence test, Pix Orga, Pix Certif, invigilator, administration", async () => {
    const visitor = await (await newContext(browser, { javaScript: false })).newPage();
    for (const [url, type] of [
      ["/", "accueil public"],
      ["/connexion", "connexion"],
      ["/inscription", "inscription"],
      ["/aide", "aide"],
      ["/mediation-numerique", "médiation numérique"],
      ["/mediation-numerique/kit", "kit de médiation"],
      ["/verification-certificat", "vérification de certificat"],
      ["/campagnes/CAPDIA123", "accueil de campagne"],
      ["/accessibilite", "page de texte (déclaration d'accessibilité)"],
    ] as const)
      await openAndCheck(visitor, url, type);

    // ABC Diag: the question page of each question type, then the result
    await openAndCheck(visitor, "/abc-diag", "accueil de l'ABC Diag");
    await submit(visitor, "Commencer l'ABC Diag", { to: /\/abc-diag\/question$/ });
    const index = getContentIndex();
    const abcTypes = new Set<string>();
    for (let n = 1; n <= 10; n++) {
      const c = index.abcDiagChallengeById.get(await visitor.inputValue('input[name="challengeId"]'))!;
      if (!abcTypes.has(c.solution.type)) {
        abcTypes.add(c.solution.type);
        await checkPage(visitor, `question de l'ABC Diag (${c.solution.type})`);
      }
      if (c.solution.type === "SIMULATOR") await playActions(visitor, c.solution.walkthrough);
      else await fillAnswer(visitor, c, await visitor.inputValue('input[name="runId"]'), true);
      await submit(visitor, "Je valide");
    }
    assert.equal(path(visitor), "/abc-diag/resultat");
    await checkPage(visitor, "résultat de l'ABC Diag");

    // a participant for Pix Orga: a visitor takes the demo campaign without an account
    const participant = await (await newContext(browser, { javaScript: false })).newPage();
    await participant.goto(`${server.url}/campagnes/CAPDIA123`);
    await submit(participant, "Commencer sans compte", { to: /\/abc-diag\/question$/ });
    for (let i = 0; i < 10; i++) await submit(participant, "Je passe");
    assert.equal(path(participant), "/abc-diag/resultat");

    // learner: profile, a competence, its questions (one page per question type), the checkpoint
    const learner = await (await newContext(browser, { javaScript: false })).newPage();
    await loginViaForm(learner, server.url, "apprenant@exemple.fr", DEMO_PASSWORD);
    await openAndCheck(learner, "/accueil", "accueil de l'apprenant");
    await openAndCheck(learner, "/profil", "profil");
    await openAndCheck(learner, "/competences/5.2", "page d'une compétence");
    await submit(learner, "Commencer", { to: /\/competences\/5\.2\/evaluation$/ });
    const types = new Set<string>();
    let checkpoint = false;
    for (let answered = 0; answered < 15 && !(checkpoint && types.size >= 6); ) {
      const p = path(learner);
      if (p.endsWith("/bilan") || p.endsWith("/niveau-gagne")) {
        if (p.endsWith("/bilan") && !checkpoint) {
          checkpoint = true;
          await checkPage(learner, "point d'étape");
        }
        if (p.endsWith("/niveau-gagne") && !summary.pageTypes.includes("niveau gagné")) await checkPage(learner, "niveau gagné");
        const next = (await learner.locator("main").getByRole("link", { name: "Voir mon résultat" }).count()) ? "Voir mon résultat" : /^Continuer/;
        await followLink(learner, "main", next);
        continue;
      }
      if (p.endsWith("/resultat")) break;
      const c = index.challengeById.get(await learner.inputValue('input[name="challengeId"]'))!;
      if (!types.has(c.solution.type)) {
        types.add(c.solution.type);
        await checkPage(learner, `question (${c.solution.type})`);
      }
      if (c.solution.type === "SIMULATOR") await submit(learner, "Je passe");
      else {
        await fillAnswer(learner, c, await learner.inputValue('input[name="assessmentId"]'), true);
        await submit(learner, "Je valide");
      }
      answered += 1;
    }
    assert.ok(checkpoint, "le point d'étape a été vu");
    console.log(`[a11y] types de questions vus : ABC Diag ${[...abcTypes].join(", ")} ; compétence ${[...types].join(", ")}`);

    // Pix Orga: campaign list, results, a participant
    const orga = await (await newContext(browser, { javaScript: false })).newPage();
    await loginViaForm(orga, server.url, "mediateur@exemple.fr", DEMO_PASSWORD);
    await orga.goto(`${server.url}/orga`);
    await orga.waitForURL(/\/orga\/[0-9a-f-]{36}$/);
    await checkPage(orga, "Pix Orga : liste des campagnes");
    await followLink(orga, "main", "ABC Diag de l'accueil");
    await checkPage(orga, "Pix Orga : campagne");
    await orga.goto(`${orga.url().split("?")[0]}/resultats`);
    await checkPage(orga, "Pix Orga : résultats d'une campagne");
    await followLink(orga, "main", "Participant anonyme");
    assert.match(path(orga), /\/resultats\/[0-9a-f-]{36}$/);
    await checkPage(orga, "Pix Orga : participant");

    // Pix Certif: the centre, the demo session; the invigilator with its number and password
    const certif = await (await newContext(browser, { javaScript: false })).newPage();
    await loginViaForm(certif, server.url, "certif@exemple.fr", DEMO_PASSWORD);
    await certif.goto(`${server.url}/certif`);
    await certif.waitForURL(/\/certif\/[0-9a-f-]{36}$/);
    await checkPage(certif, "Pix Certif : sessions du centre");
    await followLink(certif, "main", /^Session \d+/);
    assert.match(path(certif), /\/sessions\/[0-9a-f-]{36}$/);
    await checkPage(certif, "Pix Certif : session");
    const text = await mainText(certif);
    const number = text.match(/Numéro de session\s*:?\s*(\d+)/)?.[1];
    const password = text.match(/Mot de passe de surveillance\s*:?\s*([A-Z0-9]{5})/)?.[1];
    assert.ok(number && password, `numéro ou mot de passe de surveillance absent : ${text.slice(0, 400)}`);
    const invigilator = await (await newContext(browser, { javaScript: false })).newPage();
    await openAndCheck(invigilator, "/certif/surveillance", "surveillance : connexion");
    await invigilator.fill("#champ-number", number);
    await invigilator.fill("#champ-password", password);
    await submit(invigilator, "Accéder à la surveillance", { to: /\/certif\/surveillance\/session/ });
    await checkPage(invigilator, "surveillance : session");

    // administration
    const admin = await (await newContext(browser, { javaScript: false })).newPage();
    await loginViaForm(admin, server.url, "admin@exemple.fr", DEMO_PASSWORD);
    await openAndCheck(admin, "/admin", "administration : tableau de bord");
    await openAndCheck(admin, "/admin/utilisateurs?q=Martin", "administration : tableau (utilisateurs)");
    await openAndCheck(admin, "/admin/journal", "administration : tableau (journal)");

    for (const p of [visitor, participant, learner, orga, certif, invigilator, admin]) await p.context().close();
    assert.deepEqual(problems, [], problems.join("\n\n"));
  });
});

describe("summary", () => {
  test("prints the figures of the checks", async () => {
    // how many axe rules the WCAG 2.1 A and AA tags select (those expectNoAxeViolation runs)
    const page = await (await newContext(browser, { javaScript: true })).newPage();
    await page.goto(`${server.url}/accessibilite`);
    await page.evaluate(fs.readFileSync(nodePath.join(process.cwd(), "node_modules", "axe-core", "axe.min.js"), "utf8"));
    const rules = await page.evaluate(async () => {
      type Result = { id: string };
      const w = window as unknown as { axe: { version: string; run: (ctx: Document, o: unknown) => Promise<Record<"violations" | "passes" | "incomplete" | "inapplicable", Result[]>> } };
      const r = await w.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
      return { version: w.axe.version, count: new Set([...r.violations, ...r.passes, ...r.incomplete, ...r.inapplicable].map((x) => x.id)).size };
    });
    await page.context().close();
    console.log(
      [
        "[a11y] ===== Résumé des vérifications d'accessibilité =====",
        `[a11y] axe-core ${rules.version} : ${rules.count} règles WCAG 2.1 A et AA`,
        `[a11y] types de pages vérifiés (axe + largeur 320 px et 640 px) : ${summary.pageTypes.length}, violations axe : 0`,
        ...summary.pageTypes.map((t) => `[a11y]   - ${t}`),
        `[a11y] parcours au clavier réussis : ${summary.keyboardJourneys} sur 4 (ABC Diag et test de compétence, JavaScript activé et désactivé)`,
        `[a11y] touches pressées : ${summary.keyboardSteps} ; lien d'évitement premier arrêt vérifié sur ${summary.skipLinkChecks} pages`,
      ].join("\n"),
    );
    // the accessibility statement never claims more than this run checked
    const claimed = ACCESSIBILITY_CHECKS;
    assert.equal(claimed.axeVersion, rules.version, "lib/site/accessibility-checks.ts : version d'axe");
    assert.equal(claimed.axeRules, rules.count, "lib/site/accessibility-checks.ts : nombre de règles");
    assert.ok(claimed.pageTypesAxe <= summary.pageTypes.length && claimed.pageTypesReflow <= summary.pageTypes.length, "lib/site/accessibility-checks.ts : types de pages");
    assert.ok(claimed.keyboardJourneys.reduce((n, j) => n + j.runs, 0) <= summary.keyboardJourneys, "lib/site/accessibility-checks.ts : parcours au clavier");
  });
});
