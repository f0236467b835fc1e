// What each learner action does to the explorer. An action only touches an item the learner
// can see (in the folder shown, the search results, the bin or the viewer), so that a replayed
// path goes through the same screens a learner would. The computer's own refusals (a name with
// a forbidden character, a name already used…) are kept in the state and shown. Pure; never throws.
import { extensionOf, nameProblem, tidyName } from "./names";
import { ROOT, TRASH, type Action, type Scenario } from "./schemas";
import {
  isInside,
  itemById,
  liveItem,
  nameTaken,
  placeName,
  visibleItems,
  type Dialog,
  type Item,
  type State,
} from "./state";

export function reduce(previous: State, action: Action, scenario: Scenario): State {
  const state: State = { ...previous, notice: null };
  switch (action.op) {
    case "openFolder":
      return showPlace(state, action.folder);
    case "select": {
      const item = visibleItem(state, action.item);
      if (!item) return notFound(state);
      return { ...state, selected: item.id, dialog: null };
    }
    case "open": {
      const item = visibleItem(state, action.item);
      if (!item) return notFound(state);
      if (state.place === TRASH) return error(state, "Ce fichier est dans la Corbeille : restaurez-le d'abord pour l'ouvrir.");
      if (item.kind === "folder") return showPlace(state, item.id);
      return {
        ...state,
        selected: item.id,
        dialog: null,
        viewing: item.id,
        opened: state.opened.includes(item.id) ? state.opened : [...state.opened, item.id],
      };
    }
    case "closeViewer":
      return { ...state, viewing: null };
    case "renameStart": {
      const item = actionable(state, action.item);
      if (!item) return notFound(state);
      return { ...state, selected: item.id, dialog: { kind: "rename", item: item.id, draft: item.name, error: null, askExtension: false } };
    }
    case "rename":
      return rename(state, action.item, action.name, action.confirm === "1");
    case "moveStart": {
      const item = actionable(state, action.item);
      if (!item) return notFound(state);
      return { ...state, selected: item.id, dialog: { kind: "move", item: item.id, error: null } };
    }
    case "move":
      return move(state, action.item, action.dest, scenario);
    case "newFolderStart": {
      if (!liveItem(state, state.place)) return error(state, "Ouvrez d'abord un dossier (par exemple Documents) pour y créer un nouveau dossier.");
      return { ...state, search: null, selected: null, dialog: { kind: "newFolder", draft: freeFolderName(state), error: null } };
    }
    case "newFolder":
      return newFolder(state, action.name, scenario);
    case "cancel":
      return { ...state, dialog: null };
    case "delete": {
      const item = actionable(state, action.item);
      if (!item) return notFound(state);
      return {
        ...update(state, item.id, { trashed: true }),
        selected: null,
        dialog: null,
        viewing: null,
        notice: { tone: "success", text: `« ${item.name} » a été mis dans la Corbeille. Vous pouvez l'en sortir depuis la Corbeille.` },
      };
    }
    case "restore":
      return restore(state, action.item, scenario);
    case "search": {
      if (state.place === TRASH) return state;
      const q = tidyName(action.q).slice(0, 200);
      return { ...state, search: q === "" ? null : q, selected: null, dialog: null, viewing: null };
    }
    case "clearSearch":
      return { ...state, search: null, selected: null, dialog: null };
    case "download": {
      const item = visibleItem(state, action.file);
      if (!item || item.kind !== "file" || !item.attachment || state.place === TRASH) return state;
      return state.downloaded.includes(item.id) ? state : { ...state, downloaded: [...state.downloaded, item.id] };
    }
  }
}

function showPlace(state: State, place: string): State {
  const reset = { selected: null, search: null, viewing: null, dialog: null };
  if (place === ROOT || place === TRASH) return { ...state, ...reset, place };
  const folder = liveItem(state, place);
  if (!folder || folder.kind !== "folder") return error(state, "Ce dossier n'existe pas ou plus.");
  return { ...state, ...reset, place: folder.id };
}

/** The item if the learner sees it now: in the list shown, or open in the viewer. */
function visibleItem(state: State, id: string): Item | undefined {
  if (state.viewing === id) return liveItem(state, id);
  return visibleItems(state).find((i) => i.id === id);
}

/** A visible item that can be renamed, moved or deleted (not one in the bin). */
function actionable(state: State, id: string): Item | undefined {
  return state.place === TRASH ? undefined : visibleItem(state, id);
}

function notFound(state: State): State {
  return error(state, "Cet élément n'est pas dans le dossier affiché.");
}

function error(state: State, text: string): State {
  return { ...state, notice: { tone: "error", text } };
}

function update(state: State, id: string, patch: Partial<Item>): State {
  return { ...state, items: state.items.map((i) => (i.id === id ? { ...i, ...patch } : i)) };
}

function rename(state: State, id: string, typed: string, confirmed: boolean): State {
  const item = actionable(state, id);
  if (!item) return notFound(state);
  const name = tidyName(typed);
  const withError = (error: string): State => ({
    ...state,
    selected: item.id,
    dialog: { kind: "rename", item: item.id, draft: typed.slice(0, 300), error, askExtension: false },
  });
  const problem = nameProblem(name);
  if (problem) return withError(problem);
  const taken = nameTaken(state, item.parent, name, item.id);
  if (taken) return withError(`Il y a déjà un élément nommé « ${taken.name} » dans ce dossier. Choisissez un autre nom.`);
  if (item.kind === "file" && !confirmed && extensionOf(name) !== extensionOf(item.name))
    return { ...state, selected: item.id, dialog: { kind: "rename", item: item.id, draft: name, error: null, askExtension: true } };
  if (name === item.name) return { ...state, dialog: null };
  return {
    ...update(state, item.id, { name }),
    selected: item.id,
    dialog: null,
    notice: { tone: "success", text: `Le nouveau nom est « ${name} ».` },
  };
}

function move(state: State, id: string, dest: string | undefined, scenario: Scenario): State {
  const item = actionable(state, id);
  if (!item) return notFound(state);
  const withError = (error: string): State => ({ ...state, selected: item.id, dialog: { kind: "move", item: item.id, error } });
  if (dest === undefined) return withError(`Choisissez le dossier où mettre « ${item.name} ».`);
  const target = liveItem(state, dest);
  if (!target || target.kind !== "folder") return withError("Ce dossier n'existe pas ou plus. Choisissez-en un autre.");
  if (isInside(state, target.id, item.id)) return withError("Un dossier ne peut pas être déplacé dans lui-même. Choisissez un autre dossier.");
  if (target.id === item.parent) return withError(`« ${item.name} » est déjà dans le dossier « ${target.name} ». Choisissez un autre dossier.`);
  const taken = nameTaken(state, target.id, item.name);
  if (taken) return withError(`Le dossier « ${target.name} » contient déjà un élément nommé « ${taken.name} ».`);
  return {
    ...update(state, item.id, { parent: target.id }),
    selected: null,
    dialog: null,
    notice: { tone: "success", text: `« ${item.name} » a été déplacé dans « ${placeName(state, scenario, target.id)} ».` },
  };
}

/** "Nouveau dossier", or "Nouveau dossier (2)"… when that name is taken in the folder shown. */
function freeFolderName(state: State): string {
  for (let n = 1; n < 1000; n++) {
    const name = n === 1 ? "Nouveau dossier" : `Nouveau dossier (${n})`;
    if (!nameTaken(state, state.place, name)) return name;
  }
  return "Nouveau dossier";
}

function newFolder(state: State, typed: string, scenario: Scenario): State {
  const parent = liveItem(state, state.place);
  if (!parent || parent.kind !== "folder") return error(state, "Ouvrez d'abord un dossier (par exemple Documents) pour y créer un nouveau dossier.");
  const name = tidyName(typed);
  const withError = (error: string): State => ({ ...state, dialog: { kind: "newFolder", draft: typed.slice(0, 300), error } satisfies Dialog });
  const problem = nameProblem(name);
  if (problem) return withError(problem);
  const taken = nameTaken(state, parent.id, name);
  if (taken) return withError(`Il y a déjà un élément nommé « ${taken.name} » dans ce dossier. Choisissez un autre nom.`);
  let n = state.created + 1;
  while (itemById(state, `nouveau-${n}`)) n++;
  const folder: Item = { id: `nouveau-${n}`, kind: "folder", name, parent: parent.id, trashed: false, modified: scenario.now };
  return {
    ...state,
    items: [...state.items, folder],
    created: state.created + 1,
    search: null,
    selected: folder.id,
    dialog: null,
    notice: { tone: "success", text: `Le dossier « ${name} » a été créé dans « ${parent.name} ».` },
  };
}

function restore(state: State, id: string, scenario: Scenario): State {
  const item = itemById(state, id);
  if (state.place !== TRASH || !item || !item.trashed) return error(state, "Cet élément n'est pas dans la Corbeille.");
  const origin = placeName(state, scenario, item.parent);
  if (item.parent !== ROOT && !liveItem(state, item.parent))
    return error(state, `Le dossier d'origine « ${origin} » est lui aussi dans la Corbeille : restaurez-le d'abord.`);
  const taken = nameTaken(state, item.parent, item.name);
  if (taken) return error(state, `Il y a déjà un élément nommé « ${taken.name} » dans « ${origin} ». Renommez-le ou déplacez-le d'abord.`);
  return {
    ...update(state, item.id, { trashed: false }),
    selected: null,
    notice: { tone: "success", text: `« ${item.name} » est revenu dans le dossier « ${origin} ».` },
  };
}
