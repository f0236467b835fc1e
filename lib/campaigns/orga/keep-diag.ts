import "server-only";
import { z } from "zod";
import { getDb } from "@/db/client";
import { organisationDiagResults } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { NotFound } from "@/lib/errors";
import { assertOrgAccess, isUuid } from "@/lib/orga/guard";
import { completedRunByCode, countLookup, diagCodeSchema, WRONG_DIAG_CODE_DELAY_MS } from "./find-diag-by-code";

export const LABEL_MAX = 80;

/** "Garder dans la liste de la structure". */
export const keepDiagSchema = z.object({
  orgId: z.string().refine(isUuid, "Cette structure n'existe pas."),
  code: diagCodeSchema,
  label: z
    .string()
    .trim()
    .max(LABEL_MAX, `Le nom ou pseudonyme fait au plus ${LABEL_MAX} caractères.`)
    .nullish()
    .transform((v) => (v ? v : null)),
});

/**
 * Keeps a completed ABC Diag in the organisation's list, with an optional name or pseudonym
 * (kept again: the label is updated). Counted like a lookup, so it cannot be used to try codes.
 */
export async function keepDiag(actor: Actor | null, raw: z.input<typeof keepDiagSchema>, now = new Date(), delay = WRONG_DIAG_CODE_DELAY_MS): Promise<{ runId: string; alreadyKept: boolean }> {
  const db = getDb();
  await assertOrgAccess(db, actor, String(raw.orgId ?? ""));
  const input = keepDiagSchema.parse(raw);
  const code = await countLookup(db, actor!, input.code, now);
  const found = await completedRunByCode(db, input.orgId, code);
  if (!found) {
    if (delay > 0) await new Promise((r) => setTimeout(r, delay));
    throw new NotFound("Aucun diagnostic terminé ne porte ce code.");
  }
  await db
    .insert(organisationDiagResults)
    .values({ organisationId: input.orgId, runId: found.runId, keptBy: actor!.userId, label: input.label, keptAt: now })
    .onConflictDoUpdate({ target: [organisationDiagResults.organisationId, organisationDiagResults.runId], set: { label: input.label } });
  return { runId: found.runId, alreadyKept: found.kept !== null };
}
