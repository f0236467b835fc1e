// Gestes ("Souris et clavier"): exercises where the gesture itself is measured (click, double-click,
// drag and drop, scroll, typing, copy-paste). The page's script /simulateurs/gestes.js posts each
// gesture; every exercise also has a keyboard path. Without JavaScript the exercise cannot be
// played: `played` is then false and the answer is recorded "unplayable".
import type { SimulatorDefinition } from "../types";
import { reachesGoal } from "./goal";
import { initialState, played, reduce } from "./reduce";
import { render } from "./render";
import { actionSchema, goalSchema, scenarioSchema, type Action, type Goal, type Scenario, type State } from "./schemas";

export const gestesSimulator: SimulatorDefinition<Scenario, Goal, State, Action> = {
  name: "gestes",
  label: "Souris et clavier",
  stylesheet: "gestes.css",
  needsJavaScript: true,
  scenarioSchema,
  goalSchema,
  actionSchema,
  initialState,
  reduce,
  reachesGoal,
  played,
  render,
};
