import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { certificationCandidates, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { NotFound } from "@/lib/errors";
import { guardSession } from "./guard";
import { userEligibility } from "./user-eligibility";

export type CandidateEligibilityCheck =
  | { status: "eligible" }
  | { status: "not-eligible"; reason: string }
  | { status: "no-email" }
  | { status: "no-account" };

/**
 * "Vérifier l'éligibilité": the profile of the account linked to the candidate, or else of the
 * account with the candidate's e-mail, decides. Computed on the fly, stored nowhere (the
 * profile can change until the day; the test checks again when the candidate joins). Says only
 * eligible or not, with the reason: nothing else about the account.
 */
export async function checkCandidateEligibility(actor: Actor | null, centerId: string, sessionId: string, candidateId: string): Promise<CandidateEligibilityCheck> {
  const db = getDb();
  await guardSession(db, actor, centerId, sessionId);
  const [candidate] = await db
    .select()
    .from(certificationCandidates)
    .where(and(eq(certificationCandidates.id, candidateId), eq(certificationCandidates.sessionId, sessionId)))
    .limit(1);
  if (!candidate) throw new NotFound("Ce candidat n'existe pas dans cette session.");
  let userId = candidate.userId;
  if (!userId) {
    if (!candidate.email) return { status: "no-email" };
    const [u] = await db
      .select({ id: users.id })
      .from(users)
      .where(and(sql`lower(${users.email}) = ${candidate.email.toLowerCase()}`, eq(users.isAnonymous, false)))
      .limit(1);
    if (!u) return { status: "no-account" };
    userId = u.id;
  }
  const e = await userEligibility(db, userId);
  return e.eligible ? { status: "eligible" } : { status: "not-eligible", reason: e.reason ?? "" };
}
