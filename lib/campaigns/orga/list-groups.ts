import "server-only";
import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { campaignGroupMembers, campaignGroups, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import type { Group, GroupingParticipant, GroupingQuality } from "@/lib/campaigns/groups";
import { buildGrouping } from "@/lib/campaigns/groups/describe";
import { getOrgCampaign, type OrgCampaign } from "./get-org-campaign";
import { groupingThemes, sharedParticipants } from "./suggest-groups";

export type SavedGroup = Group & { id: string; position: number };

export type SavedGroups = {
  campaign: OrgCampaign;
  /** by position (weakest first when saved); empty when none were saved */
  groups: SavedGroup[];
  quality: GroupingQuality | null;
  /** shared participants in no saved group (they shared after the groups were saved) */
  notGrouped: GroupingParticipant[];
  savedAt: Date | null;
  savedBy: string | null;
};

/**
 * The saved groups of a campaign, re-described from their current members: centres, labels and
 * each member's "why" are recomputed (buildGrouping, the same description formGroups and
 * moveMember use), so they stay true after members are moved. Only current shared participations
 * count: a person's older try replaced by a retry drops out of its group. Call after getOrgCampaign.
 */
export async function describeSavedGroups(db: DbOrTx, campaign: OrgCampaign): Promise<Omit<SavedGroups, "campaign">> {
  const groupRows = await db
    .select({ g: campaignGroups, firstName: users.firstName, lastName: users.lastName })
    .from(campaignGroups)
    .leftJoin(users, eq(users.id, campaignGroups.createdBy))
    .where(eq(campaignGroups.campaignId, campaign.id))
    .orderBy(asc(campaignGroups.position));
  const participants = await sharedParticipants(db, campaign);
  if (groupRows.length === 0) return { groups: [], quality: null, notGrouped: participants, savedAt: null, savedBy: null };
  const memberRows = await db
    .select({ groupId: campaignGroupMembers.groupId, participationId: campaignGroupMembers.participationId })
    .from(campaignGroupMembers)
    .innerJoin(campaignGroups, eq(campaignGroups.id, campaignGroupMembers.groupId))
    .where(eq(campaignGroups.campaignId, campaign.id));
  const byId = new Map(participants.map((p) => [p.id, p]));
  const lists = groupRows.map(({ g }) =>
    memberRows
      .filter((m) => m.groupId === g.id)
      .map((m) => byId.get(m.participationId))
      .filter((p): p is GroupingParticipant => !!p),
  );
  const grouped = new Set(lists.flat().map((p) => p.id));
  const grouping = buildGrouping(groupingThemes(campaign), lists, []);
  const first = groupRows[0]!;
  return {
    groups: grouping.groups.map((g, i) => ({ ...g, id: groupRows[i]!.g.id, position: groupRows[i]!.g.position, name: groupRows[i]!.g.name })),
    quality: grouping.quality,
    notGrouped: participants.filter((p) => !grouped.has(p.id)),
    savedAt: first.g.createdAt,
    savedBy: first.firstName ? `${first.firstName} ${first.lastName}` : null,
  };
}

/** The Groupes tab's saved groups. Any member of the organisation. */
export async function listGroups(db: DbOrTx, actor: Actor | null, organisationId: string, campaignId: string): Promise<SavedGroups> {
  const campaign = await getOrgCampaign(db, actor, organisationId, campaignId);
  return { campaign, ...(await describeSavedGroups(db, campaign)) };
}
