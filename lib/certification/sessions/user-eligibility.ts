import type { DbOrTx } from "@/db/client";
import { loadKnowledge, loadResets, scoredKnowledge, scoringOptions } from "@/lib/assessments/knowledge";
import { checkEligibility } from "@/lib/certification/rules";
import { getReferential } from "@/lib/content";

export type EligibilityView = { eligible: boolean; reason: string | null };

/** A user's eligibility, read from their profile now (never stored: the profile may change until the day). */
export async function userEligibility(db: DbOrTx, userId: string): Promise<EligibilityView> {
  const kes = await loadKnowledge(db, userId);
  const resets = await loadResets(db, userId);
  const result = checkEligibility(scoredKnowledge(kes, resets), getReferential().competences, scoringOptions());
  return { eligible: result.eligible, reason: result.reason };
}
