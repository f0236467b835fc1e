import "server-only";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { campaignGroupMembers, campaignGroups, campaigns } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { Conflict } from "@/lib/errors";
import { getOrgCampaign } from "./get-org-campaign";
import { suggestFor } from "./suggest-groups";

/**
 * Saves the k groups suggested for the campaign, replacing the ones saved before (in one
 * transaction, the campaign row locked so two mediators saving at once do not mix their groups).
 * The suggestion is recomputed here, not posted by the browser: formGroups is deterministic (the
 * campaign id is its seed), so the groups saved are the groups that were shown, unless a new
 * participant shared in between, in which case the saved groups include them.
 * Any member of the organisation may save: groups are the mediators' working tool for their
 * workshops, built only from results every member can already read.
 */
export async function saveGroups(db: DbOrTx, actor: Actor | null, organisationId: string, campaignId: string, k: number, now: Date): Promise<{ groupIds: string[] }> {
  const campaign = await getOrgCampaign(db, actor, organisationId, campaignId);
  return db.transaction(async (tx) => {
    await tx.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.id, campaign.id)).for("update");
    const suggestion = await suggestFor(tx, campaign, k);
    if (suggestion.kind !== "groups") {
      throw new Conflict(`Il faut au moins ${suggestion.k + 1} participants ayant envoyé leurs résultats pour former ${suggestion.k} groupes.`, "k");
    }
    await tx.delete(campaignGroups).where(eq(campaignGroups.campaignId, campaign.id));
    const { groups } = suggestion.grouping;
    const inserted = await tx
      .insert(campaignGroups)
      .values(groups.map((g) => ({ campaignId: campaign.id, position: g.index + 1, name: g.name, label: g.label, createdBy: actor!.userId, createdAt: now })))
      .returning({ id: campaignGroups.id, position: campaignGroups.position });
    const idAt = new Map(inserted.map((r) => [r.position, r.id]));
    const members = groups.flatMap((g) => g.members.map((m) => ({ groupId: idAt.get(g.index + 1)!, participationId: m.id })));
    if (members.length > 0) await tx.insert(campaignGroupMembers).values(members);
    return { groupIds: groups.map((g) => idAt.get(g.index + 1)!) };
  });
}
