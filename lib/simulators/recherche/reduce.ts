// The learner's actions applied to the state. An action that does not fit the screen shown
// (a forged or stale form) leaves the state unchanged. Pure.
import { CORPUS, PAGES_BY_ID, linksOf } from "./corpus";
import type { Action, Scenario, State } from "./schemas";
import { pageCount, search, type SearchResults } from "./search";
import { queryTerms } from "./text";

const MAX_QUERY = 200;

export function availableIds(scenario: Scenario): ReadonlySet<string> {
  return new Set(scenario.pages === "all" ? CORPUS.map((p) => p.id) : scenario.pages);
}

export function resultsOf(state: State, scenario: Scenario): SearchResults {
  return search(state.query, availableIds(scenario));
}

export function initialState(scenario: Scenario): State {
  const base: State = { screen: "home", query: "", resultsPage: 1, queries: [], trail: [], visited: [], chosen: null, error: null, draft: "" };
  return scenario.query ? { ...base, screen: "results", query: scenario.query } : base;
}

/** The page shown, when the screen is a page. */
export function shownPage(state: State): string | null {
  return state.screen === "page" ? (state.trail.at(-1) ?? null) : null;
}

export function reduce(state: State, action: Action, scenario: Scenario): State {
  switch (action.op) {
    case "search": {
      const q = action.q.replace(/\s+/g, " ").trim().slice(0, MAX_QUERY);
      if (q === "") return { ...state, error: "Écrivez au moins un mot dans la zone de recherche.", draft: "" };
      if (queryTerms(q).length === 0) return { ...state, error: "Ces mots sont trop courts ou trop courants. Écrivez ce que vous cherchez, par exemple « horaires piscine ».", draft: q };
      return { ...state, screen: "results", query: q, resultsPage: 1, queries: [...state.queries, q], trail: [], error: null, draft: "" };
    }
    case "results": {
      const n = Number(action.n);
      if (state.screen !== "results" || n < 1 || n > pageCount(resultsOf(state, scenario).results.length)) return state;
      return { ...state, resultsPage: n, error: null, draft: "" };
    }
    case "open": {
      if (state.screen !== "results") return state;
      const { ads, results } = resultsOf(state, scenario);
      if (![...ads, ...results].some((p) => p.id === action.page)) return state;
      return { ...state, screen: "page", trail: [action.page], visited: [...state.visited, action.page], error: null, draft: "" };
    }
    case "follow": {
      const current = shownPage(state);
      const page = current ? PAGES_BY_ID.get(current) : undefined;
      if (!page || !linksOf(page).includes(action.page) || !availableIds(scenario).has(action.page)) return state;
      return { ...state, trail: [...state.trail, action.page], visited: [...state.visited, action.page] };
    }
    case "back": {
      if (state.screen !== "page") return state;
      const trail = state.trail.slice(0, -1);
      return trail.length > 0 ? { ...state, trail } : { ...state, screen: "results", trail: [] };
    }
    case "choose": {
      if (shownPage(state) !== action.page) return state;
      return { ...state, chosen: action.page };
    }
  }
}
