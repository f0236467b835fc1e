// zod schemas of the YAML files under content/ (the authoring format described in content/README.md).
// They check shapes; cross-file rules (unique ids, references, answers) live in load.ts.
import { z } from "zod";

/** A piece of text; YAML may read `12` or `3.5` as numbers, which are taken as their text. */
const text = z.union([z.string(), z.number()], { error: "expected a text" }).transform((v) => String(v));
const nonEmptyText = text.refine((v) => v.trim().length > 0, { message: "must not be empty" });

const media = z.strictObject({
  file: z.string({ error: "expected a file name, e.g. illustrations/exemple.svg" }).min(1, "file must not be empty"),
  alt: z.string({ error: "alt text is required (describe the image for people who cannot see it)" }),
});

export const referentialFileSchema = z.strictObject({
  areas: z
    .array(
      z.strictObject({
        code: text,
        name: nonEmptyText,
        color: z.string().regex(/^area-[1-5]$/, 'color must be a token "area-1" … "area-5"'),
        competences: z.array(
          z.strictObject({
            id: z.string().min(1),
            code: text,
            name: nonEmptyText,
            description: nonEmptyText,
          }),
        ),
      }),
    )
    .min(1),
});

const fieldSchema = z.strictObject({
  key: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*$/, "field key: letters, digits, - and _, starting with a letter"),
  label: nonEmptyText,
  format: z.enum(["text", "number"], { error: 'format must be "text" or "number"' }).optional(),
  placeholder: text.optional(),
  variants: z.array(text).optional(),
});

export const challengeTypes = ["QCU", "QCM", "QROC", "QROCM-ind", "QROCM-dep", "SIMULATOR"] as const;

const challengeSchema = z.strictObject({
  id: z.string().regex(/^ch-[A-Za-z0-9_-]+$/, 'challenge id must be "ch-" followed by letters, digits, - or _'),
  type: z.enum(challengeTypes, { error: `type must be one of ${challengeTypes.join(", ")}` }),
  instruction: nonEmptyText,
  proposals: z.array(nonEmptyText).optional(),
  answer: z.union([z.number().int(), z.array(z.number().int())], { error: "answer must be a number (QCU) or a list of numbers (QCM)" }).optional(),
  fields: z.array(fieldSchema).optional(),
  groups: z.array(z.array(text).min(1, "a group needs at least one accepted answer")).optional(),
  nearMisses: z.array(z.union([text, z.record(z.string(), text)], { error: "a near miss is a text, or an object { field: answer }" })).optional(),
  tolerances: z.array(z.enum(["T1", "T2", "T3"], { error: "tolerances are T1, T2, T3" })).optional(),
  explanation: nonEmptyText,
  illustration: media.optional(),
  attachment: z.string().min(1).optional(),
  timer: z.number().int().positive("timer is a number of seconds, above 0").nullable().optional(),
  focused: z.boolean().optional(),
  shuffle: z.boolean().optional(),
  active: z.boolean().optional(),
  // SIMULATOR only: the simulator's name, its starting data, the state to reach, a path of
  // actions that reaches it and plausible mistakes that must not (checked by replaying them).
  simulator: z.string().min(1).optional(),
  scenario: z.record(z.string(), z.unknown()).optional(),
  goal: z.record(z.string(), z.unknown()).optional(),
  walkthrough: z.array(z.record(z.string(), z.unknown()), { error: "walkthrough is a list of actions, e.g. - { op: open, message: m2 }" }).optional(),
  wrongPaths: z.array(z.array(z.record(z.string(), z.unknown())), { error: "wrongPaths is a list of lists of actions" }).optional(),
});

const idList = z.array(z.string().min(1)).optional();

const skillSchema = z.strictObject({
  level: z.number({ error: "level must be a number from 1 to 8" }).int("level must be a whole number").min(1, "level must be from 1 to 8 (there is no level 0)").max(8, "level must be from 1 to 8"),
  active: z.boolean().optional(),
  tutorials: z.strictObject({ success: idList, learnMore: idList }).optional(),
  challenges: z.array(challengeSchema).optional(),
});

export const tubeFileSchema = z.strictObject({
  tube: z.strictObject({
    name: z.string().regex(/^@[a-z][A-Za-z0-9]*$/, 'tube name must be "@" followed by a camelCase keyword, e.g. "@rechercheWeb"'),
    title: nonEmptyText,
    description: nonEmptyText,
  }),
  skills: z.array(skillSchema).optional(),
});

export const tutorialsFileSchema = z.strictObject({
  tutorials: z
    .array(
      z.strictObject({
        id: z.string().regex(/^tuto-[A-Za-z0-9_-]+$/, 'tutorial id must be "tuto-" followed by letters, digits, - or _'),
        title: nonEmptyText,
        duration: z.number().positive("duration is a number of minutes"),
        body: nonEmptyText,
        illustration: media.optional(),
        sources: z.array(z.strictObject({ title: nonEmptyText, url: z.url("source url must be a full address, https://…") })).optional(),
      }),
    )
    .nullable()
    .optional(),
});

export const targetProfileFileSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "target profile id: lower-case letters, digits and -"),
  name: nonEmptyText,
  description: nonEmptyText,
  family: z.enum(["general", "abc"], { error: 'family must be "general" or "abc"' }),
  tubes: z
    .array(
      z.strictObject({
        tube: z.string().min(1),
        maxLevel: z.number().int().min(1, "maxLevel must be from 1 to 8").max(8, "maxLevel must be from 1 to 8"),
        /** the id of one of the profile's themes (when the profile lists themes) */
        theme: z.string().min(1).optional(),
      }),
    )
    .min(1, "a target profile needs at least one tube"),
  /** how results and progress are grouped; without it, one theme per competence */
  themes: z
    .array(z.strictObject({ id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "theme id: lower-case letters, digits and -"), name: nonEmptyText }))
    .min(1)
    .optional(),
  stages: z
    .array(
      z.strictObject({
        threshold: z.number().min(0, "threshold is a percentage from 0 to 100").max(100, "threshold is a percentage from 0 to 100"),
        title: nonEmptyText,
        learnerMessage: nonEmptyText,
        mediatorMessage: text.optional(),
      }),
    )
    .optional(),
});

/** content/abc-diag.yaml: the anonymous diagnostic for absolute beginners (10 questions, 3 dimensions). */
export const abcDiagFileSchema = z.strictObject({
  name: nonEmptyText,
  description: nonEmptyText,
  minutes: z.strictObject({ min: z.number().int().positive(), max: z.number().int().positive() }),
  dimensions: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z][a-z-]*$/, "dimension id: lower-case letters and -"),
        name: nonEmptyText,
        description: nonEmptyText,
        /** what the mediator works on first when this dimension is "à travailler" */
        workOn: nonEmptyText,
      }),
    )
    .min(1),
  questions: z.array(
    z.strictObject({
      dimension: z.string().min(1),
      /** the gesture or knowledge this question shows, named for the mediator ("double-cliquer", "reconnaître une adresse e-mail") */
      gesture: nonEmptyText,
      challenge: challengeSchema,
    }),
  ),
});

export type ReferentialFile = z.infer<typeof referentialFileSchema>;
export type TubeFile = z.infer<typeof tubeFileSchema>;
export type ChallengeSource = z.infer<typeof challengeSchema>;
export type TutorialsFile = z.infer<typeof tutorialsFileSchema>;
export type TargetProfileFile = z.infer<typeof targetProfileFileSchema>;
export type AbcDiagFile = z.infer<typeof abcDiagFileSchema>;
