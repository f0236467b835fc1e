// What a "démarche" challenge declares (the procedure and its steps), what it checks (the goal),
// and what the simulated site's forms post (the actions). Pure.
import { z } from "zod";
import { prefillComplete } from "./reduce";

const text = z.string().trim().min(1).max(2000);
const shortText = z.string().trim().min(1).max(200);

export const FIELD_TYPES = ["text", "email", "tel", "postcode", "date", "select", "radio", "checkbox", "textarea"] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** A choice of a select or radio field; `detail` is a second line (e.g. "PDF – 120 Ko" for a document). */
const optionSchema = z.strictObject({
  value: z.string().trim().regex(/^[A-Za-z0-9_-]{1,60}$/, "an option value is letters, digits, - or _"),
  label: shortText,
  detail: shortText.optional(),
});

const dateText = z.string().regex(/^\d{2}\/\d{2}\/\d{4}$/, "a date is written dd/mm/yyyy");

const fieldSchema = z
  .strictObject({
    key: z.string().regex(/^[a-z][A-Za-z0-9]{0,39}$/, "a field key is a camelCase word, e.g. codePostal"),
    label: shortText,
    type: z.enum(FIELD_TYPES, { error: `type must be one of ${FIELD_TYPES.join(", ")}` }),
    required: z.boolean().default(true),
    hint: text.optional(),
    /** consecutive fields with the same group are shown together in a fieldset with this legend */
    group: shortText.optional(),
    options: z.array(optionSchema).min(2).max(12).optional(),
    /** text only: a regular expression the whole answer must match, and the message when it does not */
    pattern: z.string().min(1).max(300).optional(),
    patternMessage: shortText.optional(),
    /** the message when a required field is left empty (a default one is written otherwise) */
    requiredMessage: shortText.optional(),
    /** date only: the earliest and latest dates accepted, dd/mm/yyyy */
    min: dateText.optional(),
    max: dateText.optional(),
    /** the HTML autocomplete token, e.g. "family-name", "postal-code" */
    autocomplete: z.string().regex(/^[a-z0-9 -]{1,40}$/).optional(),
  })
  .superRefine((f, ctx) => {
    const choice = f.type === "select" || f.type === "radio";
    if (choice && !f.options) ctx.addIssue({ code: "custom", message: `field ${f.key}: a ${f.type} needs options` });
    if (!choice && f.options) ctx.addIssue({ code: "custom", message: `field ${f.key}: only select and radio take options` });
    if (f.options && new Set(f.options.map((o) => o.value)).size !== f.options.length) ctx.addIssue({ code: "custom", message: `field ${f.key}: option values must be unique` });
    if (f.pattern !== undefined) {
      if (f.type !== "text") ctx.addIssue({ code: "custom", message: `field ${f.key}: pattern is for text fields` });
      try {
        new RegExp(f.pattern);
      } catch {
        ctx.addIssue({ code: "custom", message: `field ${f.key}: pattern is not a valid regular expression` });
      }
      if (!f.patternMessage) ctx.addIssue({ code: "custom", message: `field ${f.key}: a pattern needs a patternMessage` });
    }
    if ((f.min || f.max) && f.type !== "date") ctx.addIssue({ code: "custom", message: `field ${f.key}: min and max are for dates` });
  });

export type Field = z.infer<typeof fieldSchema>;
export type FieldOption = z.infer<typeof optionSchema>;

const stepSchema = z.strictObject({
  title: shortText,
  intro: text.optional(),
  fields: z.array(fieldSchema).min(1).max(12),
});
export type Step = z.infer<typeof stepSchema>;

export const scenarioSchema = z
  .strictObject({
    /** the simulated site: its name, the fictional ministry, the address shown in the bar */
    site: z
      .strictObject({
        name: shortText.default("Mes démarches"),
        tagline: shortText.default("service public"),
        ministry: shortText.default("Ministère des Services au public"),
        address: z.string().trim().min(1).max(200).default("https://mesdemarches.exemple.gouv.fr"),
      })
      .prefault({}),
    title: shortText,
    intro: text,
    /** what to prepare before starting (shown on the start page) */
    documents: z.array(shortText).max(8).default([]),
    duration: shortText.optional(),
    steps: z.array(stepSchema).min(1).max(6),
    /** shown on the confirmation page, after the number */
    confirmation: text.optional(),
    /** the confirmation number: PREFIX-YEAR-XXXXXX */
    numberPrefix: z.string().regex(/^[A-Z]{2,5}$/).default("DEM"),
    /** values already typed (e.g. by someone else) when the learner arrives, by field key (dates dd/mm/yyyy, checkbox "oui") */
    prefill: z.record(z.string(), z.string().max(2000)).default({}),
    /** where the learner arrives: the start page, or the summary of an already filled form (needs a valid prefill) */
    startAt: z.enum(["start", "summary"]).default("start"),
    year: z.number().int().min(2000).max(2100).default(2026),
  })
  .superRefine((s, ctx) => {
    const keys = s.steps.flatMap((st) => st.fields.map((f) => f.key));
    const seen = new Set<string>();
    for (const k of keys) {
      if (seen.has(k)) ctx.addIssue({ code: "custom", message: `field key ${k} is used twice` });
      seen.add(k);
    }
    for (const k of Object.keys(s.prefill)) if (!seen.has(k)) ctx.addIssue({ code: "custom", message: `prefill: no field ${k}` });
    if (s.startAt === "summary" && seen.size === keys.length) {
      const missing = prefillComplete(s);
      if (missing.length) ctx.addIssue({ code: "custom", message: `startAt summary needs a valid prefill for: ${missing.join(", ")}` });
    }
  });
export type Scenario = z.infer<typeof scenarioSchema>;

/** An expected value: one text, or a list of accepted texts. */
const expected = z.union([z.string().max(2000), z.number(), z.boolean(), z.array(z.string().max(2000)).min(1)]);

export const goalSchema = z
  .strictObject({
    /** true: the procedure was sent; false: it must not have been sent */
    submitted: z.boolean().optional(),
    /** the values sent, compared after trim, case and accents (dates and phone numbers normalised; choices by value or label) */
    values: z.record(z.string(), expected).optional(),
    /** step numbers (from 1) that must have been opened */
    stepsVisited: z.array(z.number().int().min(1).max(6)).optional(),
    /** true: the site showed an error and the learner fixed it */
    correctedErrors: z.boolean().optional(),
  })
  .refine((g) => Object.keys(g).length > 0, "the goal is empty");
export type Goal = z.infer<typeof goalSchema>;
export type Expected = z.infer<typeof expected>;

const posted = z.union([z.string().max(2000), z.array(z.string().max(2000)).max(50)]);
const stepNumber = z.string().regex(/^[1-6]$/).optional();

export const actionSchema = z.discriminatedUnion("op", [
  z.object({ op: z.literal("start") }),
  // the fields of the current step are posted as f_<key> (dates as f_<key>__jour, __mois, __annee)
  z.object({ op: z.literal("next"), step: stepNumber }).catchall(posted),
  z.object({ op: z.literal("previous"), step: stepNumber }).catchall(posted),
  z.object({ op: z.literal("cancelEdit") }),
  z.object({ op: z.literal("edit"), step: z.string().regex(/^[1-6]$/) }),
  z.object({ op: z.literal("submit") }),
  z.object({ op: z.literal("download"), file: z.string().max(200) }),
]);
export type Action = z.infer<typeof actionSchema>;

export type Screen = "start" | "step" | "summary" | "done";

export type State = {
  screen: Screen;
  /** the current step (0-based) when screen is "step" */
  step: number;
  /** true while a step is reopened from the summary ("Modifier") */
  editing: boolean;
  /** what is shown in the inputs, by input name without the f_ prefix (kept even when wrong) */
  inputs: Record<string, string>;
  /** checked values, by field key, set when a step passes its checks */
  values: Record<string, string>;
  /** the site's error messages for the current step, by field key */
  errors: Record<string, string>;
  /** every field key that was ever shown with an error */
  errorKeysShown: string[];
  /** step numbers (from 1) that were opened */
  stepsVisited: number[];
  submitted: boolean;
  /** the confirmation number, set on submission */
  number: string | null;
  downloads: string[];
};
