import { z } from "zod";
import { ageOn, frenchToIso, isRealDate, isoToFrench } from "./dates";

export const MIN_AGE = 10;
export const MAX_AGE = 120;
export const EXTRA_TIME_STEP = 1;

const text = (label: string, max: number) =>
  z
    .string({ error: `Saisissez ${label}.` })
    .trim()
    .min(1, `Saisissez ${label}.`)
    .max(max, `${label[0]!.toUpperCase()}${label.slice(1)} fait au plus ${max} caractères.`);

/** The session form (creation and edit). The date must be today or later: checked by the service, which knows "today". */
export const sessionFormSchema = z.object({
  address: text("l'adresse", 200),
  room: text("la salle", 100),
  date: z
    .string()
    .trim()
    .min(1, "Saisissez la date de la session.")
    .refine((v) => isRealDate(v), "Saisissez une date valide, par exemple 2027-01-15."),
  time: z
    .string()
    .trim()
    .min(1, "Saisissez l'heure de début.")
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Saisissez l'heure au format HH:MM, par exemple 14:00."),
  examiner: text("le nom du surveillant", 100),
  description: z.string().trim().max(1000, "La description fait au plus 1000 caractères.").optional().default(""),
});
export type SessionForm = z.infer<typeof sessionFormSchema>;

/**
 * A birth date typed as YYYY-MM-DD (date field) or JJ/MM/AAAA (CSV, keyboard): normalised to
 * YYYY-MM-DD. Plausibility (age 10 to 120) needs "today" and is checked by `birthDateProblem`.
 */
export function normaliseBirthDate(raw: string): string | null {
  const v = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  return frenchToIso(v);
}

/** Why a birth date is refused, in French, or null. */
export function birthDateProblem(raw: string, today: string): string | null {
  if (!raw.trim()) return "Saisissez la date de naissance.";
  const iso = normaliseBirthDate(raw);
  if (!iso) return "Saisissez la date de naissance au format JJ/MM/AAAA, par exemple 14/03/1985.";
  if (!isRealDate(iso)) return `La date de naissance ${isoToFrench(iso)} n'existe pas.`;
  const age = ageOn(iso, today);
  if (age < MIN_AGE || age > MAX_AGE) return `La date de naissance ${isoToFrench(iso)} n'est pas plausible : le candidat doit avoir entre ${MIN_AGE} et ${MAX_AGE} ans.`;
  return null;
}

/** Why an extra time is refused, or null; "" means 0. */
export function extraTimeProblem(raw: string): string | null {
  const v = raw.trim().replace(/\s*%$/, "");
  if (v === "") return null;
  if (!/^\d+$/.test(v)) return "Le temps majoré est un nombre entier de 0 à 100 (pourcentage), par exemple 33.";
  const n = Number(v);
  if (n > 100) return "Le temps majoré est au plus de 100 %.";
  return null;
}

export function parseExtraTime(raw: string): number {
  const v = raw.trim().replace(/\s*%$/, "");
  return v === "" ? 0 : Number(v);
}

const emailSchema = z.email("Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.");

export function emailProblem(raw: string): string | null {
  const v = raw.trim();
  if (v === "") return null;
  if (v.length > 254) return "L'adresse e-mail fait au plus 254 caractères.";
  return emailSchema.safeParse(v).success ? null : "Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.";
}

/** The candidate form; the service adds the checks that need "today" (see `candidateInputSchema`). */
export function candidateInputSchema(today: string) {
  return z
    .object({
      lastName: text("le nom", 100),
      firstName: text("le prénom", 100),
      birthDate: z.string().default(""),
      extraTimePercent: z.union([z.string(), z.number()]).default("").transform(String),
      email: z.string().default(""),
    })
    .superRefine((v, ctx) => {
      const b = birthDateProblem(v.birthDate, today);
      if (b) ctx.addIssue({ code: "custom", path: ["birthDate"], message: b });
      const e = extraTimeProblem(v.extraTimePercent);
      if (e) ctx.addIssue({ code: "custom", path: ["extraTimePercent"], message: e });
      const m = emailProblem(v.email);
      if (m) ctx.addIssue({ code: "custom", path: ["email"], message: m });
    })
    .transform((v) => ({
      lastName: v.lastName,
      firstName: v.firstName,
      birthDate: normaliseBirthDate(v.birthDate)!,
      extraTimePercent: parseExtraTime(v.extraTimePercent),
      email: v.email.trim() ? v.email.trim().toLowerCase() : null,
    }));
}
export type CandidateInput = z.output<ReturnType<typeof candidateInputSchema>>;
