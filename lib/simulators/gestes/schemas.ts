// Gestes (mouse and keyboard exercises): what a challenge gives (scenario), what the final
// state must show (goal), and what the page's script or a form posts (action). Pure.
import { z } from "zod";

const id = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, "an id is lower-case letters, digits, - or _ (40 at most)");
const label = z.string().trim().min(1).max(120);
const longText = z.string().trim().min(1).max(1500);

function uniqueIds(ids: string[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  for (const i of ids) {
    if (seen.has(i)) ctx.addIssue({ code: "custom", message: `id "${i}" is used twice` });
    seen.add(i);
  }
}

const common = {
  /** the heading of the exercise page, e.g. "Rejoindre l'appel vidéo" */
  title: label,
  /** one short sentence under the heading (the task itself is in the challenge's instruction) */
  intro: z.string().trim().max(600).optional(),
};

const clickScenario = z.strictObject({
  exercise: z.literal("click"),
  ...common,
  /** title bar of the simulated window */
  window: label,
  text: z.string().trim().max(600).optional(),
  buttons: z.array(z.strictObject({ id, label, big: z.boolean().optional() })).min(2).max(8),
});

export const iconKinds = ["folder", "file", "image", "app", "trash"] as const;
const iconKind = z.enum(iconKinds);

const dblclickScenario = z.strictObject({
  exercise: z.literal("dblclick"),
  ...common,
  icons: z.array(z.strictObject({ id, label, kind: iconKind, contents: z.array(label).max(8).optional() })).min(2).max(8),
});

const dragScenario = z.strictObject({
  exercise: z.literal("drag"),
  ...common,
  items: z.array(z.strictObject({ id, label, kind: iconKind })).min(1).max(8),
  zones: z.array(z.strictObject({ id, label, kind: iconKind })).min(1).max(4),
});

const scrollScenario = z.strictObject({
  exercise: z.literal("scroll"),
  ...common,
  /** address shown in the simulated browser */
  address: z.string().trim().max(120).optional(),
  sections: z.array(z.strictObject({ heading: label, text: longText, button: z.strictObject({ id, label }).optional() })).min(3).max(12),
});

const typeScenario = z.strictObject({
  exercise: z.literal("type"),
  ...common,
  /** the sentence shown, to copy by typing it */
  model: z.string().min(1).max(300),
  label,
});

const pasteScenario = z.strictObject({
  exercise: z.literal("paste"),
  ...common,
  sourceLabel: label,
  /** the text that holds the piece to copy, in a text box (a read-only one would refuse Maj + flèches) */
  source: longText,
  label,
});

export const scenarioSchema = z
  .discriminatedUnion("exercise", [clickScenario, dblclickScenario, dragScenario, scrollScenario, typeScenario, pasteScenario])
  .superRefine((s, ctx) => {
    if (s.exercise === "click") uniqueIds(s.buttons.map((b) => b.id), ctx);
    if (s.exercise === "dblclick") uniqueIds(s.icons.map((b) => b.id), ctx);
    if (s.exercise === "drag") uniqueIds([...s.items, ...s.zones].map((b) => b.id), ctx);
    if (s.exercise === "scroll") {
      const ids = s.sections.flatMap((x) => (x.button ? [x.button.id] : []));
      if (ids.length === 0) ctx.addIssue({ code: "custom", message: "a scroll page needs at least one button" });
      uniqueIds(ids, ctx);
    }
  });
export type Scenario = z.infer<typeof scenarioSchema>;
export type Exercise = Scenario["exercise"];

export const goalSchema = z
  .strictObject({
    /** the button clicked last (click exercise) */
    clicked: id.optional(),
    /** the icon opened last, by a double-click or by Entrée (dblclick exercise) */
    doubleClicked: id.optional(),
    /** where each listed item must be now: { item: zone } */
    dropped: z.record(id, id).optional(),
    /** the text typed, compared exactly (after Unicode NFC; non-breaking spaces count as spaces) */
    typed: z.string().min(1).max(300).optional(),
    /** with `typed`: spaces at the end are ignored */
    ignoreFinalSpaces: z.boolean().optional(),
    /** the field holds this text (spaces around ignored), pasted from a copy made in the page */
    pasted: z.string().min(1).max(300).optional(),
    /** the button clicked last on a long page, after scrolling (scroll exercise) */
    found: id.optional(),
    /** clicks beside the targets tolerated (none by default: any number) */
    maxMisses: z.number().int().min(0).max(100).optional(),
  })
  .refine((g) => [g.clicked, g.doubleClicked, g.dropped, g.typed, g.pasted, g.found].some((v) => v !== undefined), {
    message: "a goal needs one of clicked, doubleClicked, dropped, typed, pasted, found",
  })
  .refine((g) => g.dropped === undefined || Object.keys(g.dropped).length > 0, { message: "dropped needs at least one item" });
export type Goal = z.infer<typeof goalSchema>;

export const inputs = ["pointer", "keyboard"] as const;
export type Input = (typeof inputs)[number];
/** Without the script (a plain form), the input is unknown: counted as pointer. */
const input = z.enum(inputs).default("pointer");
const text = z.string().max(2000);
const count = z
  .string()
  .regex(/^\d{1,6}$/)
  .transform(Number)
  .optional();

export const actionSchema = z.discriminatedUnion("op", [
  z.object({ op: z.literal("ready") }),
  z.object({ op: z.literal("click"), target: id, input }),
  z.object({ op: z.literal("miss") }),
  z.object({ op: z.literal("dblclick"), item: id, input }),
  z.object({ op: z.literal("drop"), item: id, zone: id, input }),
  z.object({ op: z.literal("scroll") }),
  z.object({ op: z.literal("typed"), text, keys: count, fixes: count, pasted: z.enum(["0", "1"]).optional() }),
  z.object({ op: z.literal("copy"), text, input }),
  /** `value`: what the field holds once the text is pasted in it */
  z.object({ op: z.literal("paste"), text, from: z.enum(["page", "other"]).default("other"), value: text.optional(), input }),
]);
export type Action = z.infer<typeof actionSchema>;

export type Done = { id: string; input: Input };
export type State = {
  /** the page's script ran and announced itself: without it the exercise could not be played */
  ready: boolean;
  clicked: Done | null;
  opened: Done | null;
  /** where each moved item is now, and how it was moved last */
  placed: Record<string, Done>;
  scrolled: boolean;
  misses: number;
  typed: { text: string; keys: number; fixes: number; pasted: boolean } | null;
  /** texts copied in the page (the last few), so that a paste can be checked against them */
  copied: string[];
  pasted: { text: string; fromPage: boolean; input: Input } | null;
  /** how many actions came from each input */
  used: Record<Input, number>;
};
