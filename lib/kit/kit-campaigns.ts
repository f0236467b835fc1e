import "server-only";
import { and, asc, desc, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { campaigns, memberships, organisations } from "@/db/schema";
import { assertRegistered, type Actor } from "@/lib/auth/actor";
import { Conflict, NotFound } from "@/lib/errors";
import { isUuid } from "@/lib/orga/guard";

/** A campaign whose code can be printed on the kit's poster and flyer. */
export type KitCampaignItem = {
  id: string;
  code: string;
  name: string;
  type: string;
  organisationName: string;
};

/**
 * The campaigns the actor may print in the deployment kit: those of every (not archived)
 * organisation they belong to, not archived, grouped by organisation then newest first.
 * Nobody logged in, or an anonymous participant: no campaign (the kit works without one).
 */
export async function listKitCampaigns(actor: Actor | null): Promise<KitCampaignItem[]> {
  if (!actor || actor.isAnonymous) return [];
  return getDb()
    .select({ id: campaigns.id, code: campaigns.code, name: campaigns.name, type: campaigns.type, organisationName: organisations.name })
    .from(campaigns)
    .innerJoin(organisations, eq(organisations.id, campaigns.organisationId))
    .innerJoin(memberships, and(eq(memberships.organisationId, organisations.id), eq(memberships.userId, actor.userId)))
    .where(and(isNull(campaigns.archivedAt), isNull(organisations.archivedAt)))
    .orderBy(asc(organisations.name), desc(campaigns.createdAt), asc(campaigns.code));
}

/**
 * One campaign for the kit, checked: the actor is logged in and a member of its organisation,
 * and it is not archived. A campaign of another organisation is refused like one that does not
 * exist (nobody learns whether an id exists).
 */
export async function kitCampaign(actor: Actor | null, campaignId: string): Promise<KitCampaignItem> {
  assertRegistered(actor);
  const unknown = new NotFound("Cette campagne n'est pas une campagne de vos organisations.");
  if (!isUuid(campaignId)) throw unknown;
  const [row] = await getDb()
    .select({ id: campaigns.id, code: campaigns.code, name: campaigns.name, type: campaigns.type, organisationName: organisations.name, archivedAt: campaigns.archivedAt })
    .from(campaigns)
    .innerJoin(organisations, eq(organisations.id, campaigns.organisationId))
    .innerJoin(memberships, and(eq(memberships.organisationId, organisations.id), eq(memberships.userId, actor.userId)))
    .where(and(eq(campaigns.id, campaignId), isNull(organisations.archivedAt)))
    .limit(1);
  if (!row) throw unknown;
  if (row.archivedAt) throw new Conflict("Cette campagne est archivée : choisissez une campagne en cours.", "campagne");
  return { id: row.id, code: row.code, name: row.name, type: row.type, organisationName: row.organisationName };
}
