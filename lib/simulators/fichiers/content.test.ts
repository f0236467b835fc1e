// Every `simulator: fichiers` challenge of the content: each step of its walkthrough works
// (no refusal), every screen met is a sound page, the goal is reached only at the end, each
// wrong path fails, and every file offered for download exists.
import fs from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import { html, toHtmlString } from "../html";
import { toActionInput } from "../replay";
import { fichiersSimulator as sim } from "./index";
import { pageProblems } from "./fixture.test-helper";
import type { Scenario } from "./schemas";
import type { State } from "./state";

type Source = { id: string; simulator?: string; scenario?: unknown; goal?: unknown; walkthrough?: Record<string, unknown>[]; wrongPaths?: Record<string, unknown>[][] };

const root = path.join(__dirname, "../../../content");
const challenges: Source[] = [];
for (const file of fs.readdirSync(path.join(root, "competences"), { recursive: true }) as string[]) {
  if (!file.endsWith(".yaml")) continue;
  const doc = yaml.load(fs.readFileSync(path.join(root, "competences", file), "utf8")) as { skills?: { challenges?: Source[] }[] };
  for (const skill of doc.skills ?? []) for (const c of skill.challenges ?? []) if (c.simulator === "fichiers") challenges.push(c);
}

function render(state: State, scenario: Scenario): string {
  const r = sim.render({ state, scenario, actionUrl: "/simulateur/a1/c1", formFields: html`<input type="hidden" name="_n" value="3">`, downloadUrl: (f) => `/d?f=${f}`, finished: false });
  return toHtmlString(r.body);
}

describe("fichiers: content challenges", () => {
  it("there are at least 4 of them", () => {
    expect(challenges.length).toBeGreaterThanOrEqual(4);
  });

  it.each(challenges.map((c) => [c.id, c] as const))("%s plays through", (_id, c) => {
    const scenario = sim.scenarioSchema.parse(c.scenario);
    const goal = sim.goalSchema.parse(c.goal);
    let state = sim.initialState(scenario);
    expect(sim.reachesGoal(goal, state, scenario)).toBe(false);
    expect(pageProblems(render(state, scenario))).toEqual([]);
    for (const step of c.walkthrough ?? []) {
      const before = state;
      state = sim.reduce(state, sim.actionSchema.parse(toActionInput(step)), scenario);
      expect({ step, notice: state.notice?.tone === "error" ? state.notice.text : null }).toEqual({ step, notice: null });
      expect(state).not.toBe(before);
      expect(pageProblems(render(state, scenario))).toEqual([]);
    }
    expect(sim.reachesGoal(goal, state, scenario)).toBe(true);
    for (const wrong of c.wrongPaths ?? []) {
      const end = wrong.reduce<State>((s, a) => sim.reduce(s, sim.actionSchema.parse(toActionInput(a)), scenario), sim.initialState(scenario));
      expect(sim.reachesGoal(goal, end, scenario)).toBe(false);
    }
    for (const item of state.items)
      if (item.attachment) expect(fs.existsSync(path.join(root, "attachments/files", item.attachment))).toBe(true);
  });
});
