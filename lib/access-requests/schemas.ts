import { z } from "zod";
import { ORGANISATION_TYPE_LABELS } from "@/lib/orga/labels";
import { AUDIENCE_IDS, PEOPLE_PER_YEAR_IDS, REFERENCE_PATTERN, isValidPostalCode, isValidSiret, normalisePhone, normaliseSiret } from "./rules";

/** The zod schemas of the ABC Pix access request forms; every message names its field. */

const NO_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

const text = (missing: string, max: number, tooLong: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .max(max, tooLong)
    .refine((v) => !NO_CONTROL.test(v), "Ce champ contient des caractères non autorisés.");

const ORGANISATION_TYPES = Object.keys(ORGANISATION_TYPE_LABELS) as [string, ...string[]];

export const siretSchema = z
  .string({ error: "Saisissez le numéro SIRET de votre structure (14 chiffres)." })
  .transform(normaliseSiret)
  .superRefine((v, ctx) => {
    if (v === "") ctx.addIssue({ code: "custom", message: "Saisissez le numéro SIRET de votre structure (14 chiffres)." });
    else if (!/^\d{14}$/.test(v))
      ctx.addIssue({ code: "custom", message: "Le numéro SIRET doit contenir 14 chiffres, par exemple 123 456 789 00012." });
    else if (!isValidSiret(v))
      ctx.addIssue({ code: "custom", message: "Ce numéro SIRET n'est pas valide. Vérifiez-le sur votre avis de situation Insee ou sur annuaire-entreprises.data.gouv.fr." });
  });

/** Checked boxes of one name come as an array (the server action reads them with getAll). */
const audiencesSchema = z.preprocess(
  (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z
    .array(z.enum(AUDIENCE_IDS, { error: "Choisissez les publics dans la liste proposée." }), { error: "Cochez au moins un public accueilli." })
    .min(1, "Cochez au moins un public accueilli.")
    .transform((list) => [...new Set(list)]),
);

const contactEmailSchema = z
  .string({ error: "Saisissez l'adresse e-mail de la personne à contacter." })
  .trim()
  .min(1, "Saisissez l'adresse e-mail de la personne à contacter.")
  .max(254, "L'adresse e-mail est trop longue.")
  .pipe(z.email({ error: "Saisissez une adresse e-mail valide, par exemple nom@exemple.fr." }))
  .transform((v) => v.toLowerCase());

export const accessRequestSchema = z.object({
  structureName: text("Saisissez le nom de votre structure.", 200, "Le nom de la structure ne peut pas dépasser 200 caractères."),
  siret: siretSchema,
  structureType: z.enum(ORGANISATION_TYPES, { error: "Choisissez le type de votre structure." }),
  address: text("Saisissez l'adresse de votre structure (numéro et rue).", 300, "L'adresse ne peut pas dépasser 300 caractères."),
  postalCode: z
    .string({ error: "Saisissez le code postal (5 chiffres)." })
    .trim()
    .min(1, "Saisissez le code postal (5 chiffres).")
    .refine(isValidPostalCode, "Le code postal doit contenir 5 chiffres, par exemple 69003."),
  city: text("Saisissez la ville de votre structure.", 100, "Le nom de la ville ne peut pas dépasser 100 caractères."),
  contactFirstName: text("Saisissez le prénom de la personne à contacter.", 100, "Le prénom ne peut pas dépasser 100 caractères."),
  contactLastName: text("Saisissez le nom de la personne à contacter.", 100, "Le nom ne peut pas dépasser 100 caractères."),
  contactEmail: contactEmailSchema,
  contactPhone: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (!v || v.trim() === "") return undefined;
      const phone = normalisePhone(v);
      if (!phone) {
        ctx.addIssue({ code: "custom", message: "Le numéro de téléphone doit contenir 10 chiffres, par exemple 01 23 45 67 89. Vous pouvez aussi laisser ce champ vide." });
        return z.NEVER;
      }
      return phone;
    }),
  contactRole: text("Saisissez la fonction de la personne à contacter.", 100, "La fonction ne peut pas dépasser 100 caractères."),
  audiences: audiencesSchema,
  peoplePerYear: z.enum(PEOPLE_PER_YEAR_IDS, { error: "Choisissez combien de personnes vous accompagnez par an." }),
  motivation: z
    .string({ error: "Décrivez votre projet en quelques phrases." })
    .trim()
    .min(30, "Décrivez votre projet en au moins 30 caractères.")
    .max(3000, "La description de votre projet ne peut pas dépasser 3 000 caractères."),
  consent: z.literal("on", { error: "Cochez la case pour accepter que Pix traite ces informations." }),
});

export type AccessRequestInput = z.infer<typeof accessRequestSchema>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(v: string): boolean {
  return UUID.test(v);
}

export const accessRequestIdSchema = z.string({ error: "Cette demande n'existe pas." }).regex(UUID, "Cette demande n'existe pas.");

export const approveAccessRequestSchema = z.object({
  id: accessRequestIdSchema,
  /** an existing organisation chosen by staff; empty: the one with the same SIRET, or a new one */
  organisationId: z
    .string()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || UUID.test(v), "Cette structure n'existe pas."),
});

export const refuseAccessRequestSchema = z.object({
  id: accessRequestIdSchema,
  reason: z
    .string({ error: "Expliquez la raison du refus (au moins 10 caractères)." })
    .trim()
    .min(10, "Expliquez la raison du refus (au moins 10 caractères).")
    .max(1000, "La raison du refus ne peut pas dépasser 1 000 caractères."),
});

export const referenceSchema = z.string().regex(REFERENCE_PATTERN);

/** One message per field, as the forms show them. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) out[String(issue.path[0] ?? "_form")] ??= issue.message;
  return out;
}
