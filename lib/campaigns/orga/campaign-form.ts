// The campaign form of Pix Orga (create and edit): one zod schema, French messages. Pure.
import { z } from "zod";

export const CAMPAIGN_TYPES = ["abc-diag", "assessment", "profiles"] as const;
export type CampaignType = (typeof CAMPAIGN_TYPES)[number];

const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .optional()
    .transform((v) => (v ? v : null));

const checkbox = z
  .union([z.literal("on"), z.literal("")])
  .optional()
  .transform((v) => v === "on");

export const campaignFormSchema = z
  .object({
    orgId: z.uuid("Structure introuvable."),
    name: z.string({ error: "Donnez un nom à la campagne." }).trim().min(1, "Donnez un nom à la campagne.").max(100, "Le nom fait 100 caractères au plus."),
    type: z.enum(CAMPAIGN_TYPES, { error: "Choisissez le type de campagne." }),
    targetProfileId: optionalText(100, "Profil inconnu."),
    externalIdLabel: optionalText(60, "Le libellé fait 60 caractères au plus."),
    externalIdType: z.enum(["text", "email", "number"], { error: "Choisissez le type de l'identifiant." }).optional(),
    allowAnonymous: checkbox,
    forAbsoluteNovice: checkbox,
    multipleSendings: checkbox,
    landingText: optionalText(1000, "Le texte d'accueil fait 1 000 caractères au plus."),
    resultText: optionalText(1000, "Le texte de fin fait 1 000 caractères au plus."),
  })
  .superRefine((v, ctx) => {
    if (v.type === "assessment" && !v.targetProfileId) ctx.addIssue({ code: "custom", path: ["targetProfileId"], message: "Choisissez ce que la campagne évalue." });
    if (v.externalIdLabel && !v.externalIdType) ctx.addIssue({ code: "custom", path: ["externalIdType"], message: "Choisissez le type de l'identifiant." });
  })
  .transform((v) => ({
    ...v,
    targetProfileId: v.type === "assessment" ? v.targetProfileId : null,
    externalIdType: v.externalIdLabel ? (v.externalIdType ?? "text") : null,
    // a profile collection has no test: neither beginners' mode nor anonymous access
    forAbsoluteNovice: v.type === "profiles" ? false : v.forAbsoluteNovice,
    allowAnonymous: v.type === "profiles" ? false : v.allowAnonymous,
    multipleSendings: v.type === "abc-diag" ? false : v.multipleSendings,
  }));

export type CampaignForm = z.output<typeof campaignFormSchema>;

/** What a new campaign of this type starts with: ABC Diag without an account and for beginners. */
export function campaignDefaults(type: CampaignType): Pick<CampaignForm, "allowAnonymous" | "forAbsoluteNovice" | "multipleSendings"> {
  if (type === "abc-diag") return { allowAnonymous: true, forAbsoluteNovice: true, multipleSendings: false };
  return { allowAnonymous: false, forAbsoluteNovice: false, multipleSendings: false };
}
