import { readFileSync } from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import { toHtmlString, unsafeRaw } from "../html";
import { replay, toActionInput } from "../replay";
import type { RenderContext } from "../types";
import { gestesSimulator as sim } from "./index";
import type { Action, Goal, Scenario, State } from "./schemas";

const click: Scenario = sim.scenarioSchema.parse({
  exercise: "click",
  title: "Appel",
  window: "Visio",
  buttons: [
    { id: "ok", label: "Rejoindre", big: true },
    { id: "non", label: "Quitter" },
  ],
});
const desk: Scenario = sim.scenarioSchema.parse({
  exercise: "dblclick",
  title: "Bureau",
  icons: [
    { id: "photos", label: "Photos", kind: "folder", contents: ["Noël.jpg"] },
    { id: "docs", label: "Documents", kind: "folder" },
  ],
});
const sort: Scenario = sim.scenarioSchema.parse({
  exercise: "drag",
  title: "Trier",
  items: [
    { id: "a", label: "Facture.pdf", kind: "file" },
    { id: "b", label: "Plage.jpg", kind: "image" },
  ],
  zones: [
    { id: "papiers", label: "Papiers", kind: "folder" },
    { id: "photos", label: "Photos", kind: "folder" },
  ],
});
const page: Scenario = sim.scenarioSchema.parse({
  exercise: "scroll",
  title: "Mairie",
  sections: [
    { heading: "Un", text: "Texte un." },
    { heading: "Deux", text: "Texte deux.", button: { id: "leurre", label: "Autre" } },
    { heading: "Trois", text: "Texte trois.", button: { id: "cible", label: "Le bon" } },
  ],
});
const typing: Scenario = sim.scenarioSchema.parse({ exercise: "type", title: "Écrire", model: "Bonjour, à demain.", label: "Votre message" });
const paste: Scenario = sim.scenarioSchema.parse({ exercise: "paste", title: "Copier", sourceLabel: "Message", source: "Dossier :\nAB-12", label: "Numéro" });

function run(scenario: Scenario, actions: Record<string, string>[]): State {
  let state = sim.initialState(scenario);
  for (const a of actions) state = sim.reduce(state, sim.actionSchema.parse(a) as Action, scenario);
  return state;
}
const goal = (g: unknown): Goal => sim.goalSchema.parse(g);
const ready = { op: "ready" };

describe("schemas", () => {
  test("a scenario with the same id twice is refused", () => {
    expect(sim.scenarioSchema.safeParse({ exercise: "click", title: "T", window: "W", buttons: [{ id: "a", label: "A" }, { id: "a", label: "B" }] }).success).toBe(false);
  });
  test("a scroll page needs a button", () => {
    expect(sim.scenarioSchema.safeParse({ exercise: "scroll", title: "T", sections: [1, 2, 3].map((i) => ({ heading: `H${i}`, text: "t" })) }).success).toBe(false);
  });
  test("a goal needs something to check", () => {
    expect(sim.goalSchema.safeParse({ maxMisses: 2 }).success).toBe(false);
    expect(sim.goalSchema.safeParse({ dropped: {} }).success).toBe(false);
    expect(sim.goalSchema.safeParse({ clicked: "ok" }).success).toBe(true);
  });
  test("actions: numbers arrive as text, input defaults to pointer, long texts are refused", () => {
    expect(sim.actionSchema.parse({ op: "typed", text: "x", keys: "12", fixes: "3" })).toEqual({ op: "typed", text: "x", keys: 12, fixes: 3 });
    expect(sim.actionSchema.parse({ op: "click", target: "ok" })).toEqual({ op: "click", target: "ok", input: "pointer" });
    expect(sim.actionSchema.safeParse({ op: "typed", text: "x".repeat(2001) }).success).toBe(false);
    expect(sim.actionSchema.safeParse({ op: "click", target: "ok", input: "voice" }).success).toBe(false);
    expect(sim.actionSchema.safeParse({ op: "explode" }).success).toBe(false);
  });
});

describe("reduce", () => {
  test("records which input was used", () => {
    const s = run(click, [ready, { op: "click", target: "ok", input: "keyboard" }]);
    expect(s.clicked).toEqual({ id: "ok", input: "keyboard" });
    expect(s.used).toEqual({ pointer: 0, keyboard: 1 });
  });
  test("ignores ids the scenario does not have, and gestures of another exercise", () => {
    const s0 = run(click, [ready]);
    expect(run(click, [ready, { op: "click", target: "nope" }])).toEqual(s0);
    expect(run(click, [ready, { op: "dblclick", item: "ok" }])).toEqual(s0);
    expect(run(sort, [ready, { op: "drop", item: "a", zone: "nowhere" }]).placed).toEqual({});
    expect(run(click, [ready, { op: "typed", text: "x" }]).typed).toBeNull();
  });
  test("a paste counts as from the page only if the same text was copied in the page", () => {
    expect(run(paste, [ready, { op: "paste", text: "AB-12", from: "page" }]).pasted?.fromPage).toBe(false);
    expect(run(paste, [ready, { op: "copy", text: "AB-12 " }, { op: "paste", text: "AB-12", from: "page" }]).pasted?.fromPage).toBe(true);
    expect(run(paste, [ready, { op: "copy", text: "AB-12" }, { op: "paste", text: "AB-12", from: "other" }]).pasted?.fromPage).toBe(false);
  });
  test("played is false until the script said it is ready", () => {
    expect(sim.played!(run(click, [{ op: "click", target: "ok" }]))).toBe(false);
    expect(sim.played!(run(click, [ready]))).toBe(true);
  });
});

describe("reachesGoal", () => {
  const cases: [string, Scenario, unknown, Record<string, string>[], boolean][] = [
    ["click the target", click, { clicked: "ok" }, [ready, { op: "miss" }, { op: "click", target: "ok" }], true],
    ["click without the script", click, { clicked: "ok" }, [{ op: "click", target: "ok" }], false],
    ["click another button", click, { clicked: "ok" }, [ready, { op: "click", target: "non" }], false],
    ["the last click counts", click, { clicked: "ok" }, [ready, { op: "click", target: "ok" }, { op: "click", target: "non" }], false],
    ["too many misses", click, { clicked: "ok", maxMisses: 1 }, [ready, { op: "miss" }, { op: "miss" }, { op: "click", target: "ok" }], false],
    ["open by double-click", desk, { doubleClicked: "photos" }, [ready, { op: "dblclick", item: "photos" }], true],
    ["open by Entrée", desk, { doubleClicked: "photos" }, [ready, { op: "dblclick", item: "photos", input: "keyboard" }], true],
    ["open the wrong folder", desk, { doubleClicked: "photos" }, [ready, { op: "dblclick", item: "docs" }], false],
    ["sort both", sort, { dropped: { a: "papiers", b: "photos" } }, [ready, { op: "drop", item: "a", zone: "papiers" }, { op: "drop", item: "b", zone: "photos", input: "keyboard" }], true],
    ["sort one only", sort, { dropped: { a: "papiers", b: "photos" } }, [ready, { op: "drop", item: "a", zone: "papiers" }], false],
    ["sort and fix a mistake", sort, { dropped: { a: "papiers" } }, [ready, { op: "drop", item: "a", zone: "photos" }, { op: "drop", item: "a", zone: "papiers" }], true],
    ["found after scrolling", page, { found: "cible" }, [ready, { op: "scroll" }, { op: "click", target: "cible" }], true],
    ["found without scrolling", page, { found: "cible" }, [ready, { op: "click", target: "cible" }], false],
    ["the decoy", page, { found: "cible" }, [ready, { op: "scroll" }, { op: "click", target: "leurre" }], false],
    ["typed exactly", typing, { typed: "Bonjour, à demain." }, [ready, { op: "typed", text: "Bonjour, a\u0300 demain." }], true],
    ["typed with a final space, refused", typing, { typed: "Bonjour, à demain." }, [ready, { op: "typed", text: "Bonjour, à demain. " }], false],
    ["typed with a final space, allowed", typing, { typed: "Bonjour, à demain.", ignoreFinalSpaces: true }, [ready, { op: "typed", text: "Bonjour, à demain. " }], true],
    ["typed without accent", typing, { typed: "Bonjour, à demain." }, [ready, { op: "typed", text: "Bonjour, a demain." }], false],
    ["typed by pasting", typing, { typed: "Bonjour, à demain." }, [ready, { op: "typed", text: "Bonjour, à demain.", pasted: "1" }], false],
    ["pasted from the page", paste, { pasted: "AB-12" }, [ready, { op: "copy", text: "AB-12" }, { op: "paste", text: "AB-12", from: "page", value: "AB-12" }], true],
    ["copied too much, trimmed by hand", paste, { pasted: "AB-12" }, [ready, { op: "copy", text: "Dossier :\nAB-12" }, { op: "paste", text: "Dossier :\nAB-12", from: "page", value: "Dossier : AB-12" }, { op: "typed", text: "AB-12" }], true],
    ["typed by hand", paste, { pasted: "AB-12" }, [ready, { op: "typed", text: "AB-12" }], false],
    ["pasted then erased", paste, { pasted: "AB-12" }, [ready, { op: "copy", text: "AB-12" }, { op: "paste", text: "AB-12", from: "page", value: "AB-12" }, { op: "typed", text: "AB-1" }], false],
    ["pasted from elsewhere", paste, { pasted: "AB-12" }, [ready, { op: "paste", text: "AB-12", from: "other", value: "AB-12" }], false],
  ];
  test.each(cases)("%s", (_name, scenario, g, actions, expected) => {
    expect(sim.reachesGoal(goal(g), run(scenario, actions), scenario)).toBe(expected);
  });
  test("the initial state reaches no goal", () => {
    expect(sim.reachesGoal(goal({ clicked: "ok" }), sim.initialState(click), click)).toBe(false);
  });
});

describe("content: every gestes challenge replays", () => {
  const files = ["content/competences/5.2/sourisClavier.yaml", "content/competences/3.1/saisieTexte.yaml"];
  type Ch = { id: string; simulator?: string; scenario: unknown; goal: unknown; walkthrough: Record<string, unknown>[]; wrongPaths: Record<string, unknown>[][] };
  const challenges: Ch[] = files.flatMap((f) => {
    const doc = yaml.load(readFileSync(path.join(process.cwd(), f), "utf8")) as { skills: { challenges: Ch[] }[] };
    return doc.skills.flatMap((s) => s.challenges).filter((c) => c.simulator === "gestes");
  });
  test("there are challenges for each exercise", () => {
    const kinds = new Set(challenges.map((c) => (c.scenario as Scenario).exercise));
    expect([...kinds].sort()).toEqual(["click", "dblclick", "drag", "paste", "scroll", "type"]);
  });
  test.each(challenges.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    const scenario = sim.scenarioSchema.parse(c.scenario);
    const g = sim.goalSchema.parse(c.goal);
    const ok = replay(sim, scenario, c.walkthrough.map(toActionInput));
    if (!ok.ok) throw new Error(`step ${ok.step}: ${ok.problem}`);
    expect(sim.reachesGoal(g, ok.state as State, scenario)).toBe(true);
    expect(sim.reachesGoal(g, sim.initialState(scenario), scenario)).toBe(false);
    const page = sim.render({ state: ok.state as State, scenario, actionUrl: "/simulateur/x/y/z", formFields: unsafeRaw('<input type="hidden" name="seq" value="12">'), downloadUrl: (f) => f, finished: false });
    expect(Buffer.byteLength(toHtmlString(page.body))).toBeLessThan(20_000);
    for (const wrong of c.wrongPaths) {
      const r = replay(sim, scenario, wrong.map(toActionInput));
      expect(r.ok && sim.reachesGoal(g, r.state as State, scenario)).toBe(false);
    }
  });
});

describe("render", () => {
  const ctx = (scenario: Scenario, state: State = sim.initialState(scenario), finished = false): RenderContext<State, Scenario> => ({
    state,
    scenario,
    actionUrl: "/simulateur/a/b/c",
    formFields: unsafeRaw('<input type="hidden" name="seq" value="0">'),
    downloadUrl: (f) => `/dl/${f}`,
    finished,
  });
  const body = (c: RenderContext<State, Scenario>) => toHtmlString(sim.render(c).body);
  const all = [click, desk, sort, page, typing, paste];

  test.each(all.map((s) => [s.exercise, s] as const))("%s: heading, seq field, live region, JavaScript notice, under 20 KB", (_k, s) => {
    const out = body(ctx(s));
    expect(out).toContain("<h1>");
    expect(out).toContain('name="seq"');
    expect(out).toContain('role="status"');
    expect(out).toContain("<noscript>");
    expect(out).toContain("il a besoin de JavaScript");
    expect(out).toContain("« Je valide » ou sur « Je passe »");
    expect(out).toContain(`data-gestes="${s.exercise}"`);
    expect(out.match(/<main/g)).toHaveLength(1);
    expect(Buffer.byteLength(out)).toBeLessThan(20_000);
  });
  test("finished: no notice about JavaScript", () => {
    expect(body(ctx(click, sim.initialState(click), true))).not.toContain("<noscript>");
  });
  test("click: real forms, one button per target", () => {
    const out = body(ctx(click));
    expect(out).toContain('<form method="post" action="/simulateur/a/b/c">');
    expect(out).toContain('name="target" value="ok" data-target="ok"');
  });
  test("typing and paste fields have labels", () => {
    expect(body(ctx(typing))).toMatch(/<label for="g-field">Votre message<\/label><input type="text" id="g-field"/);
    const p = body(ctx(paste));
    expect(p).toContain('<label for="g-source">Message</label><textarea id="g-source"');
    expect(p).toContain("data-paste");
  });
  test("texts are escaped", () => {
    const evil = sim.scenarioSchema.parse({ exercise: "type", title: "<script>x</script>", model: '"><img src=x>', label: "L & M" });
    const out = body(ctx(evil, run(evil, [ready, { op: "typed", text: '"><b>' }])));
    expect(out).not.toContain("<script>x");
    expect(out).not.toContain("<img src=x>");
    expect(out).toContain("&lt;script&gt;");
    expect(out).toContain('value="&quot;&gt;&lt;b&gt;"');
    expect(out).toContain("L &amp; M");
  });
  test("the state shows on reload: opened window, items in their zones, done message", () => {
    const d = body(ctx(desk, run(desk, [ready, { op: "dblclick", item: "photos" }])));
    expect(d).toMatch(/id="g-win-photos" data-win tabindex="-1" aria-labelledby="g-wt-photos">/);
    expect(d).toMatch(/id="g-win-docs"[^>]* hidden>/);
    expect(d).toContain("C&#39;est fait.");
    const s = body(ctx(sort, run(sort, [ready, { op: "drop", item: "a", zone: "photos" }])));
    const zone = s.slice(s.indexOf('data-zone="photos"'));
    expect(zone).toContain('data-item="a"');
    expect(s.slice(0, s.indexOf('data-zone="papiers"'))).toContain('data-item="b"');
  });
});
