import { z } from "zod";
import { incidentCategorySchema, invigilatorPasswordSchema } from "@/lib/certification/rules";

export const SESSION_NUMBER_MESSAGES = {
  missing: "Saisissez le numéro de session.",
  shape: "Le numéro de session ne contient que des chiffres, par exemple 10001.",
} as const;

/** The session number as typed: digits (spaces forgiven). */
export const sessionNumberSchema = z
  .string()
  .transform((s) => s.replace(/\s+/g, ""))
  .pipe(z.string().min(1, SESSION_NUMBER_MESSAGES.missing).regex(/^\d{1,9}$/, SESSION_NUMBER_MESSAGES.shape))
  .transform(Number);

export const invigilatorLoginSchema = z.object({
  number: sessionNumberSchema,
  password: invigilatorPasswordSchema,
});
export type InvigilatorLoginInput = z.infer<typeof invigilatorLoginSchema>;

export const INCIDENT_DESCRIPTION_MAX = 2000;

/** The form's categories, in the order shown, with the invigilator's words. */
export const INCIDENT_FORM_CHOICES = [
  { value: "late-or-leaving", label: "Retard ou sortie" },
  { value: "technical", label: "Problème technique" },
  { value: "question", label: "Problème sur une question" },
  { value: "fraud", label: "Fraude" },
  { value: "other", label: "Autre" },
] as const;

export const incidentSchema = z.object({
  candidateId: z.string().max(64),
  category: incidentCategorySchema,
  challengeId: z
    .string()
    .max(200)
    .optional()
    .transform((v) => (v ? v : null)),
  description: z
    .string()
    .transform((s) => s.trim())
    .pipe(
      z
        .string()
        .min(1, "Décrivez ce qui s'est passé.")
        .max(INCIDENT_DESCRIPTION_MAX, `La description ne doit pas dépasser ${INCIDENT_DESCRIPTION_MAX} caractères.`),
    ),
});
/** What the form posts, before checking. */
export type IncidentInput = { candidateId: string; category?: string; challengeId?: string; description: string };
