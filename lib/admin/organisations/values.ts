import type { z } from "zod";
import { InvalidInput } from "@/lib/errors";
import { generalTargetProfiles } from "./general-profiles";
import type { OrganisationInput } from "./schemas";

/** The stored form of the profile choice: null for "all", else the ticked general profile ids. */
export function targetProfileIdsOf(input: Pick<OrganisationInput, "profiles" | "targetProfileIds">): string[] | null {
  if (input.profiles === "all") return null;
  const known = new Set(generalTargetProfiles().map((p) => p.id));
  const chosen = [...new Set(input.targetProfileIds)];
  if (chosen.some((id) => !known.has(id))) throw new InvalidInput({ targetProfileIds: "Ce profil cible n'existe pas." });
  if (chosen.length === 0) throw new InvalidInput({ targetProfileIds: "Cochez au moins un profil cible, ou choisissez « Tous les profils »." });
  return chosen.sort();
}

/** Is this error PostgreSQL's unique violation on the SIRET index? (drizzle may wrap it in `cause`) */
export function isSiretTaken(e: unknown): boolean {
  for (let err = e as { code?: string; constraint?: string; message?: string; cause?: unknown } | undefined, i = 0; err && i < 4; err = err.cause as typeof err, i += 1) {
    if (err.code === "23505" && (err.constraint === "organisations_siret_unique" || String(err.message).includes("organisations_siret_unique"))) return true;
  }
  return false;
}

export const SIRET_TAKEN = "Une autre organisation utilise déjà ce SIRET. Vérifiez le numéro, ou ouvrez la fiche de cette organisation.";

/** The audited picture of an organisation (no personal data). */
export function organisationSnapshot(o: {
  name: string;
  type: string;
  siret: string | null;
  hasAbcPixAccess: boolean;
  targetProfileIds: string[] | null;
  archivedAt?: Date | null;
}) {
  return {
    name: o.name,
    type: o.type,
    siret: o.siret,
    hasAbcPixAccess: o.hasAbcPixAccess,
    targetProfileIds: o.targetProfileIds,
    ...(o.archivedAt !== undefined ? { archivedAt: o.archivedAt?.toISOString() ?? null } : {}),
  };
}

/** Parses with a zod schema; bad input becomes InvalidInput with one French message per field. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string> = {};
  for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? "_form")] ??= issue.message;
  throw new InvalidInput(fieldErrors);
}
