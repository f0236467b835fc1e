// Gestes: the state of an exercise and how each recorded gesture changes it. Pure. Gestures on
// ids the scenario does not have are ignored (never thrown on): only the page's own ids count.
import type { Action, Input, Scenario, State } from "./schemas";

const MAX_COPIES = 5;

export function initialState(): State {
  return { ready: false, clicked: null, opened: null, placed: {}, scrolled: false, misses: 0, typed: null, copied: [], pasted: null, used: { pointer: 0, keyboard: 0 } };
}

/** The ids a click may name: the buttons of the window or of the long page. */
function clickable(s: Scenario): string[] {
  if (s.exercise === "click") return s.buttons.map((b) => b.id);
  if (s.exercise === "scroll") return s.sections.flatMap((x) => (x.button ? [x.button.id] : []));
  return [];
}

function countInput(state: State, input: Input): State["used"] {
  return { ...state.used, [input]: state.used[input] + 1 };
}

/** Compares texts as a person sees them: NFC, non-breaking spaces as spaces, Windows line ends as \n. */
export function visibleText(t: string): string {
  return t.normalize("NFC").replace(/[\u00a0\u202f\u2007]/g, " ").replace(/\r\n?/g, "\n");
}

export function reduce(state: State, action: Action, scenario: Scenario): State {
  switch (action.op) {
    case "ready":
      return state.ready ? state : { ...state, ready: true };
    case "click":
      if (!clickable(scenario).includes(action.target)) return state;
      return { ...state, clicked: { id: action.target, input: action.input }, used: countInput(state, action.input) };
    case "miss":
      return { ...state, misses: state.misses + 1 };
    case "dblclick":
      if (scenario.exercise !== "dblclick" || !scenario.icons.some((i) => i.id === action.item)) return state;
      return { ...state, opened: { id: action.item, input: action.input }, used: countInput(state, action.input) };
    case "drop":
      if (scenario.exercise !== "drag" || !scenario.items.some((i) => i.id === action.item) || !scenario.zones.some((z) => z.id === action.zone)) return state;
      return { ...state, placed: { ...state.placed, [action.item]: { id: action.zone, input: action.input } }, used: countInput(state, action.input) };
    case "scroll":
      return state.scrolled ? state : { ...state, scrolled: true };
    case "typed":
      if (scenario.exercise !== "type" && scenario.exercise !== "paste") return state;
      return { ...state, typed: { text: visibleText(action.text), keys: action.keys ?? 0, fixes: action.fixes ?? 0, pasted: action.pasted === "1" } };
    case "copy": {
      const text = visibleText(action.text);
      if (text.trim() === "") return state;
      return { ...state, copied: [...state.copied.filter((c) => c !== text), text].slice(-MAX_COPIES), used: countInput(state, action.input) };
    }
    case "paste": {
      const text = visibleText(action.text);
      // The script says where the text came from; the server checks it against the copies it recorded.
      const fromPage = action.from === "page" && state.copied.some((c) => c.trim() === text.trim());
      const typed = action.value === undefined ? state.typed : { keys: 0, fixes: 0, ...state.typed, text: visibleText(action.value), pasted: true };
      return { ...state, pasted: { text, fromPage, input: action.input }, typed, used: countInput(state, action.input) };
    }
  }
}

/** False when the page's script never announced itself (JavaScript off, or too old a browser): the answer is "unplayable". */
export function played(state: State): boolean {
  return state.ready;
}
