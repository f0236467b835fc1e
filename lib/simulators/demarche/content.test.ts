// Every "demarche" challenge of the referential: each walkthrough action is accepted and changes
// the screen or the data, the goal is reached only at the end, wrong paths fail, and every page
// met on the way renders under 20 KB.
import { readFileSync } from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import { toHtmlString, unsafeRaw } from "../html";
import { toActionInput } from "../replay";
import { demarcheSimulator as sim } from ".";
import type { Scenario, State } from "./schemas";

type Raw = { id: string; simulator?: string; scenario: unknown; goal: unknown; walkthrough: Record<string, unknown>[]; wrongPaths: Record<string, unknown>[][] };

const files = ["content/competences/2.4/demarchesEnLigne.yaml", "content/competences/2.4/candidatureEnLigne.yaml"];
const challenges: Raw[] = files.flatMap((f) => {
  const doc = yaml.load(readFileSync(path.join(process.cwd(), f), "utf8")) as { skills: { challenges: Raw[] }[] };
  return doc.skills.flatMap((s) => s.challenges).filter((c) => c.simulator === "demarche");
});

function size(state: State, scenario: Scenario): number {
  const p = sim.render({ state, scenario, actionUrl: "/x", formFields: unsafeRaw(""), downloadUrl: (f) => `/d/${f}`, finished: false });
  return toHtmlString(p.body).length;
}

it("finds the demarche challenges", () => expect(challenges.length).toBeGreaterThanOrEqual(4));

describe.each(challenges.map((c) => [c.id, c] as const))("%s", (_id, c) => {
  const scenario = sim.scenarioSchema.parse(c.scenario);
  const goal = sim.goalSchema.parse(c.goal);

  it("walkthrough: every action is accepted and does something; the goal is reached only at the end", () => {
    let state = sim.initialState(scenario);
    expect(size(state, scenario)).toBeLessThan(20_000);
    for (const raw of c.walkthrough) {
      expect(sim.reachesGoal(goal, state, scenario)).toBe(false);
      const action = sim.actionSchema.parse(toActionInput(raw));
      const next = sim.reduce(state, action, scenario);
      expect(next).not.toEqual(state);
      state = next;
      expect(size(state, scenario)).toBeLessThan(20_000);
    }
    expect(sim.reachesGoal(goal, state, scenario)).toBe(true);
  });

  it("wrong paths do not reach the goal", () => {
    for (const p of c.wrongPaths) {
      let state = sim.initialState(scenario);
      for (const raw of p) state = sim.reduce(state, sim.actionSchema.parse(toActionInput(raw)), scenario);
      expect(sim.reachesGoal(goal, state, scenario)).toBe(false);
    }
  });
});
