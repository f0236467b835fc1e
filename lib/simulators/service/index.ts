// "Service en ligne": a fictional local site where one creates an account, logs in, books an
// appointment in a list of time slots, downloads its confirmation (a real PDF), cancels it and
// logs out. Configured by the scenario (site, reasons, days and slots, existing accounts).
import type { SimulatorDefinition } from "../types";
import { reachesGoal } from "./goal";
import { receiptFilename, receiptPdf } from "./receipt";
import { reduce } from "./reduce";
import { render } from "./render";
import { type Action, type Goal, type Scenario, actionSchema, goalSchema, scenarioSchema } from "./schemas";
import { type State, currentAccount, initialState, ownBooking, receiptFile } from "./state";

export const serviceSimulator: SimulatorDefinition<Scenario, Goal, State, Action> = {
  name: "service",
  label: "Service en ligne",
  stylesheet: "service.css",
  scenarioSchema,
  goalSchema,
  actionSchema,
  initialState,
  reduce,
  reachesGoal,
  download(file, state, scenario) {
    const id = file.startsWith("confirmation-") ? file.slice("confirmation-".length) : "";
    const booking = ownBooking(state, id);
    if (!booking || booking.status !== "active" || receiptFile(booking.id) !== file) return null;
    return { filename: receiptFilename(booking), contentType: "application/pdf", bytes: receiptPdf({ scenario, booking, account: currentAccount(state) }) };
  },
  render,
};
