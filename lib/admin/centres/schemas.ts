import { z } from "zod";

/** One zod schema per staff form about certification centres. */

const uuid = (message: string) => z.string({ error: message }).regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, message);

export const CENTRE_TYPES = ["SCO", "SUP", "PRO"] as const;
export type CentreType = (typeof CENTRE_TYPES)[number];
export const CENTRE_TYPE_LABELS: Record<CentreType, string> = {
  SCO: "Établissement scolaire (SCO)",
  SUP: "Enseignement supérieur (SUP)",
  PRO: "Professionnel ou médiation (PRO)",
};

export const centreIdSchema = uuid("Ce centre n'existe pas.");

export const centreFieldsSchema = z.object({
  name: z
    .string({ error: "Saisissez le nom du centre." })
    .trim()
    .min(1, "Saisissez le nom du centre.")
    .max(120, "Le nom du centre fait au plus 120 caractères."),
  type: z.enum(CENTRE_TYPES, { error: "Choisissez le type du centre : SCO, SUP ou PRO." }),
  city: z
    .string({ error: "Saisissez la ville du centre." })
    .trim()
    .min(1, "Saisissez la ville du centre.")
    .max(100, "La ville fait au plus 100 caractères."),
});
export type CentreFields = z.input<typeof centreFieldsSchema>;

export const createCentreSchema = centreFieldsSchema;
export const updateCentreSchema = centreFieldsSchema.extend({ centreId: centreIdSchema });

export const centreStateSchema = z.object({ centreId: centreIdSchema });

const memberEmailSchema = z
  .string({ error: "Saisissez l'adresse e-mail de la personne." })
  .trim()
  .min(1, "Saisissez l'adresse e-mail de la personne.")
  .max(254, "L'adresse e-mail est trop longue.")
  .pipe(z.email({ error: "Saisissez une adresse e-mail valide, par exemple nom@exemple.fr." }))
  .transform((v) => v.toLowerCase());

export const addCentreMemberSchema = z.object({ centreId: centreIdSchema, email: memberEmailSchema });

export const removeCentreMemberSchema = z.object({ centreId: centreIdSchema, membershipId: uuid("Ce membre n'existe pas.") });

export const CENTRE_FILTERS = ["a-valider", "valides", "archives"] as const;
export type CentreFilter = (typeof CENTRE_FILTERS)[number];

export const NO_ACCOUNT_MESSAGE = "Aucun compte Pix avec cette adresse : demandez à la personne de créer un compte, puis recommencez.";

export function isUuid(v: string): boolean {
  return centreIdSchema.safeParse(v).success;
}
