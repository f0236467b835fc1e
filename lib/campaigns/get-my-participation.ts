import "server-only";
import { and, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { assessments, campaignParticipations, campaigns, organisations } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";

export type MyCampaign = {
  id: string;
  code: string;
  name: string;
  /** "abc-diag" | "assessment" | "profiles" */
  type: string;
  organisationName: string;
  targetProfileId: string | null;
  forAbsoluteNovice: boolean;
  multipleSendings: boolean;
  resultText: string | null;
  archived: boolean;
};

export type MyParticipation = {
  campaign: MyCampaign;
  participation: typeof campaignParticipations.$inferSelect;
  /** the test of an assessment campaign's participation */
  assessment: typeof assessments.$inferSelect | null;
};

/**
 * The actor's current participation in the campaign of this code, with its test: only ever the
 * actor's own (null for anyone else, and for a code nobody has, so pages cannot tell them apart).
 */
export async function getMyParticipation(db: DbOrTx, actor: Actor, code: string): Promise<MyParticipation | null> {
  const [row] = await db
    .select({ c: campaigns, organisationName: organisations.name, p: campaignParticipations, a: assessments })
    .from(campaignParticipations)
    .innerJoin(campaigns, eq(campaigns.id, campaignParticipations.campaignId))
    .innerJoin(organisations, eq(organisations.id, campaigns.organisationId))
    .leftJoin(assessments, eq(assessments.campaignParticipationId, campaignParticipations.id))
    .where(and(eq(campaigns.code, code), eq(campaignParticipations.userId, actor.userId), eq(campaignParticipations.isImproved, false)))
    .orderBy(desc(campaignParticipations.createdAt))
    .limit(1);
  if (!row) return null;
  const c = row.c;
  return {
    campaign: {
      id: c.id,
      code: c.code,
      name: c.name,
      type: c.type,
      organisationName: row.organisationName,
      targetProfileId: c.targetProfileId,
      forAbsoluteNovice: c.forAbsoluteNovice,
      multipleSendings: c.multipleSendings,
      resultText: c.resultText,
      archived: c.archivedAt !== null,
    },
    participation: row.p,
    assessment: row.a,
  };
}
