// Solutions never reach the browser (issue 5), checked on live HTTP responses: during journeys
// with JavaScript off, every challenge page served is read whole, as sent (HTML with the
// framework's embedded RSC data, `self.__next_f.push`), and also as the RSC payload a client-side
// navigation would fetch. None may hold the challenge's accepted answers, near misses,
// explanation, or a correctness flag; option values are opaque (not the proposal texts or ids,
// not "true"). tests/assessments/no-solution.test.tsx checks the component for every challenge;
// this checks what the running app really sends.
//
// The challenge is identified by the form's hidden `challengeId` field, which the form needs to
// post anyway: an id such as "ch-rechercheWeb2-a" names the skill and its level, not the answer,
// and the server refuses an answer to any challenge but the one it served. The test checks that
// the id holds none of the secrets either.
import assert from "node:assert/strict";
import path from "node:path";
import { describe, test } from "node:test";
import type { Browser, Page, Response } from "playwright-core";
import { opaqueProposalValues } from "@/lib/assessments/challenge-view";
import { getContentIndex } from "@/lib/content";
import type { Challenge, ChallengeType } from "@/lib/content/types";
import { answerShown, continueToQuestion, readQuestion, type AnswerMode } from "./support/answers";
import { newContext } from "./support/browser";
import { freshEmail, signUpViaForm, submit } from "./support/flows";
import { containsWord, embeddedFlight, FORBIDDEN_KEYS, flightKeys, flightStrings, htmlReadable, otherInlineScripts, publicTextsOf, secretsOf, sourceWording } from "./support/leaks";
import type { TestServer } from "./support/server";
import { withAppAndBrowser } from "./support/suite";

let server: TestServer;
let browser: Browser;

withAppAndBrowser((s, b) => {
  server = s;
  browser = b;
});

const REQUIRED: ChallengeType[] = ["QCU", "QCM", "QROC", "QROCM-ind", "QROCM-dep"];

/** 1.1 first (the journey of issue 5), then competences whose content has the other types, until each type was served. */
const COMPETENCES = ["1.1", "3.4", "4.2", "1.3", "2.1", "1.2", "4.2", "1.3", "1.1", "2.1", "4.2", "1.3"];

/** Attributes of every <input> of the HTML, in order. */
function inputs(html: string): Record<string, string>[] {
  return [...html.matchAll(/<input\b([^>]*)>/gi)].map((m) => Object.fromEntries([...m[1]!.matchAll(/([\w:-]+)(?:="([^"]*)")?/g)].map((a) => [a[1]!.toLowerCase(), a[2] ?? ""])));
}

function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

type Served = { challenge: Challenge; html: string; rsc: string; assessmentId: string; chrome: string };

/** Every check on one served challenge page. Returns the number of secrets looked for. */
/** No accepted answer, near miss, explanation or simulator goal in any of the readable parts. Returns the number of secrets looked for. */
function assertNoSecret(where: string, c: Challenge, chrome: string, readable: [string, string][]): number {
  const allowed = `${publicTextsOf(c)}\n${chrome}`;
  const secrets = secretsOf(c).filter((s) => !containsWord(allowed, s));
  for (const s of secrets) {
    for (const [part, text] of [...readable, ["identifiant", c.id] as [string, string]]) {
      if (!containsWord(text, s)) continue;
      const at = text.toLowerCase().indexOf(s.toLowerCase());
      assert.fail(`${where} : « ${s} » se trouve dans ${part} : …${text.slice(Math.max(0, at - 120), at + s.length + 60)}…`);
    }
  }
  return secrets.length;
}

/** No prop that carries a solution or a correctness flag. */
function assertNoForbiddenKey(where: string, flights: string[]): void {
  for (const f of flights) for (const k of flightKeys(f)) assert.ok(!FORBIDDEN_KEYS.test(k), `${where} : clé « ${k} » dans les données RSC`);
}

/** Option values: one per proposal, the opaque ids of this assessment, not a text, an id of the file or "true". */
function assertOpaqueOptions(where: string, c: Challenge, assessmentId: string, found: string[]): void {
  const values = opaqueProposalValues(assessmentId, c);
  assert.equal(found.length, c.proposals.length, `${where} : une case par proposition`);
  assert.deepEqual(new Set(found), new Set(values.values()), `${where} : les valeurs sont les identifiants opaques de cette évaluation`);
  for (const v of found) {
    assert.match(v, /^r[0-9a-z]+$/, `${where} : valeur opaque`);
    assert.ok(!["true", "false", "1", "0", "on", "ok", "vrai"].includes(v.toLowerCase()), `${where} : valeur « ${v} »`);
    assert.ok(!c.proposals.some((p) => p.id === v || p.text === v), `${where} : la valeur « ${v} » est un id ou un texte de proposition`);
  }
}

/** The right proposal's value is not repeated anywhere (a flag, a hint) more than the others'. */
function assertEvenValues(where: string, c: Challenge, assessmentId: string, part: string, text: string): void {
  const counts = new Set([...opaqueProposalValues(assessmentId, c).values()].map((v) => count(text, v)));
  assert.ok(counts.size <= 1, `${where} : chaque valeur apparaît autant de fois dans ${part}`);
}

/** Every check on one challenge page served as HTML, and on its RSC payload. Returns the number of secrets looked for. */
function checkServed({ challenge: c, html, rsc, assessmentId, chrome }: Served): number {
  const where = `${c.id} (${c.type})`;
  const embedded = embeddedFlight(html);
  assert.ok(embedded.length > 1000, `${where} : la page contient les données RSC du framework`);
  assert.ok(rsc.length > 1000, `${where} : la charge RSC seule est lue`);
  const n = assertNoSecret(where, c, chrome, [
    ["HTML", htmlReadable(html)],
    ["données RSC de la page", flightStrings(embedded).join("\n")],
    ["réponse RSC", flightStrings(rsc).join("\n")],
    ["autres scripts", otherInlineScripts(html).join("\n")],
  ]);
  assertNoForbiddenKey(where, [embedded, rsc]);
  assert.doesNotMatch(html, /\sdata-(correct|solution|right|answer|expected|good)\b/i, `${where} : attribut de correction dans le HTML`);
  const all = inputs(html);
  const options = all.filter((i) => i.name === "reponse" || i.name === "reponses");
  assertOpaqueOptions(where, c, assessmentId, options.map((o) => o.value!));
  for (const o of options) assert.ok(!("checked" in o), `${where} : aucune case cochée d'avance`);
  for (const f of all.filter((i) => i.name?.startsWith("rep_"))) assert.ok(!("value" in f) || f.value === "", `${where} : le champ ${f.name} est vide`);
  assertEvenValues(where, c, assessmentId, "le HTML", html);
  assertEvenValues(where, c, assessmentId, "la réponse RSC", rsc);
  return n;
}

/**
 * The checks are not blind: the same page with a secret slipped in (hidden HTML text, an RSC
 * prop, a telling option value) must fail them. Run once per challenge type.
 */
function checkTheChecks(served: Served): void {
  const c = served.challenge;
  const secret = secretsOf(c).find((s) => !containsWord(`${publicTextsOf(c)}\n${served.chrome}`, s));
  const tampered: [string, Served][] = [
    ["RSC prop", { ...served, rsc: `${served.rsc}\n99:{"correct":true}\n` }],
    // on the answer's fieldset, or on a simulator's frame (its task has no fieldset)
    ["data attribute", { ...served, html: served.html.replace(/<(fieldset|iframe)/, '<$1 data-solution=""') }],
  ];
  if (secret) {
    tampered.push(["hidden HTML", { ...served, html: served.html.replace("</main>", `<p hidden>${secret.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p></main>`) }]);
    tampered.push(["RSC text", { ...served, rsc: `${served.rsc}\n99:["$","p",null,{"children":${JSON.stringify(secret)}}]\n` }]);
  }
  const [first] = served.html.match(/name="reponses?" value="r[0-9a-z]+"/) ?? [];
  if (first) tampered.push(["option value", { ...served, html: served.html.replace(first, first.replace(/value="[^"]*"/, 'value="true"')) }]);
  for (const [what, t] of tampered) assert.throws(() => checkServed(t), assert.AssertionError, `${c.id} : une fuite (${what}) passerait inaperçue`);
}

/** The main document's raw response for each navigation to a challenge page, read as it arrives. */
function captureChallengeResponses(page: Page): { last: () => Promise<string> | undefined; reset: () => void } {
  let body: Promise<string> | undefined;
  page.on("response", (r: Response) => {
    const req = r.request();
    if (req.isNavigationRequest() && req.frame() === page.mainFrame() && r.status() === 200 && new URL(r.url()).pathname.endsWith("/evaluation")) body = r.text();
  });
  return { last: () => body, reset: () => (body = undefined) };
}

/**
 * The texts every page of the learner's layout carries, as this learner gets them: a page that
 * does not exist has the layout (header, menu, footer) and, in its RSC data, the not-found and
 * error boundaries, and nothing else.
 */
async function layoutTexts(page: Page): Promise<string> {
  const res = await page.context().request.get(new URL("/competences/0.0", page.url()).toString());
  assert.equal(res.status(), 404);
  const html = await res.text();
  return `${htmlReadable(html)}\n${flightStrings(embeddedFlight(html)).join("\n")}`;
}

/** The challenge page's fixed wording, from its source and its components' (see sourceWording). */
const PAGE_WORDING = sourceWording(path.join("app", "(learner)", "competences", "[code]", "evaluation", "page.tsx"));

/** What every challenge page of a competence may show besides the challenge: layout, page wording, the competence. */
function chromeFor(layout: string, code: string): string {
  const c = getContentIndex().competenceByCode.get(code)!;
  return `${layout}\n${PAGE_WORDING}\n${c.code} ${c.name}`;
}

const pathOf = (page: Page) => new URL(page.url()).pathname;

describe("no solution in the live HTTP responses of challenge pages, JavaScript off", () => {
  test("every challenge page served in 1.1 (and other competences until QCU, QCM, QROC, QROCM-ind and QROCM-dep are covered)", async (t) => {
    const index = getContentIndex();
    const checkedTypes = new Map<ChallengeType, number>();
    let pages = 0;
    let secretsLookedFor = 0;
    const journeys: string[] = [];
    for (const [j, code] of COMPETENCES.entries()) {
      // PIX_E2E_ALL_JOURNEYS=1 runs the whole list (more pages read) instead of stopping once every type was seen
      if (j > 0 && REQUIRED.every((ty) => checkedTypes.has(ty)) && !process.env.PIX_E2E_ALL_JOURNEYS) break;
      const ctx = await newContext(browser, { javaScript: false });
      const page = await ctx.newPage();
      const captured = captureChallengeResponses(page);
      await signUpViaForm(page, server.url, { firstName: "Léa", lastName: "Garnier", email: freshEmail(`fuite-${code}`), password: "Velo-Rouge-42" });
      await page.goto(`${server.url}/competences/${code}`);
      await submit(page, "Commencer", { to: new RegExp(`/competences/${code.replace(".", "\\.")}/evaluation$`) });
      const layout = await layoutTexts(page);
      let answered = 0;
      for (let step = 0; step < 80; step++) {
        const p = pathOf(page);
        if (p.endsWith("/resultat")) break;
        if (!p.endsWith("/evaluation")) {
          captured.reset();
          await continueToQuestion(page);
          continue;
        }
        const body = captured.last();
        assert.ok(body, `réponse brute de ${page.url()} capturée`);
        const html = await body;
        const shown = await readQuestion(page);
        const challenge = index.challengeById.get(shown.challengeId)!;
        assert.ok(html.includes(`value="${shown.challengeId}"`), "le HTML capturé est celui de la question affichée");
        const res = await ctx.request.get(page.url(), { headers: { RSC: "1" } });
        assert.equal(res.status(), 200);
        assert.match(res.headers()["content-type"] ?? "", /text\/x-component/);
        const rsc = await res.text();
        assert.ok(rsc.includes(shown.challengeId), "la réponse RSC est celle de la même question");
        const chrome = chromeFor(layout, code);
        const served: Served = { challenge, html, rsc, assessmentId: shown.assessmentId, chrome };
        secretsLookedFor += checkServed(served);
        if (!checkedTypes.has(challenge.type)) checkTheChecks(served);
        checkedTypes.set(challenge.type, (checkedTypes.get(challenge.type) ?? 0) + 1);
        pages += 1;
        // mostly right (to climb to the harder questions), some wrong, one skipped
        const mode: AnswerMode = answered === 2 ? "skip" : answered % 4 === 1 ? "wrong" : "right";
        captured.reset();
        await answerShown(page, mode);
        answered += 1;
      }
      journeys.push(`${code} (${answered} réponses)`);
      await ctx.close();
    }
    const summary = REQUIRED.map((ty) => `${ty} ×${checkedTypes.get(ty) ?? 0}`).join(", ");
    t.diagnostic(`parcours : ${journeys.join(", ")} ; ${pages} pages de question lues (HTML + RSC) ; ${secretsLookedFor} secrets cherchés ; types : ${summary}`);
    for (const ty of REQUIRED) assert.ok(checkedTypes.has(ty), `aucune question ${ty} servie dans ${journeys.join(", ")}`);
  });
});

/** A response the browser received, read as it arrived. */
type Received = { url: string; method: string; contentType: string; body: Promise<string> };

describe("no solution in the live HTTP responses of challenge pages, JavaScript on", () => {
  test("1.1: every document and RSC response that carries a challenge form (pages, client navigations, answer actions) holds no solution", async (t) => {
    const index = getContentIndex();
    const ctx = await newContext(browser, { javaScript: true });
    const page = await ctx.newPage();
    const received: Received[] = [];
    // documents: read from the browser's response
    page.on("response", (r: Response) => {
      const contentType = r.headers()["content-type"] ?? "";
      if (!r.request().isNavigationRequest() || !contentType.includes("text/html") || r.status() >= 300) return;
      received.push({ url: r.url(), method: r.request().method(), contentType, body: r.text() });
    });
    // the router's RSC fetches and the actions' answers are streamed: the browser does not keep
    // their bodies, so they go through the test, which passes the server's answer on unchanged
    await page.route(
      (url) => url.origin === server.url,
      async (route) => {
        const req = route.request();
        const headers = req.headers();
        if (req.isNavigationRequest() || !(headers["rsc"] || headers["next-action"])) return route.continue();
        try {
          const res = await route.fetch({ maxRedirects: 0 });
          const body = await res.text();
          const contentType = res.headers()["content-type"] ?? "";
          if (contentType.includes("text/x-component") && res.status() < 300) received.push({ url: req.url(), method: req.method(), contentType, body: Promise.resolve(body) });
          await route.fulfill({ response: res, body });
        } catch {
          // the page moved on or closed while a prefetch was in flight
          await route.abort().catch(() => {});
        }
      },
    );
    await signUpViaForm(page, server.url, { firstName: "Hugo", lastName: "Lambert", email: freshEmail("fuite-js"), password: "Velo-Rouge-42" });
    await page.goto(`${server.url}/competences/1.1`);
    await submit(page, "Commencer", { to: /\/competences\/1\.1\/evaluation$/ });
    const shownIds: string[] = [];
    let answered = 0;
    for (let step = 0; step < 80; step++) {
      const p = pathOf(page);
      if (p.endsWith("/resultat")) break;
      if (!p.endsWith("/evaluation")) {
        // a client-side navigation, as a learner's click would do: the question comes as RSC data
        const name = p.endsWith("/niveau-gagne") ? "Continuer" : (await page.getByRole("link", { name: "Voir mon résultat" }).count()) ? "Voir mon résultat" : "Continuer le test";
        await page.getByRole("link", { name }).first().click();
        await page.waitForURL((u) => u.pathname !== p, { timeout: 15_000 });
        await page.waitForLoadState("networkidle");
        continue;
      }
      const shown = await readQuestion(page);
      shownIds.push(shown.challengeId);
      const mode: AnswerMode = answered === 2 ? "skip" : answered % 4 === 1 ? "wrong" : "right";
      await answerShown(page, mode);
      answered += 1;
      // the client updates the address and the page after the action: wait until this question is gone
      await page.waitForFunction(
        (n) => !location.pathname.endsWith("/evaluation") || (document.querySelector("h1")?.textContent ?? "").trim() !== `Question ${n}`,
        shown.number,
        { timeout: 15_000 },
      );
      await page.waitForLoadState("networkidle");
    }
    assert.ok(pathOf(page).endsWith("/resultat"), `le test ne s'est pas terminé (${page.url()})`);
    const chrome = chromeFor(await layoutTexts(page), "1.1");

    const checked = { html: 0, rsc: 0, action: 0 };
    const servedIds = new Set<string>();
    for (const r of received) {
      const body = await r.body;
      const isHtml = r.contentType.includes("text/html");
      const flight = isHtml ? embeddedFlight(body) : body;
      const id = (isHtml ? body.match(/name="challengeId" value="([^"]+)"/) : flight.match(/"name":"challengeId","value":"([^"]+)"/))?.[1];
      if (!id) continue;
      const assessmentId = (isHtml ? body.match(/name="assessmentId" value="([^"]+)"/) : flight.match(/"name":"assessmentId","value":"([^"]+)"/))?.[1];
      assert.ok(assessmentId, `${r.url} : identifiant d'évaluation`);
      const c = index.challengeById.get(id)!;
      const where = `${c.id} (${c.type}, ${r.method} ${new URL(r.url).pathname} ${isHtml ? "HTML" : "RSC"})`;
      const readable: [string, string][] = [["données RSC", flightStrings(flight).join("\n")]];
      if (isHtml) readable.push(["HTML", htmlReadable(body)], ["autres scripts", otherInlineScripts(body).join("\n")]);
      assertNoSecret(where, c, chrome, readable);
      assertNoForbiddenKey(where, [flight]);
      assert.doesNotMatch(flight, /"(defaultChecked|checked)":true/, `${where} : aucune case cochée d'avance`);
      const options = isHtml
        ? inputs(body).filter((i) => i.name === "reponse" || i.name === "reponses").map((i) => i.value!)
        : [...flight.matchAll(/"name":"reponses?","value":"([^"]*)"/g)].map((m) => m[1]!);
      assertOpaqueOptions(where, c, assessmentId, options);
      assertEvenValues(where, c, assessmentId, "la réponse", body);
      servedIds.add(id);
      if (isHtml) checked.html += 1;
      else if (r.method === "POST") checked.action += 1;
      else checked.rsc += 1;
    }
    for (const id of shownIds) assert.ok(servedIds.has(id), `la question ${id} affichée a été lue dans une réponse`);
    assert.ok(checked.action > 0, "les réponses des actions (question suivante) sont lues");
    await page.unrouteAll({ behavior: "ignoreErrors" });
    t.diagnostic(`${answered} réponses ; réponses HTTP lues portant une question : ${checked.html} HTML, ${checked.rsc} RSC (navigation), ${checked.action} RSC d'action (POST) ; ${servedIds.size} questions distinctes`);
    await ctx.close();
  });
});
