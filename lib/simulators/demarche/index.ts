// "Démarche en ligne": a fictional public-service site where the learner goes through an
// administrative procedure (start page, steps with checks, summary, confirmation number).
// See schemas.ts for what a challenge declares. Pure.
import type { SimulatorDefinition } from "../types";
import { reachesGoal } from "./goal";
import { RECEIPT_FILE, receiptPdf } from "./receipt";
import { initialState, reduce } from "./reduce";
import { render } from "./render";
import { actionSchema, goalSchema, scenarioSchema, type Action, type Goal, type Scenario, type State } from "./schemas";

export const demarcheSimulator: SimulatorDefinition<Scenario, Goal, State, Action> = {
  name: "demarche",
  label: "Démarche en ligne",
  stylesheet: "demarche.css",
  scenarioSchema,
  goalSchema,
  actionSchema,
  initialState,
  reduce,
  reachesGoal,
  download(file, state, scenario) {
    if (file !== RECEIPT_FILE || !state.submitted) return null;
    return { filename: `accuse-reception-${state.number ?? "demande"}.pdf`, contentType: "application/pdf", bytes: receiptPdf(state, scenario) };
  },
  render,
};
