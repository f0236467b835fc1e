import "server-only";
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { campaigns, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import type { OrgRole } from "@/lib/auth/memberships";
import { getContentIndex } from "@/lib/content";
import { NotFound } from "@/lib/errors";
import { assertOrgAccess, isUuid } from "@/lib/orga/guard";

export type OrgCampaign = typeof campaigns.$inferSelect & {
  /** the target profile's name, or what the campaign measures */
  measures: string;
  /** the themes results are grouped by: the profile's, or ABC Diag's three dimensions; none for profile collection */
  themes: { id: string; name: string }[];
  createdByName: string | null;
  /** the actor's role in the organisation */
  myRole: OrgRole;
};

export const CAMPAIGN_TYPE_LABEL: Record<string, string> = {
  "abc-diag": "ABC Diag",
  assessment: "Évaluation",
  profiles: "Collecte de profils",
};

/**
 * The first line of every service on one campaign of Pix Orga: the actor is a member of the
 * organisation in the address (with the role asked for), and the campaign belongs to it.
 * Anything else is NotAllowed / NotFound, whatever exists elsewhere.
 */
export async function getOrgCampaign(db: DbOrTx, actor: Actor | null, organisationId: string, campaignId: string, role?: OrgRole): Promise<OrgCampaign> {
  const { role: myRole } = await assertOrgAccess(db, actor, organisationId, role);
  if (!isUuid(campaignId)) throw new NotFound("Cette campagne n'existe pas.");
  const [row] = await db
    .select({ c: campaigns, firstName: users.firstName, lastName: users.lastName })
    .from(campaigns)
    .leftJoin(users, eq(users.id, campaigns.createdBy))
    .where(and(eq(campaigns.id, campaignId), eq(campaigns.organisationId, organisationId)));
  if (!row) throw new NotFound("Cette campagne n'existe pas.");
  return { ...row.c, ...describeCampaign(row.c), createdByName: row.firstName ? `${row.firstName} ${row.lastName}` : null, myRole };
}

/** What a campaign measures, and its themes. */
export function describeCampaign(c: { type: string; targetProfileId: string | null }): { measures: string; themes: { id: string; name: string }[] } {
  const index = getContentIndex();
  if (c.type === "abc-diag") {
    const diag = index.referential.abcDiag;
    return { measures: "ABC Diag (10 questions)", themes: (diag?.dimensions ?? []).map((d) => ({ id: d.id, name: d.name })) };
  }
  if (c.type === "profiles") return { measures: "Profil Pix (16 compétences)", themes: [] };
  const profile = c.targetProfileId ? index.targetProfileById.get(c.targetProfileId) : undefined;
  return { measures: profile?.name ?? "Profil cible inconnu", themes: (profile?.themes ?? []).map((t) => ({ id: t.id, name: t.name })) };
}
