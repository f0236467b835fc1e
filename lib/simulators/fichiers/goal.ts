// Whether the explorer's final state reaches a challenge's goal. Paths are compared folder by
// folder, without regard to upper and lower case (as on Windows); accents and extensions count,
// so "facture-mars" is not "facture-mars.pdf". Lists of ids are compared as sets. Pure.
import { nameKey } from "./names";
import type { Goal, Scenario } from "./schemas";
import { childrenOf, isGone, pathOf, type Item, type State } from "./state";

/** "Documents\Factures/Facture-Mars.pdf " → "documents/factures/facture-mars.pdf" */
export function pathKey(path: string): string {
  return path
    .split(/[\\/]/)
    .map(nameKey)
    .filter((s) => s !== "")
    .join("/");
}

function accepted(spec: string | string[]): Set<string> {
  return new Set((Array.isArray(spec) ? spec : [spec]).map(pathKey));
}

function liveAt(state: State, spec: string | string[]): Item[] {
  const keys = accepted(spec);
  return state.items.filter((i) => !isGone(state, i) && keys.has(pathKey(pathOf(state, i.id))));
}

export function reachesGoal(goal: Goal, state: State, _scenario: Scenario): boolean {
  if (!state || !Array.isArray(state.items)) return false;
  const checks: boolean[] = [
    (goal.exists ?? []).every((e) => liveAt(state, e.path).some((i) => e.id === undefined || i.id === e.id)),
    (goal.notExists ?? []).every((e) => liveAt(state, e.path).length === 0),
    (goal.folders ?? []).every((p) => liveAt(state, p).some((i) => i.kind === "folder")),
    (goal.folderContents ?? []).every((c) => {
      const folder = liveAt(state, c.folder).find((i) => i.kind === "folder");
      if (!folder) return false;
      const have = new Set(childrenOf(state, folder.id).map((i) => nameKey(i.name)));
      const want = new Set(c.names.map(nameKey));
      return have.size === want.size && [...want].every((n) => have.has(n));
    }),
    (goal.downloaded ?? []).every((id) => state.downloaded.includes(id)),
    (goal.notDownloaded ?? []).every((id) => !state.downloaded.includes(id)),
    (goal.opened ?? []).every((id) => state.opened.includes(id)),
    (goal.notOpened ?? []).every((id) => !state.opened.includes(id)),
    (goal.deleted ?? []).every((id) => {
      const item = state.items.find((i) => i.id === id);
      return item !== undefined && isGone(state, item);
    }),
  ];
  return checks.every(Boolean);
}
