import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { campaignParticipations, diagRuns } from "@/db/schema";
import { createAnonymousParticipant } from "@/lib/accounts/create-anonymous-participant";
import { createRunFor } from "@/lib/abc-diag/start-diag";
import { createCampaignAssessment } from "@/lib/assessments/create-assessment";
import type { Actor } from "@/lib/auth/actor";
import { InvalidInput, NotAuthenticated } from "@/lib/errors";
import { externalIdSchema } from "./code";
import { findCampaignForJoin } from "./find-campaign";

export type JoinOutcome = {
  /** "abc-diag" | "assessment" | "profiles" */
  type: string;
  code: string;
  /** the ABC Diag run, for a structure's ABC Diag */
  runId: string | null;
  /** set when an anonymous participant was created: the caller binds it to the browser */
  newSessionId: string | null;
};

/**
 * Joins a structure's campaign: with the person's account, or (when the campaign allows it)
 * without one, as an anonymous participant bound to this browser. The external id, when the
 * campaign asks for one, is checked by its type and kept once. Joining twice resumes the same
 * participation. An ABC Diag gets its run (its result reaches the structure), an assessment
 * campaign its test on the target profile; a profile collection waits for "J'envoie mon profil".
 */
export async function joinCampaign(actor: Actor | null, input: { code: string; externalId?: string; ip: string }, now = new Date()): Promise<JoinOutcome> {
  const db = getDb();
  const campaign = await findCampaignForJoin(db, input.code, input.ip, now);
  if (!campaign.allowAnonymous && (!actor || actor.isAnonymous)) throw new NotAuthenticated();
  return db.transaction(async (tx) => {
    let userId = actor?.userId;
    let newSessionId: string | null = null;
    const [existing] = userId
      ? await tx
          .select()
          .from(campaignParticipations)
          .where(and(eq(campaignParticipations.campaignId, campaign.id), eq(campaignParticipations.userId, userId), eq(campaignParticipations.isImproved, false)))
      : [];
    let participationId = existing?.id;
    if (!participationId) {
      let externalId: string | null = null;
      if (campaign.externalIdLabel) {
        const parsed = externalIdSchema(campaign.externalIdLabel, campaign.externalIdType ?? "text").safeParse(input.externalId ?? "");
        if (!parsed.success) throw new InvalidInput({ externalId: parsed.error.issues[0]!.message });
        externalId = parsed.data;
      }
      if (!userId) ({ userId, sessionId: newSessionId } = await createAnonymousParticipant(tx, now));
      // two clicks at once: the second insert finds the first (one current participation per person)
      const [created] = await tx
        .insert(campaignParticipations)
        .values({ campaignId: campaign.id, userId, externalId, createdAt: now })
        .onConflictDoNothing()
        .returning({ id: campaignParticipations.id });
      participationId =
        created?.id ??
        (
          await tx
            .select({ id: campaignParticipations.id })
            .from(campaignParticipations)
            .where(and(eq(campaignParticipations.campaignId, campaign.id), eq(campaignParticipations.userId, userId), eq(campaignParticipations.isImproved, false)))
        )[0]!.id;
      if (campaign.type === "assessment" && created) {
        await createCampaignAssessment(tx, userId, { id: participationId, targetProfileId: campaign.targetProfileId! }, { retrying: false, now });
      }
    }
    const out: JoinOutcome = { type: campaign.type, code: campaign.code, runId: null, newSessionId };
    if (campaign.type === "abc-diag") {
      const [run] = await tx
        .select({ id: diagRuns.id })
        .from(diagRuns)
        .where(and(eq(diagRuns.participationId, participationId), eq(diagRuns.state, "started")));
      out.runId = run?.id ?? (await createRunFor(tx, userId!, now, participationId));
    }
    return out;
  });
}
