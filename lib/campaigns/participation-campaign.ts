import "server-only";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { campaignParticipations, campaigns } from "@/db/schema";

export type ParticipationCampaign = {
  participationId: string;
  code: string;
  type: string;
  targetProfileId: string | null;
  forAbsoluteNovice: boolean;
};

/** The campaign a participation belongs to (for the test's answers and pages). */
export async function campaignOfParticipation(db: DbOrTx, participationId: string): Promise<ParticipationCampaign | null> {
  const [row] = await db
    .select({ code: campaigns.code, type: campaigns.type, targetProfileId: campaigns.targetProfileId, forAbsoluteNovice: campaigns.forAbsoluteNovice })
    .from(campaignParticipations)
    .innerJoin(campaigns, eq(campaigns.id, campaignParticipations.campaignId))
    .where(eq(campaignParticipations.id, participationId));
  return row ? { participationId, ...row } : null;
}
