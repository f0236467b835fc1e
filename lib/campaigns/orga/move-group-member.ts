import "server-only";
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { campaignGroupMembers, campaignGroups, campaignParticipations, campaigns } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { Conflict, NotFound } from "@/lib/errors";
import { isUuid } from "@/lib/orga/guard";
import { getOrgCampaign } from "./get-org-campaign";
import { describeSavedGroups } from "./list-groups";

/**
 * Moves one shared participant of the campaign into one of its saved groups (also places someone
 * who shared after the groups were saved). The group and the participation must belong to this
 * campaign (else NotFound, whatever exists elsewhere); a group is never left empty (Conflict).
 * The saved labels of every group are then recomputed from the new members, in the same transaction.
 */
export async function moveGroupMember(
  db: DbOrTx,
  actor: Actor | null,
  organisationId: string,
  campaignId: string,
  input: { participationId: string; groupId: string },
): Promise<{ moved: boolean }> {
  const campaign = await getOrgCampaign(db, actor, organisationId, campaignId);
  if (!isUuid(input.groupId)) throw new NotFound("Ce groupe n'existe pas.");
  if (!isUuid(input.participationId)) throw new NotFound("Cette personne ne fait pas partie des participants.");
  return db.transaction(async (tx) => {
    await tx.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.id, campaign.id)).for("update");
    const [target] = await tx
      .select({ id: campaignGroups.id })
      .from(campaignGroups)
      .where(and(eq(campaignGroups.id, input.groupId), eq(campaignGroups.campaignId, campaign.id)));
    if (!target) throw new NotFound("Ce groupe n'existe pas.");
    const [participation] = await tx
      .select({ id: campaignParticipations.id })
      .from(campaignParticipations)
      .where(
        and(
          eq(campaignParticipations.id, input.participationId),
          eq(campaignParticipations.campaignId, campaign.id),
          eq(campaignParticipations.isImproved, false),
          eq(campaignParticipations.status, "shared"),
        ),
      );
    if (!participation) throw new NotFound("Cette personne ne fait pas partie des participants.");
    const [current] = await tx
      .select({ groupId: campaignGroupMembers.groupId, name: campaignGroups.name })
      .from(campaignGroupMembers)
      .innerJoin(campaignGroups, eq(campaignGroups.id, campaignGroupMembers.groupId))
      .where(eq(campaignGroupMembers.participationId, participation.id));
    if (current?.groupId === target.id) return { moved: false };
    if (current) {
      const others = await tx.select({ id: campaignGroupMembers.participationId }).from(campaignGroupMembers).where(eq(campaignGroupMembers.groupId, current.groupId));
      if (others.length <= 1) throw new Conflict(`Le ${current.name} ne peut pas rester vide : ajoutez-y d'abord une autre personne.`);
      await tx.update(campaignGroupMembers).set({ groupId: target.id }).where(eq(campaignGroupMembers.participationId, participation.id));
    } else {
      await tx.insert(campaignGroupMembers).values({ groupId: target.id, participationId: participation.id });
    }
    const described = await describeSavedGroups(tx, campaign);
    for (const g of described.groups) await tx.update(campaignGroups).set({ label: g.label }).where(eq(campaignGroups.id, g.id));
    return { moved: true };
  });
}
