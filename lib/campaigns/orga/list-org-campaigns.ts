import "server-only";
import { and, desc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { campaignParticipations, campaigns, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertOrgAccess } from "@/lib/orga/guard";
import { describeCampaign } from "./get-org-campaign";

export type OrgCampaignItem = {
  id: string;
  code: string;
  name: string;
  type: string;
  measures: string;
  createdAt: Date;
  createdByName: string | null;
  archived: boolean;
  participants: number;
  shared: number;
};

/** The organisation's campaigns (active or archived), newest first, with their participant counts. */
export async function listOrgCampaigns(actor: Actor | null, input: { orgId: string; archived: boolean }): Promise<OrgCampaignItem[]> {
  const db = getDb();
  await assertOrgAccess(db, actor, input.orgId);
  const counts = db
    .select({
      campaignId: campaignParticipations.campaignId,
      participants: sql<number>`count(*)`.as("participants"),
      shared: sql<number>`count(*) filter (where ${campaignParticipations.status} = 'shared')`.as("shared"),
    })
    .from(campaignParticipations)
    .where(
      and(
        eq(campaignParticipations.isImproved, false),
        inArray(campaignParticipations.campaignId, db.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.organisationId, input.orgId))),
      ),
    )
    .groupBy(campaignParticipations.campaignId)
    .as("counts");
  const rows = await db
    .select({ c: campaigns, participants: counts.participants, shared: counts.shared, firstName: users.firstName, lastName: users.lastName })
    .from(campaigns)
    .leftJoin(counts, eq(counts.campaignId, campaigns.id))
    .leftJoin(users, eq(users.id, campaigns.createdBy))
    .where(and(eq(campaigns.organisationId, input.orgId), input.archived ? isNotNull(campaigns.archivedAt) : isNull(campaigns.archivedAt)))
    .orderBy(desc(campaigns.createdAt));
  return rows.map((r) => ({
    id: r.c.id,
    code: r.c.code,
    name: r.c.name,
    type: r.c.type,
    measures: describeCampaign(r.c).measures,
    createdAt: r.c.createdAt,
    createdByName: r.firstName ? `${r.firstName} ${r.lastName}` : null,
    archived: r.c.archivedAt !== null,
    participants: Number(r.participants ?? 0),
    shared: Number(r.shared ?? 0),
  }));
}
