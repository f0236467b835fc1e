import { rechercheSimulator as sim } from ".";
import type { Action, Scenario, State } from "./schemas";

const scenario: Scenario = sim.scenarioSchema.parse({});
const withQuery = (q: string): Scenario => sim.scenarioSchema.parse({ query: q });
const run = (actions: Action[], sc: Scenario = scenario): State => actions.reduce((s, a) => sim.reduce(s, a, sc), sim.initialState(sc));
const parse = (input: Record<string, string>) => sim.actionSchema.parse(input);

describe("initial state", () => {
  test("starts on the home page, nothing searched", () => {
    expect(sim.initialState(scenario)).toMatchObject({ screen: "home", query: "", queries: [], visited: [], chosen: null });
  });
  test("a scenario's query starts on its results, without counting as the learner's search", () => {
    expect(sim.initialState(withQuery("avocat"))).toMatchObject({ screen: "results", query: "avocat", queries: [] });
  });
});

describe("actions as forms post them", () => {
  test.each([
    [{ op: "search", q: "acte" }],
    [{ op: "results", n: "2" }],
    [{ op: "open", page: "sp-acte-naissance" }],
    [{ op: "follow", page: "mairie-etat-civil" }],
    [{ op: "back" }],
    [{ op: "choose", page: "sp-acte-naissance" }],
  ])("%j parses", (input) => {
    expect(sim.actionSchema.safeParse(input).success).toBe(true);
  });
  test.each([[{ op: "results", n: "deux" }], [{ op: "open" }], [{ op: "fly" }], [{ op: "search", q: "x".repeat(2001) }]])("%j is refused", (input) => {
    expect(sim.actionSchema.safeParse(input).success).toBe(false);
  });
});

describe("reduce", () => {
  test("a search records the query (spaces tidied) and shows page 1 of its results", () => {
    const s = run([parse({ op: "search", q: "  acte   de naissance " })]);
    expect(s).toMatchObject({ screen: "results", query: "acte de naissance", queries: ["acte de naissance"], resultsPage: 1, error: null });
  });

  test.each([
    ["an empty query", "   ", "Écrivez au moins un mot"],
    ["only small words", "le de la", "trop courts"],
  ])("%s is refused with a message, nothing recorded", (_name, q, message) => {
    const s = run([parse({ op: "search", q })]);
    expect(s.screen).toBe("home");
    expect(s.queries).toEqual([]);
    expect(s.error).toContain(message);
    expect(run([parse({ op: "search", q }), parse({ op: "search", q: "bus" })]).error).toBeNull();
  });

  test("opening a result records the visit; back returns to the results", () => {
    const s = run([parse({ op: "search", q: "acte de naissance" }), parse({ op: "open", page: "fake-acte-naissance" })]);
    expect(s).toMatchObject({ screen: "page", trail: ["fake-acte-naissance"], visited: ["fake-acte-naissance"] });
    expect(sim.reduce(s, parse({ op: "back" }), scenario)).toMatchObject({ screen: "results", trail: [], visited: ["fake-acte-naissance"] });
  });

  test("an advertisement can be opened", () => {
    expect(run([parse({ op: "open", page: "ad-pharmacie" })], withQuery("pharmacie de garde")).visited).toEqual(["ad-pharmacie"]);
  });

  test("links inside a page are followed, back goes to the previous page then to the results", () => {
    const s = run([parse({ op: "search", q: "acte de naissance" }), parse({ op: "open", page: "sp-acte-naissance" }), parse({ op: "follow", page: "mairie-etat-civil" })]);
    expect(s).toMatchObject({ trail: ["sp-acte-naissance", "mairie-etat-civil"], visited: ["sp-acte-naissance", "mairie-etat-civil"] });
    const b1 = sim.reduce(s, parse({ op: "back" }), scenario);
    expect(b1).toMatchObject({ screen: "page", trail: ["sp-acte-naissance"] });
    expect(sim.reduce(b1, parse({ op: "back" }), scenario)).toMatchObject({ screen: "results" });
  });

  test("choosing marks the page shown; choosing another page replaces it", () => {
    const s = run([parse({ op: "search", q: "acte de naissance" }), parse({ op: "open", page: "fake-acte-naissance" }), parse({ op: "choose", page: "fake-acte-naissance" })]);
    expect(s.chosen).toBe("fake-acte-naissance");
    const s2 = [parse({ op: "back" }), parse({ op: "open", page: "sp-acte-naissance" }), parse({ op: "choose", page: "sp-acte-naissance" })].reduce((x, a) => sim.reduce(x, a, scenario), s);
    expect(s2.chosen).toBe("sp-acte-naissance");
  });

  test("pages of results", () => {
    const s = run([parse({ op: "results", n: "2" })], withQuery("avocat"));
    expect(s.resultsPage).toBe(2);
    expect(sim.reduce(s, parse({ op: "results", n: "9" }), withQuery("avocat")).resultsPage).toBe(2);
  });

  test.each<[string, Action[], Scenario?]>([
    ["open on the home page", [{ op: "open", page: "sp-acte-naissance" }]],
    ["open a page that is not in the results", [{ op: "search", q: "pharmacie" }, { op: "open", page: "sp-acte-naissance" }]],
    ["open an unknown page", [{ op: "search", q: "pharmacie" }, { op: "open", page: "nope" }]],
    ["follow a link the page does not have", [{ op: "search", q: "acte naissance" }, { op: "open", page: "fake-acte-naissance" }, { op: "follow", page: "sp-acte-naissance" }]],
    ["follow a link to a page outside the scenario", [{ op: "search", q: "acte naissance" }, { op: "open", page: "sp-acte-naissance" }, { op: "follow", page: "mairie-etat-civil" }], sim.scenarioSchema.parse({ pages: ["sp-acte-naissance"] })],
    ["choose a page that is not shown", [{ op: "search", q: "acte naissance" }, { op: "choose", page: "sp-acte-naissance" }]],
    ["back on the results", [{ op: "search", q: "acte naissance" }, { op: "back" }]],
    ["go to a page of results that does not exist", [{ op: "search", q: "acte naissance" }, { op: "results", n: "0" }]],
  ])("a form that does not fit the screen changes nothing: %s", (_name, actions, sc = scenario) => {
    const before = run(actions.slice(0, -1), sc);
    expect(sim.reduce(before, actions.at(-1)!, sc)).toEqual(before);
  });
});

describe("reachesGoal", () => {
  const sc = scenario;
  const s = run([
    parse({ op: "search", q: "acte de naissance" }),
    parse({ op: "open", page: "fake-acte-naissance" }),
    parse({ op: "back" }),
    parse({ op: "search", q: "Recettes d'avocat" }),
    parse({ op: "search", q: "acte naissance gratuit" }),
    parse({ op: "open", page: "sp-acte-naissance" }),
    parse({ op: "choose", page: "sp-acte-naissance" }),
  ]);
  const goal = (g: unknown) => sim.goalSchema.parse(g);
  test.each<[unknown, boolean]>([
    [{ chosen: "sp-acte-naissance" }, true],
    [{ chosen: ["mairie-etat-civil", "sp-acte-naissance"] }, true],
    [{ chosen: "fake-acte-naissance" }, false],
    [{ opened: ["fake-acte-naissance", "sp-acte-naissance"] }, true],
    [{ opened: ["ad-acte-naissance"] }, false],
    [{ notOpened: ["ad-acte-naissance"] }, true],
    [{ notOpened: ["ad-acte-naissance", "fake-acte-naissance"] }, false],
    [{ searched: { includes: ["recette", "AVOCATS"] } }, true],
    [{ searched: { includes: ["naissance"], includesAny: ["gratuit", "gratuite"] } }, true],
    [{ searched: { includes: ["avocat"], includesAny: ["gratuit"] } }, false],
    [{ searched: { includesAny: ["mairie"] } }, false],
    [{ lastPage: "sp-acte-naissance" }, true],
    [{ lastPage: "fake-acte-naissance" }, false],
    [{ chosen: "sp-acte-naissance", notOpened: ["fake-acte-naissance"] }, false],
  ])("%j → %s", (g, expected) => {
    expect(sim.reachesGoal(goal(g), s, sc)).toBe(expected);
  });

  test("the initial state reaches no goal", () => {
    expect(sim.reachesGoal(goal({ chosen: "sp-acte-naissance" }), sim.initialState(sc), sc)).toBe(false);
  });

  test("lastPage is false once back on the results", () => {
    expect(sim.reachesGoal(goal({ lastPage: "sp-acte-naissance" }), sim.reduce(s, parse({ op: "back" }), sc), sc)).toBe(false);
  });

  test.each([[{}], [{ chosen: "nope" }], [{ searched: {} }], [{ searched: { includes: ["le"] } }], [{ visited: ["x"] }]])("goal %j is refused", (g) => {
    expect(sim.goalSchema.safeParse(g).success).toBe(false);
  });

  test.each([[{ pages: ["nope"] }], [{ pages: [] }], [{ query: " " }], [{ other: 1 }]])("scenario %j is refused", (sc2) => {
    expect(sim.scenarioSchema.safeParse(sc2).success).toBe(false);
  });
});
