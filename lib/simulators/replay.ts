// Replays a list of actions from a scenario's initial state: the content loader uses it to
// prove that each scenario's walkthrough reaches its goal and that its wrong paths do not. Pure.
import type { ActionInput, AnySimulator } from "./types";

/** YAML may give numbers or booleans: forms only ever post text. */
export function toActionInput(raw: Record<string, unknown>): ActionInput {
  const out: ActionInput = {};
  for (const [k, v] of Object.entries(raw)) out[k] = Array.isArray(v) ? v.map((x) => String(x)) : String(v);
  return out;
}

export type ReplayResult = { ok: true; state: unknown } | { ok: false; step: number; problem: string };

export function replay(sim: AnySimulator, scenario: unknown, actions: ActionInput[]): ReplayResult {
  let state = sim.initialState(scenario);
  for (let i = 0; i < actions.length; i++) {
    const parsed = sim.actionSchema.safeParse(actions[i]);
    if (!parsed.success) return { ok: false, step: i + 1, problem: parsed.error.issues.map((x) => `${x.path.join(".") || "action"}: ${x.message}`).join("; ") };
    state = sim.reduce(state, parsed.data, scenario);
  }
  return { ok: true, state };
}
