// The search engine simulator "Cherchetout": search a small fictional web (lib/simulators/
// recherche/corpus), read the results (advertisements first), open pages, follow their links
// and mark the page that answers the question. See schemas.ts for the scenario and goal.
import type { SimulatorDefinition } from "../types";
import { reachesGoal } from "./goal";
import { initialState, reduce } from "./reduce";
import { render } from "./render";
import { actionSchema, goalSchema, scenarioSchema, type Action, type Goal, type Scenario, type State } from "./schemas";

export const rechercheSimulator: SimulatorDefinition<Scenario, Goal, State, Action> = {
  name: "recherche",
  label: "Moteur de recherche",
  stylesheet: "recherche.css",
  scenarioSchema,
  goalSchema,
  actionSchema,
  initialState,
  reduce,
  reachesGoal: (goal, state) => reachesGoal(goal, state),
  render,
};
