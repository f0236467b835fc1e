// The file explorer simulator ("Explorateur de fichiers"): a beginner's everyday file explorer,
// in French, where the learner opens folders, selects a file, opens, renames, moves, deletes,
// restores and downloads it, creates folders and searches by name. Contract: ../types.ts.
import type { SimulatorDefinition } from "../types";
import { reachesGoal } from "./goal";
import { reduce } from "./reduce";
import { render } from "./render";
import { actionSchema, goalSchema, scenarioSchema, type Action, type Goal, type Scenario } from "./schemas";
import { initialState, liveItem, type State } from "./state";

export const fichiersSimulator: SimulatorDefinition<Scenario, Goal, State, Action> = {
  name: "fichiers",
  label: "Explorateur de fichiers",
  stylesheet: "fichiers.css",
  scenarioSchema,
  goalSchema,
  actionSchema,
  initialState,
  reduce,
  reachesGoal,
  download(file, state) {
    const item = liveItem(state, file);
    return item && item.kind === "file" && item.attachment ? { attachment: item.attachment } : null;
  },
  render,
};
