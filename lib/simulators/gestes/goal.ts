// Gestes: whether the state the server kept shows the gesture asked for. Pure.
import { visibleText } from "./reduce";
import type { Goal, State } from "./schemas";

function squash(t: string): string {
  return visibleText(t).trim().replace(/\s+/g, " ");
}

export function reachesGoal(goal: Goal, state: State): boolean {
  if (!state.ready) return false;
  if (goal.maxMisses !== undefined && state.misses > goal.maxMisses) return false;
  if (goal.clicked !== undefined && state.clicked?.id !== goal.clicked) return false;
  if (goal.found !== undefined && (state.clicked?.id !== goal.found || !state.scrolled)) return false;
  if (goal.doubleClicked !== undefined && state.opened?.id !== goal.doubleClicked) return false;
  if (goal.dropped !== undefined) {
    for (const [item, zone] of Object.entries(goal.dropped)) if (state.placed[item]?.id !== zone) return false;
  }
  if (goal.typed !== undefined) {
    const t = state.typed;
    if (!t || t.pasted) return false;
    const want = visibleText(goal.typed);
    const got = goal.ignoreFinalSpaces ? t.text.trimEnd() : t.text;
    if (got !== (goal.ignoreFinalSpaces ? want.trimEnd() : want)) return false;
  }
  if (goal.pasted !== undefined) {
    const p = state.pasted;
    const want = squash(goal.pasted);
    // A copy made in the page, pasted: a little too much copied then trimmed by hand is fine.
    if (!p || !p.fromPage || !squash(p.text).includes(want)) return false;
    if (squash(state.typed?.text ?? p.text) !== want) return false;
  }
  return true;
}
