import "server-only";
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { campaignParticipations } from "@/db/schema";
import { campaignOfParticipation } from "./participation-campaign";
import { freezeParticipation } from "./freeze-participation";

/**
 * The campaign's test has ended (inside the answer's transaction): the participation is
 * "completed", waiting for "J'envoie mes résultats". In a campaign for absolute beginners there
 * is no sending step: the results are shared at once.
 */
export async function completeParticipation(tx: Tx, p: { participationId: string; userId: string; shareNow: boolean }, now: Date): Promise<void> {
  await tx
    .update(campaignParticipations)
    .set({ status: "completed", completedAt: now })
    .where(and(eq(campaignParticipations.id, p.participationId), eq(campaignParticipations.userId, p.userId), eq(campaignParticipations.status, "started")));
  if (!p.shareNow) return;
  const campaign = await campaignOfParticipation(tx, p.participationId);
  await freezeParticipation(tx, { participationId: p.participationId, userId: p.userId, targetProfileId: campaign?.targetProfileId ?? null }, now);
}
