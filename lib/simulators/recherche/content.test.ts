// The SIMULATOR challenges written for this simulator: every step of their walkthroughs and
// wrong paths really does something (no form silently ignored), the walkthrough reaches the
// goal, each wrong path does not.
import { readFileSync } from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import { rechercheSimulator as sim } from ".";
import { toActionInput } from "../replay";

type Raw = { id: string; type: string; simulator?: string; scenario?: unknown; goal?: unknown; walkthrough?: Record<string, unknown>[]; wrongPaths?: Record<string, unknown>[][] };

const FILES = ["rechercheWeb", "resultatsRecherche", "fiabiliteSource"].map((f) => path.join(process.cwd(), "content/competences/1.1", `${f}.yaml`));
const challenges: Raw[] = FILES.flatMap((f) => {
  const doc = yaml.load(readFileSync(f, "utf8")) as { skills: { challenges: Raw[] }[] };
  return doc.skills.flatMap((s) => s.challenges).filter((c) => c.type === "SIMULATOR" && c.simulator === "recherche");
});

function play(scenario: unknown, actions: Record<string, unknown>[]) {
  const sc = sim.scenarioSchema.parse(scenario);
  let state = sim.initialState(sc);
  for (const a of actions) {
    const next = sim.reduce(state, sim.actionSchema.parse(toActionInput(a)), sc);
    expect({ action: a, changed: JSON.stringify(next) !== JSON.stringify(state) }).toEqual({ action: a, changed: true });
    state = next;
  }
  return { sc, state };
}

test("at least 4 challenges use the search engine", () => {
  expect(challenges.length).toBeGreaterThanOrEqual(4);
});

describe.each(challenges.map((c) => [c.id, c] as const))("%s", (_id, c) => {
  const goal = sim.goalSchema.parse(c.goal);
  test("the walkthrough reaches the goal, from an initial state that does not", () => {
    const { sc, state } = play(c.scenario, c.walkthrough ?? []);
    expect(sim.reachesGoal(goal, sim.initialState(sc), sc)).toBe(false);
    expect(sim.reachesGoal(goal, state, sc)).toBe(true);
  });
  test.each((c.wrongPaths ?? []).map((p, i) => [i + 1, p] as const))("wrong path %i does not", (_i, p) => {
    const { sc, state } = play(c.scenario, p);
    expect(sim.reachesGoal(goal, state, sc)).toBe(false);
  });
});
