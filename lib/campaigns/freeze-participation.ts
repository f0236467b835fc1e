import "server-only";
import { and, eq, ne } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { campaignParticipations } from "@/db/schema";
import { learnerResults } from "./learner-results";

/**
 * "J'envoie mes résultats": the participation becomes shared and its scores are frozen as they
 * are now (later tests change the learner's profile, not what the structure received). Only a
 * participation not yet shared is changed, so a second click changes nothing.
 */
export async function freezeParticipation(
  tx: Tx,
  p: { participationId: string; userId: string; targetProfileId: string | null },
  now: Date,
): Promise<boolean> {
  const r = await learnerResults(tx, p.userId, p.targetProfileId);
  const updated = await tx
    .update(campaignParticipations)
    .set({
      status: "shared",
      sharedAt: now,
      validatedSkills: r.results?.validated ?? null,
      targetSkills: r.results?.total ?? null,
      masteryBasisPoints: r.results?.masteryBasisPoints ?? null,
      stageReached: r.results?.stage?.number ?? null,
      pixScore: r.score.totalPix,
      snapshot: r.snapshot,
    })
    .where(and(eq(campaignParticipations.id, p.participationId), eq(campaignParticipations.userId, p.userId), ne(campaignParticipations.status, "shared")))
    .returning({ id: campaignParticipations.id, status: campaignParticipations.status });
  return updated.length > 0;
}
