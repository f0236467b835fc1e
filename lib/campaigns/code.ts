// Campaign codes and external ids: what a participant types, checked before anything else. Pure.
import { z } from "zod";

export const CAMPAIGN_CODE = /^[A-Z]{6}[0-9]{3}$/;

/** Letter case, spaces and dashes are forgiven: " capdia-123 " is CAPDIA123. */
export function normalizeCode(raw: string): string {
  return raw.replace(/[\s-]+/g, "").toUpperCase();
}

export const campaignCodeSchema = z
  .string({ error: "Saisissez le code du parcours." })
  .transform(normalizeCode)
  .pipe(
    z
      .string()
      .min(1, "Saisissez le code du parcours.")
      .regex(CAMPAIGN_CODE, "Un code a 6 lettres puis 3 chiffres, par exemple ABCDEF123. Vérifiez-le."),
  );

export type ExternalIdType = "text" | "email" | "number";

/** The external id a campaign asks for ("Numéro de dossier"…), validated by its type. */
export function externalIdSchema(label: string, type: ExternalIdType) {
  const base = z.string({ error: `Saisissez votre ${label.toLowerCase()}.` }).trim().min(1, `Saisissez votre ${label.toLowerCase()}.`).max(100, "C'est trop long : 100 caractères au plus.");
  if (type === "email") return base.pipe(z.email({ error: `Votre ${label.toLowerCase()} doit être une adresse e-mail, par exemple nom@exemple.fr.` }));
  if (type === "number") return base.transform((v) => v.replace(/\s+/g, "")).pipe(z.string().regex(/^[0-9]{1,30}$/, `Votre ${label.toLowerCase()} ne contient que des chiffres.`));
  return base;
}
