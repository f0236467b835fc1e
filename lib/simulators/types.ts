// The contract every simulator implements (see docs/simulators.md). A simulator is pure: it
// turns a scenario into an initial state, applies the learner's actions one by one, tells
// whether a state reaches a goal, and renders a state as a plain HTML page. The framework
// (lib/simulators/services, app/simulateur) stores the state and the actions, scopes them to
// one learner's assessment and challenge, and serves the pages.
import type { z } from "zod";
import type { Html } from "./html";

/** What a form posts, once the framework's own fields are removed: one string, or a list when a name repeats. */
export type ActionInput = Record<string, string | string[]>;

/** A file the learner downloads from a simulator: a shipped attachment, or bytes made for this state. */
export type SimulatorDownload =
  | { attachment: string }
  | { filename: string; contentType: string; bytes: Uint8Array };

export type RenderContext<State, Scenario> = {
  state: State;
  scenario: Scenario;
  /** where every form posts (method="post"); forms must include `formFields` */
  actionUrl: string;
  /** hidden inputs that every form must carry (the action counter that makes a resubmission harmless) */
  formFields: Html;
  /** address of a GET link that records { op: "download", file } and sends the file */
  downloadUrl: (file: string) => string;
  /** true once the answer is stored: the page is shown read-only, forms are refused */
  finished: boolean;
};

export type RenderedPage = {
  /** the document title, e.g. "Boîte de réception – Messagerie" */
  title: string;
  body: Html;
};

export type SimulatorDefinition<Scenario = unknown, Goal = unknown, State = unknown, Action extends { op: string } = { op: string }> = {
  /** the name used in content: `simulator: webmail` */
  name: string;
  /** French name shown around the frame, e.g. "Messagerie" */
  label: string;
  /** an extra stylesheet under public/simulateurs/, e.g. "webmail.css" */
  stylesheet?: string;
  /** true for gesture exercises: the page loads /simulateurs/gestes.js and needs JavaScript */
  needsJavaScript?: boolean;
  /** the `scenario:` of a challenge (initial data: messages, folders, pages…) */
  scenarioSchema: z.ZodType<Scenario>;
  /** the `goal:` of a challenge (what the final state must show) */
  goalSchema: z.ZodType<Goal>;
  /** an action as posted by a form (or by the gesture script): `op` says which */
  actionSchema: z.ZodType<Action, ActionInput>;
  initialState(scenario: Scenario): State;
  /** Applies one action. Never throws for a well-formed action: a simulated site's own validation errors belong in the state. */
  reduce(state: State, action: Action, scenario: Scenario): State;
  /** Whether the state reaches the goal. Read only from the state the server kept. */
  reachesGoal(goal: Goal, state: State, scenario: Scenario): boolean;
  /** For exercises that need JavaScript: false when the state shows the page never ran its script (answer recorded "unplayable"). */
  played?(state: State): boolean;
  /**
   * The file sent for a { op: "download", file } action, or null if that file cannot be
   * downloaded in this state. May be async (a PDF made with pdf-lib: import it lazily inside,
   * `await import("pdf-lib")`, so that loading the referential does not load it).
   */
  download?(file: string, state: State, scenario: Scenario): SimulatorDownload | null | Promise<SimulatorDownload | null>;
  render(ctx: RenderContext<State, Scenario>): RenderedPage;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnySimulator = SimulatorDefinition<any, any, any, any>;
