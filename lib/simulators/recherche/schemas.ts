// What a challenge gives (scenario, goal), what the learner's forms post (actions) and what
// the server keeps (state) for the search engine simulator.
import { z } from "zod";
import { PAGES_BY_ID } from "./corpus";
import { terms } from "./text";

const pageId = z.string().refine((id) => PAGES_BY_ID.has(id), { error: (issue) => `unknown page "${String(issue.input)}" (see lib/simulators/recherche/corpus)` });

export const scenarioSchema = z.strictObject({
  /** the pages of the simulated web: "all" (default) or a list of corpus ids */
  pages: z.union([z.literal("all"), z.array(pageId).min(1)]).default("all"),
  /** a query already typed and searched when the exercise starts (the learner lands on its results) */
  query: z.string().trim().min(1).max(200).optional(),
});
export type Scenario = z.infer<typeof scenarioSchema>;

const searchWord = z.string().refine((w) => terms(w).length > 0, { error: "a search word must not be empty or a small word such as « le », « de »" });

export const goalSchema = z
  .strictObject({
    /** the page the learner marked with "C'est la bonne page": this one, or one of these */
    chosen: z.union([pageId, z.array(pageId).min(1)]).optional(),
    /** every one of these pages was opened */
    opened: z.array(pageId).min(1).optional(),
    /** none of these pages was ever opened (the fake site, the advertisement…) */
    notOpened: z.array(pageId).min(1).optional(),
    /** at least one query held all the `includes` words and, if given, one of the `includesAny` words (accents, case and plurals ignored) */
    searched: z
      .strictObject({ includes: z.array(searchWord).min(1).optional(), includesAny: z.array(searchWord).min(1).optional() })
      .refine((s) => s.includes !== undefined || s.includesAny !== undefined, { error: "searched needs includes or includesAny" })
      .optional(),
    /** the page shown at the end */
    lastPage: pageId.optional(),
  })
  .refine((g) => Object.values(g).some((v) => v !== undefined), { error: "the goal needs at least one check" });
export type Goal = z.infer<typeof goalSchema>;

const id = z.string().max(100);

export const actionSchema = z.discriminatedUnion("op", [
  /** submit the search form */
  z.object({ op: z.literal("search"), q: z.string().max(2000) }),
  /** go to page n of the results */
  z.object({ op: z.literal("results"), n: z.string().regex(/^\d{1,3}$/) }),
  /** open a result (or an advertisement) */
  z.object({ op: z.literal("open"), page: id }),
  /** follow a link inside the page shown */
  z.object({ op: z.literal("follow"), page: id }),
  /** the browser's back button: the previous page, or the results */
  z.object({ op: z.literal("back") }),
  /** "C'est la bonne page": mark the page shown as the answer */
  z.object({ op: z.literal("choose"), page: id }),
]);
export type Action = z.infer<typeof actionSchema>;

export type Screen = "home" | "results" | "page";

export type State = {
  screen: Screen;
  /** the last query searched ("" before any) */
  query: string;
  /** page of the results shown, from 1 */
  resultsPage: number;
  /** every query searched, in order */
  queries: string[];
  /** the pages opened since the results, the last one is shown */
  trail: string[];
  /** every page opened, in order (repeats kept) */
  visited: string[];
  /** the page marked as the answer */
  chosen: string | null;
  /** the search form's own error message */
  error: string | null;
  /** what was typed in the search box when it was refused (kept in the box) */
  draft: string;
};
