import { z } from "zod";
import { emailSchema } from "@/lib/accounts/schemas";
import { ORGANISATION_TYPE_LABELS } from "@/lib/orga/labels";
import { isValidSiret, normaliseSiret } from "@/lib/orga/siret";

/** The staff forms about organisations: one zod schema per form, shared by actions and services. */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const organisationIdSchema = z.string({ error: "Cette organisation n'existe pas." }).regex(UUID, "Cette organisation n'existe pas.");

const TYPES = Object.keys(ORGANISATION_TYPE_LABELS) as [string, ...string[]];

export const SIRET_INVALID = "Le SIRET doit compter 14 chiffres, sans erreur de saisie. Vérifiez-le, ou laissez le champ vide.";

/** Fields of the create and edit forms (checkboxes arrive as "on" or not at all). */
export const organisationFormSchema = z.object({
  name: z
    .string({ error: "Saisissez le nom de l'organisation." })
    .trim()
    .min(1, "Saisissez le nom de l'organisation.")
    .max(200, "Le nom est trop long (200 caractères au plus)."),
  type: z.enum(TYPES, { error: "Choisissez le type d'organisation." }),
  siret: z
    .string()
    .optional()
    .transform((v) => normaliseSiret(v ?? ""))
    .refine((v) => v === "" || isValidSiret(v), SIRET_INVALID)
    .transform((v) => (v === "" ? null : v)),
  hasAbcPixAccess: z
    .union([z.literal("on"), z.boolean()])
    .optional()
    .transform((v) => v === "on" || v === true),
  /** "all": every general target profile, today's and tomorrow's; "some": the ones ticked */
  profiles: z.enum(["all", "some"], { error: "Choisissez les profils cibles autorisés." }).default("all"),
  targetProfileIds: z.array(z.string().max(100)).max(500).default([]),
});

export type OrganisationForm = z.input<typeof organisationFormSchema>;
export type OrganisationInput = z.output<typeof organisationFormSchema>;

export const addMemberSchema = z.object({
  orgId: organisationIdSchema,
  email: emailSchema.transform((v) => v.toLowerCase()),
  role: z.enum(["ADMIN", "MEMBER"], { error: "Choisissez un rôle : membre ou administrateur." }),
});
