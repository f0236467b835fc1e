// The simulated site's behaviour: each learner action (start, next, previous, edit, submit…)
// turns one state into the next. Never throws; an action that makes no sense on the current
// screen leaves the state as it is. Pure.
import { checkField, inputsFor, normalizeDate } from "./fields";
import { confirmationNumber } from "./number";
import type { Action, Scenario, State } from "./schemas";

/** The values a scenario fills in beforehand, checked like the site would (wrong ones are dropped from the values but shown in the fields). */
function prefilled(scenario: Scenario): { inputs: Record<string, string>; values: Record<string, string> } {
  const inputs: Record<string, string> = {};
  const values: Record<string, string> = {};
  for (const step of scenario.steps)
    for (const f of step.fields) {
      const given = scenario.prefill[f.key];
      if (given === undefined) continue;
      const raw = f.type === "date" ? inputsFor(f, normalizeDate(given) ?? given) : { [f.key]: given };
      Object.assign(inputs, raw);
      const r = checkField(f, raw);
      if (r.ok) values[f.key] = r.value;
    }
  return { inputs, values };
}

/** Every field of the scenario passes the site's checks with the prefilled values (needed to start on the summary). */
export function prefillComplete(scenario: Scenario): string[] {
  const { inputs } = prefilled(scenario);
  return scenario.steps.flatMap((st) => st.fields.filter((f) => !checkField(f, inputs).ok).map((f) => f.key));
}

export function initialState(scenario: Scenario): State {
  const { inputs, values } = prefilled(scenario);
  const summary = scenario.startAt === "summary";
  return {
    screen: summary ? "summary" : "start",
    step: 0,
    editing: false,
    inputs,
    values,
    errors: {},
    errorKeysShown: [],
    stepsVisited: [],
    submitted: false,
    number: null,
    downloads: [],
  };
}

/** The inputs a form posted for the fields of one step (names f_<key>, dates f_<key>__jour…). */
function postedInputs(action: Record<string, unknown>, scenario: Scenario, step: number): Record<string, string> {
  const out: Record<string, string> = {};
  const fields = scenario.steps[step]?.fields ?? [];
  const read = (name: string) => {
    const v = action[`f_${name}`];
    return typeof v === "string" ? v : Array.isArray(v) ? String(v[v.length - 1] ?? "") : "";
  };
  for (const f of fields) {
    if (f.type === "date") for (const p of ["jour", "mois", "annee"]) out[`${f.key}__${p}`] = read(`${f.key}__${p}`);
    else out[f.key] = read(f.key);
  }
  return out;
}

function openStep(state: State, step: number, editing: boolean): State {
  const n = step + 1;
  return {
    ...state,
    screen: "step",
    step,
    editing,
    errors: {},
    stepsVisited: state.stepsVisited.includes(n) ? state.stepsVisited : [...state.stepsVisited, n],
  };
}

/** Puts back in the inputs the kept values of one step (used when an edit is cancelled). */
function restoreInputs(state: State, scenario: Scenario, step: number): Record<string, string> {
  const inputs = { ...state.inputs };
  for (const f of scenario.steps[step]?.fields ?? []) Object.assign(inputs, inputsFor(f, state.values[f.key] ?? ""));
  return inputs;
}

export function reduce(state: State, action: Action, scenario: Scenario): State {
  if (action.op === "download") return { ...state, downloads: [...state.downloads, action.file] };
  if (state.screen === "done") return state;
  const last = scenario.steps.length - 1;

  switch (action.op) {
    case "start":
      return state.screen === "start" ? openStep(state, 0, false) : state;

    case "next": {
      if (state.screen !== "step" || (action.step !== undefined && Number(action.step) !== state.step + 1)) return state;
      const inputs = { ...state.inputs, ...postedInputs(action, scenario, state.step) };
      const errors: Record<string, string> = {};
      const values = { ...state.values };
      for (const f of scenario.steps[state.step]!.fields) {
        const r = checkField(f, inputs);
        if (r.ok) values[f.key] = r.value;
        else errors[f.key] = r.message;
      }
      const bad = Object.keys(errors);
      if (bad.length > 0) {
        const shown = [...state.errorKeysShown, ...bad.filter((k) => !state.errorKeysShown.includes(k))];
        return { ...state, inputs, errors, errorKeysShown: shown };
      }
      // the checked values are shown from now on in their clean form (e.g. 06 12 34 56 78)
      for (const f of scenario.steps[state.step]!.fields) Object.assign(inputs, inputsFor(f, values[f.key] ?? ""));
      const done = { ...state, inputs, values, errors: {} };
      if (state.editing || state.step === last) return { ...done, screen: "summary", editing: false };
      return openStep(done, state.step + 1, false);
    }

    case "previous": {
      if (state.screen === "summary") return openStep(state, last, false);
      if (state.screen !== "step" || state.editing || (action.step !== undefined && Number(action.step) !== state.step + 1)) return state;
      // what was typed is kept, without checking it yet
      const inputs = { ...state.inputs, ...postedInputs(action, scenario, state.step) };
      if (state.step === 0) return { ...state, inputs, errors: {}, screen: "start" };
      return openStep({ ...state, inputs }, state.step - 1, false);
    }

    case "cancelEdit":
      if (state.screen !== "step" || !state.editing) return state;
      return { ...state, inputs: restoreInputs(state, scenario, state.step), errors: {}, editing: false, screen: "summary" };

    case "edit": {
      const step = Number(action.step) - 1;
      if (state.screen !== "summary" || step < 0 || step > last) return state;
      return openStep(state, step, true);
    }

    case "submit":
      if (state.screen !== "summary") return state;
      return { ...state, screen: "done", submitted: true, number: confirmationNumber(scenario, state.values) };
  }
}
