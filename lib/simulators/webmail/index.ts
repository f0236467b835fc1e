// The webmail simulator ("Messagerie"): folders, a message list, reading, replying, forwarding,
// writing with attached files, sorting into the trash or the spam folder, and a link that may be
// a trap. See schemas.ts for what a challenge declares. Pure.
import type { SimulatorDefinition } from "../types";
import { reachesGoal } from "./goal";
import { findDownload, reduce } from "./reduce";
import { render } from "./render";
import { actionSchema, goalSchema, scenarioSchema, type Action, type Goal, type Scenario } from "./schemas";
import { initialState, type State } from "./state";

export const webmailSimulator: SimulatorDefinition<Scenario, Goal, State, Action> = {
  name: "webmail",
  label: "Messagerie",
  stylesheet: "webmail.css",
  scenarioSchema,
  goalSchema,
  actionSchema,
  initialState,
  reduce,
  reachesGoal: (goal, state) => reachesGoal(goal, state),
  download(file, state) {
    const found = findDownload(state, file);
    return found?.file ? { attachment: found.file } : null;
  },
  render,
};
