import { rechercheSimulator as sim } from ".";
import { html, toHtmlString } from "../html";
import { CORPUS } from "./corpus";
import { frenchDate, shortAddress } from "./render";
import type { Scenario, State } from "./schemas";

const ctxFor = (state: State, scenario: Scenario, finished = false) => ({
  state,
  scenario,
  actionUrl: "/simulateur/A1/ch-x",
  formFields: html`<input type="hidden" name="_seq" value="4">`,
  downloadUrl: (f: string) => `/simulateur/A1/ch-x/fichier/${f}`,
  finished,
});
const all: Scenario = sim.scenarioSchema.parse({});
const page = (state: State, scenario: Scenario = all) => toHtmlString(sim.render(ctxFor(state, scenario)).body);
const after = (input: Record<string, string>[], scenario: Scenario = all) =>
  input.reduce((s, a) => sim.reduce(s, sim.actionSchema.parse(a), scenario), sim.initialState(scenario));

function checkDocument(body: string) {
  expect(Buffer.byteLength(body)).toBeLessThan(20_000);
  expect(body.match(/<main/g)).toHaveLength(1);
  expect(body).toMatch(/<h1/);
  const forms = body.match(/<form [^>]*>/g) ?? [];
  expect(body.match(/name="_seq"/g) ?? []).toHaveLength(forms.length);
  for (const f of forms) expect(f).toContain('method="post" action="/simulateur/A1/ch-x"');
  const ids = [...body.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
  expect(new Set(ids).size).toBe(ids.length);
}

describe("helpers", () => {
  test.each([
    ["2019-09-02", "2 septembre 2019"],
    ["2026-04-01", "1er avril 2026"],
    ["2026-12-31", "31 décembre 2026"],
  ])("%s → %s", (iso, text) => expect(frenchDate(iso)).toBe(text));
  test("short address", () => {
    expect(shortAddress("https://www.rivecourt.fr/demarches/etat-civil")).toBe("www.rivecourt.fr › demarches › etat-civil");
    expect(shortAddress("https://www.rivebus.fr")).toBe("www.rivebus.fr");
  });
});

describe("home page", () => {
  test("a labelled search box and a button", () => {
    const body = page(sim.initialState(all));
    checkDocument(body);
    expect(body).toContain('<label for="rch-q">Rechercher sur le web</label>');
    expect(body).toContain('id="rch-q" name="q"');
    expect(body).toContain(">Rechercher</button>");
    expect(body).toContain("https://www.cherchetout.fr");
    expect(sim.render(ctxFor(sim.initialState(all), all)).title).toContain("Cherchetout");
  });

  test("the search form's error is announced and linked to the field", () => {
    const body = page(after([{ op: "search", q: " " }]));
    expect(body).toContain('role="alert" id="rch-q-error"');
    expect(body).toContain('aria-describedby="rch-q-error" aria-invalid="true"');
  });

  test("a refused query stays in the box", () => {
    const body = page(after([{ op: "search", q: "le de la" }]));
    expect(body).toContain('value="le de la"');
    expect(body).toContain("trop courts");
  });
});

describe("results", () => {
  test("advertisements are marked « Annonce » above the results, with a count", () => {
    const body = page(sim.initialState(sim.scenarioSchema.parse({ query: "pharmacie de garde Rivecourt" })));
    checkDocument(body);
    expect(body).toMatch(/Environ \d+ résultats/);
    expect(body.indexOf("Annonce</span>")).toBeGreaterThan(-1);
    expect(body.indexOf("ad-pharmacie")).toBeLessThan(body.indexOf('value="pharmacie-garde"'));
    expect(body).toContain('<span class="visually-hidden">Annonce : </span>Pharmacie ouverte 24 h/24');
    expect(body).toContain("27 novembre 2026");
    expect(body).toContain('value="pharmacie de garde Rivecourt"');
  });

  test("pages of results", () => {
    const sc = sim.scenarioSchema.parse({ query: "avocat" });
    const p1 = page(sim.initialState(sc), sc);
    expect(p1).toContain('aria-label="Pages de résultats"');
    expect(p1).toContain('aria-current="page"');
    expect(p1).toContain("Page suivante");
    const p2 = page(after([{ op: "results", n: "2" }], sc), sc);
    expect(p2).toContain("Page précédente");
    expect(p2).toContain("page 2 sur 2");
    expect(p2).not.toContain("Annonce</span>");
  });

  test("no result", () => {
    const body = page(after([{ op: "search", q: "zzzz" }]));
    expect(body).toContain("Aucun résultat");
  });

  test("the query is escaped everywhere", () => {
    const body = page(after([{ op: "search", q: `<script>alert("x")</script> acte` }]));
    expect(body).not.toContain("<script>");
    expect(body).toContain("&lt;script&gt;");
    expect(sim.render(ctxFor(after([{ op: "search", q: "<b>acte" }]), all)).title).toBe("<b>acte — Recherche Cherchetout");
  });
});

describe("a page opened", () => {
  const opened = after([{ op: "search", q: "acte de naissance" }, { op: "open", page: "sp-acte-naissance" }]);

  test("a browser window with the address, a back button, the page and the answer button", () => {
    const body = page(opened);
    checkDocument(body);
    expect(body).toContain("https://www.service-public.fr/particuliers/vosdroits/acte-naissance");
    expect(body).toContain("Retour aux résultats");
    expect(body).toContain("<h1>Demande d&#39;acte de naissance | Service Public</h1>");
    expect(body).toContain(`name="page" value="sp-acte-naissance">C'est la bonne page</button>`);
    expect(body).toContain('value="follow"');
    expect(body).toContain("Page mise à jour le 12 mars 2026");
  });

  test("after following a link, back says « Page précédente »", () => {
    expect(page(sim.reduce(opened, { op: "follow", page: "mairie-etat-civil" }, all))).toContain("Page précédente");
  });

  test("once chosen, the page says so, and the results remind it", () => {
    const chosen = sim.reduce(opened, { op: "choose", page: "sp-acte-naissance" }, all);
    expect(page(chosen)).toContain("Vous avez choisi cette page comme réponse");
    expect(page(chosen)).not.toContain("C'est la bonne page</button>");
    expect(page(sim.reduce(chosen, { op: "back" }, all))).toContain("Page choisie comme réponse : « Demande d&#39;acte de naissance | Service Public »");
  });

  test("a link to a page outside the scenario is plain text", () => {
    const sc = sim.scenarioSchema.parse({ pages: ["sp-acte-naissance"], query: "acte naissance" });
    const body = page(sim.reduce(sim.initialState(sc), { op: "open", page: "sp-acte-naissance" }, sc), sc);
    expect(body).not.toContain('value="follow"');
    expect(body).toContain("Vous êtes né à Rivecourt ?");
  });

  test.each(CORPUS.map((p) => [p.id]))("%s renders under 20 KB", (id) => {
    const state: State = { screen: "page", query: "x", resultsPage: 1, queries: ["x"], trail: [id], visited: [id], chosen: null, error: null, draft: "" };
    checkDocument(page(state));
  });

  test("finished: the same screen", () => {
    expect(toHtmlString(sim.render(ctxFor(opened, all, true)).body)).toBe(page(opened));
  });
});
