import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { campaignParticipations } from "@/db/schema";
import { createCampaignAssessment } from "@/lib/assessments/create-assessment";
import { assertUser, type Actor } from "@/lib/auth/actor";
import { Conflict, NotFound } from "@/lib/errors";
import { retryEligibility } from "@/lib/scoring";
import { getMyParticipation } from "./get-my-participation";

/**
 * "Je retente" (campaigns that allow multiple sendings): 4 days after sending, a new
 * participation replaces the current one (which the structure keeps as an earlier result) and a
 * new test starts, ignoring the learner's failures older than 4 days. The external id carries over.
 */
export async function retryParticipation(actor: Actor | null, input: { code: string }, now = new Date()): Promise<void> {
  assertUser(actor);
  await getDb().transaction(async (tx) => {
    const mine = await getMyParticipation(tx, actor, input.code);
    if (!mine || mine.campaign.type === "abc-diag") throw new NotFound("Vous ne participez pas à ce parcours.");
    const { campaign, participation: p } = mine;
    if (campaign.archived) throw new Conflict("Ce parcours est terminé : il n'accepte plus de participants.");
    if (!campaign.multipleSendings) throw new Conflict("Ce parcours ne se passe qu'une fois.");
    if (p.status !== "shared" || !p.sharedAt) {
      // a second "Je retente": the first one already started the new try
      const [earlier] = await tx
        .select({ id: campaignParticipations.id })
        .from(campaignParticipations)
        .where(and(eq(campaignParticipations.campaignId, campaign.id), eq(campaignParticipations.userId, actor.userId), eq(campaignParticipations.isImproved, true)))
        .limit(1);
      if (earlier) return;
      throw new Conflict("Envoyez d'abord vos résultats : vous pourrez retenter 4 jours après.");
    }
    const e = retryEligibility(p.sharedAt, now);
    if (!e.allowed) throw new Conflict(`Vous pourrez retenter ce parcours dans ${e.daysLeft} jour${e.daysLeft > 1 ? "s" : ""}.`);
    const improved = await tx
      .update(campaignParticipations)
      .set({ isImproved: true })
      .where(and(eq(campaignParticipations.id, p.id), eq(campaignParticipations.isImproved, false)))
      .returning({ id: campaignParticipations.id });
    if (improved.length === 0) return; // a second click: the first one started the new try
    const [next] = await tx
      .insert(campaignParticipations)
      .values({ campaignId: campaign.id, userId: actor.userId, externalId: p.externalId, createdAt: now })
      .returning({ id: campaignParticipations.id });
    if (campaign.type === "assessment") await createCampaignAssessment(tx, actor.userId, { id: next!.id, targetProfileId: campaign.targetProfileId! }, { retrying: true, now });
  });
}
