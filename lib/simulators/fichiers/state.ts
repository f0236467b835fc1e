// The state of the file explorer (a flat list of items that point to their parent folder, the
// place shown, the selection, the open dialog) and the questions asked of it. Pure; the state
// is plain JSON because the framework stores it.
import { isFolderSpec, ROOT, TRASH, walkSpecs, type Scenario } from "./schemas";
import { nameKey } from "./names";

export type Item = {
  id: string;
  kind: "file" | "folder";
  name: string;
  /** the folder that holds it (ROOT for a top-level folder); for an item in the bin, the folder it came from */
  parent: string;
  /** true when the item was deleted (it is in the bin, with its contents) */
  trashed: boolean;
  modified: string;
  ko?: number;
  type?: string;
  attachment?: string;
  text?: string;
  description?: string;
};

export type Dialog =
  | { kind: "rename"; item: string; draft: string; error: string | null; askExtension: boolean }
  | { kind: "move"; item: string; error: string | null }
  | { kind: "newFolder"; draft: string; error: string | null };

export type Notice = { tone: "success" | "error"; text: string };

export type State = {
  items: Item[];
  /** the folder shown: an item id, ROOT or TRASH */
  place: string;
  selected: string | null;
  /** the search typed in the current folder, when results are shown */
  search: string | null;
  /** the file open in the viewer */
  viewing: string | null;
  dialog: Dialog | null;
  notice: Notice | null;
  /** how many folders the learner created (gives the next new folder its id) */
  created: number;
  opened: string[];
  downloaded: string[];
};

export function initialState(scenario: Scenario): State {
  const items: Item[] = [];
  walkSpecs(scenario.folders, (node, id, parent) => {
    const common = { id, parent, trashed: node.deleted === true, modified: node.modified ?? scenario.now };
    if (isFolderSpec(node)) items.push({ ...common, kind: "folder", name: node.folder });
    else
      items.push({
        ...common,
        kind: "file",
        name: node.file,
        ...(node.ko !== undefined ? { ko: node.ko } : {}),
        ...(node.type !== undefined ? { type: node.type } : {}),
        ...(node.attachment !== undefined ? { attachment: node.attachment } : {}),
        ...(node.text !== undefined ? { text: node.text } : {}),
        ...(node.description !== undefined ? { description: node.description } : {}),
      });
  });
  return {
    items,
    place: scenario.start ?? ROOT,
    selected: null,
    search: null,
    viewing: null,
    dialog: null,
    notice: null,
    created: 0,
    opened: [],
    downloaded: [],
  };
}

export function itemById(state: State, id: string): Item | undefined {
  return state.items.find((i) => i.id === id);
}

/** True when the item or one of the folders above it is in the bin. */
export function isGone(state: State, item: Item): boolean {
  let cur: Item | undefined = item;
  for (let guard = 0; cur && guard < 1000; guard++) {
    if (cur.trashed) return true;
    if (cur.parent === ROOT) return false;
    cur = itemById(state, cur.parent);
  }
  return true;
}

/** The item if it exists and is not in the bin. */
export function liveItem(state: State, id: string): Item | undefined {
  const item = itemById(state, id);
  return item && !isGone(state, item) ? item : undefined;
}

/** What a folder (or ROOT) holds, out of the bin: folders first, then files, each by name. */
export function childrenOf(state: State, folder: string): Item[] {
  return sortItems(state.items.filter((i) => i.parent === folder && !i.trashed));
}

export function sortItems(items: Item[]): Item[] {
  return [...items].sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name, "fr", { numeric: true }) : a.kind === "folder" ? -1 : 1));
}

/** The items that were deleted themselves (not those deleted with their folder). */
export function trashedItems(state: State): Item[] {
  return sortItems(state.items.filter((i) => i.trashed));
}

/** The folders from the top down to this item, the item included. */
export function ancestry(state: State, id: string): Item[] {
  const chain: Item[] = [];
  let cur = itemById(state, id);
  for (let guard = 0; cur && guard < 1000; guard++) {
    chain.unshift(cur);
    if (cur.parent === ROOT) break;
    cur = itemById(state, cur.parent);
  }
  return chain;
}

/** "Documents/Factures/facture-mars.pdf" */
export function pathOf(state: State, id: string): string {
  return ancestry(state, id)
    .map((i) => i.name)
    .join("/");
}

/** Whether `id` is `folder` itself or lies somewhere inside it. */
export function isInside(state: State, id: string, folder: string): boolean {
  return ancestry(state, id).some((i) => i.id === folder);
}

/** The live item of that name in that folder, ignoring one item (the one being renamed). */
export function nameTaken(state: State, folder: string, name: string, except?: string): Item | undefined {
  const key = nameKey(name);
  return state.items.find((i) => i.parent === folder && !i.trashed && i.id !== except && nameKey(i.name) === key);
}

/** Every live folder, in tree order, with its depth (0 for a top-level folder). */
export function folderTree(state: State): { item: Item; depth: number }[] {
  const out: { item: Item; depth: number }[] = [];
  const go = (parent: string, depth: number) => {
    for (const f of childrenOf(state, parent)) {
      if (f.kind !== "folder") continue;
      out.push({ item: f, depth });
      go(f.id, depth + 1);
    }
  };
  go(ROOT, 0);
  return out;
}

/** Files and folders inside a folder (subfolders included) whose name contains the search. */
export function searchResults(state: State, folder: string, query: string): Item[] {
  const q = nameKey(query);
  if (q === "") return [];
  const out: Item[] = [];
  const go = (parent: string) => {
    for (const i of childrenOf(state, parent)) {
      if (nameKey(i.name).includes(q)) out.push(i);
      if (i.kind === "folder") go(i.id);
    }
  };
  go(folder);
  return out;
}

/** The items the learner sees now in the list: the folder's contents, the search results or the bin. */
export function visibleItems(state: State): Item[] {
  if (state.place === TRASH) return trashedItems(state);
  if (state.search !== null) return searchResults(state, state.place, state.search);
  return childrenOf(state, state.place);
}

/** The name of a place: a folder's name, the top's name or "Corbeille". */
export function placeName(state: State, scenario: Scenario, place: string): string {
  if (place === ROOT) return scenario.rootName;
  if (place === TRASH) return "Corbeille";
  return itemById(state, place)?.name ?? scenario.rootName;
}
