// The query of the kit's downloads (/mediation-numerique/kit/affiche and /flyer, GET forms):
// what is accepted, the error codes sent back to the kit page (?erreur=…) and their French words.
import { z } from "zod";

export const KIT_PAGE = "/mediation-numerique/kit";
export const MAX_STRUCTURE_LENGTH = 120;

export const KIT_ERRORS = {
  "structure-vide": { field: "structure", message: "Écrivez le nom de votre structure : il est imprimé sur le document." },
  "structure-longue": { field: "structure", message: `Le nom de la structure fait ${MAX_STRUCTURE_LENGTH} caractères au plus. Raccourcissez-le.` },
  format: { field: "format", message: "Choisissez le format du document : A4 ou A3." },
  "campagne-connexion": { field: "campagne", message: "Connectez-vous à votre compte Pix Orga pour ajouter le code d'une campagne." },
  campagne: { field: "campagne", message: "Cette campagne n'est pas une campagne de vos organisations. Choisissez-en une dans la liste." },
  "campagne-flyer": { field: "campagne", message: "Le flyer ABC Diag ne peut porter que le code d'une campagne ABC Diag. Choisissez une campagne ABC Diag, ou imprimez l'affiche." },
  "campagne-archivee": { field: "campagne", message: "Cette campagne est archivée. Choisissez une campagne en cours." },
} as const;

export type KitErrorCode = keyof typeof KIT_ERRORS;
export type KitField = "structure" | "format" | "campagne";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const kitQuerySchema = z.object({
  structure: z
    .string({ error: "structure-vide" })
    .transform((s) => s.replace(/\s+/g, " ").trim())
    .pipe(z.string().min(1, "structure-vide").refine((s) => Array.from(s).length <= MAX_STRUCTURE_LENGTH, "structure-longue")),
  format: z.preprocess(blankToUndefined, z.enum(["A4", "A3"], { error: "format" }).default("A4")),
  campagne: z.preprocess(blankToUndefined, z.string().max(100, "campagne").optional()),
});

export type KitQuery = z.infer<typeof kitQuerySchema>;

/** Parses the query string; on bad input, the error codes (one per field, in form order). */
export function parseKitQuery(params: URLSearchParams): { ok: true; query: KitQuery } | { ok: false; errors: KitErrorCode[] } {
  const raw = Object.fromEntries(["structure", "format", "campagne"].map((k) => [k, params.get(k) ?? undefined]));
  const r = kitQuerySchema.safeParse(raw);
  if (r.success) return { ok: true, query: r.data };
  const codes = r.error.issues.map((i) => i.message).filter((m): m is KitErrorCode => m in KIT_ERRORS);
  return { ok: false, errors: [...new Set(codes.length ? codes : (["structure-vide"] as KitErrorCode[]))] };
}

/** The kit page's address with the errors and what the person typed (so the form is filled again). */
export function kitErrorUrl(errors: KitErrorCode[], params: URLSearchParams): string {
  const back = new URLSearchParams();
  back.set("erreur", errors.join(","));
  for (const key of ["structure", "format", "campagne"]) {
    const value = params.get(key);
    if (value) back.set(key, value.slice(0, 200));
  }
  const first = KIT_ERRORS[errors[0]!]?.field ?? "structure";
  return `${KIT_PAGE}?${back.toString()}#champ-${first}`;
}

/** The errors named in ?erreur=, by field (unknown codes are ignored). */
export function kitErrorsByField(erreur: string | string[] | undefined): Partial<Record<KitField, string>> {
  const value = Array.isArray(erreur) ? erreur.join(",") : (erreur ?? "");
  const out: Partial<Record<KitField, string>> = {};
  for (const code of value.split(",")) {
    const e = KIT_ERRORS[code.trim() as KitErrorCode];
    if (e && !out[e.field]) out[e.field] = e.message;
  }
  return out;
}
