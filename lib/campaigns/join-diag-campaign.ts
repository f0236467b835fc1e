import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { campaignParticipations, diagRuns } from "@/db/schema";
import { createAnonymousParticipant } from "@/lib/accounts/create-anonymous-participant";
import { createRunFor } from "@/lib/abc-diag/start-diag";
import type { Actor } from "@/lib/auth/actor";
import { InvalidInput, NotAuthenticated, NotFound } from "@/lib/errors";
import { externalIdSchema } from "./code";
import { findCampaignForJoin } from "./find-campaign";

/**
 * Joins a structure's ABC Diag campaign: with the person's account, or (when the campaign allows
 * it) without one, as an anonymous participant bound to this browser. The external id, when the
 * campaign asks for one, is checked by its type and kept once. The diag run is tied to the
 * participation, so its result reaches the structure. Joining twice resumes.
 */
export async function joinDiagCampaign(
  actor: Actor | null,
  input: { code: string; externalId?: string; ip: string },
  now = new Date(),
): Promise<{ runId: string; newSessionId: string | null }> {
  const db = getDb();
  const campaign = await findCampaignForJoin(db, input.code, input.ip, now);
  if (campaign.type !== "abc-diag") throw new NotFound("Ce parcours n'est pas un ABC Diag.");
  if (!actor && !campaign.allowAnonymous) throw new NotAuthenticated();
  let externalId: string | null = null;
  if (campaign.externalIdLabel) {
    const parsed = externalIdSchema(campaign.externalIdLabel, campaign.externalIdType ?? "text").safeParse(input.externalId ?? "");
    if (!parsed.success) throw new InvalidInput({ externalId: parsed.error.issues[0]!.message });
    externalId = parsed.data;
  }
  return db.transaction(async (tx) => {
    let userId = actor?.userId;
    let newSessionId: string | null = null;
    if (!userId) ({ userId, sessionId: newSessionId } = await createAnonymousParticipant(tx, now));
    const [existing] = await tx
      .select()
      .from(campaignParticipations)
      .where(and(eq(campaignParticipations.campaignId, campaign.id), eq(campaignParticipations.userId, userId)));
    const participationId =
      existing?.id ??
      (await tx.insert(campaignParticipations).values({ campaignId: campaign.id, userId, externalId, createdAt: now }).returning({ id: campaignParticipations.id }))[0]!.id;
    const [run] = await tx
      .select({ id: diagRuns.id })
      .from(diagRuns)
      .where(and(eq(diagRuns.participationId, participationId), eq(diagRuns.state, "started")));
    if (run) return { runId: run.id, newSessionId };
    return { runId: await createRunFor(tx, userId, now, participationId), newSessionId };
  });
}
