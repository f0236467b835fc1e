// Whether the kept state reaches a challenge's goal. Pure.
import type { Goal, State } from "./schemas";
import { terms } from "./text";
import { shownPage } from "./reduce";

function querySatisfies(query: string, includes: string[], includesAny: string[]): boolean {
  const have = new Set(terms(query));
  const all = includes.every((w) => terms(w).every((t) => have.has(t)));
  const any = includesAny.length === 0 || includesAny.some((w) => terms(w).every((t) => have.has(t)));
  return all && any;
}

export function reachesGoal(goal: Goal, state: State): boolean {
  if (goal.chosen !== undefined) {
    const accepted = Array.isArray(goal.chosen) ? goal.chosen : [goal.chosen];
    if (state.chosen === null || !accepted.includes(state.chosen)) return false;
  }
  if (goal.opened && !goal.opened.every((id) => state.visited.includes(id))) return false;
  if (goal.notOpened && goal.notOpened.some((id) => state.visited.includes(id))) return false;
  if (goal.searched) {
    const { includes = [], includesAny = [] } = goal.searched;
    if (!state.queries.some((q) => querySatisfies(q, includes, includesAny))) return false;
  }
  if (goal.lastPage !== undefined && shownPage(state) !== goal.lastPage) return false;
  return true;
}
