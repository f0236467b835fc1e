// Whether the final state reaches a challenge's goal. Values are compared in a tolerant way
// (trim, case, accents; dates, phone numbers and choices normalised), and only values that were
// actually sent count. Pure.
import { comparable } from "./fields";
import type { Expected, Field, Goal, Scenario, State } from "./schemas";

function fieldNamed(scenario: Scenario, key: string): Field | undefined {
  for (const s of scenario.steps) for (const f of s.fields) if (f.key === key) return f;
  return undefined;
}

function matches(field: Field, actual: string, expected: Expected): boolean {
  const accepted = Array.isArray(expected) ? expected : [String(expected)];
  const got = comparable(field, actual);
  return accepted.some((e) => comparable(field, e) === got);
}

export function reachesGoal(goal: Goal, state: State, scenario: Scenario): boolean {
  if (goal.submitted !== undefined && state.submitted !== goal.submitted) return false;
  if (goal.values) {
    // the values count only once they are sent
    if (!state.submitted) return false;
    for (const [key, expected] of Object.entries(goal.values)) {
      const field = fieldNamed(scenario, key);
      if (!field) return false;
      if (!matches(field, state.values[key] ?? "", expected)) return false;
    }
  }
  if (goal.stepsVisited && !goal.stepsVisited.every((n) => state.stepsVisited.includes(n))) return false;
  if (goal.correctedErrors !== undefined) {
    // an error was shown at some point, and none is left on the screen
    const corrected = state.errorKeysShown.length > 0 && Object.keys(state.errors).length === 0;
    if (corrected !== goal.correctedErrors) return false;
  }
  return true;
}
