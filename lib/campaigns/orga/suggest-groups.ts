import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db/client";
import { campaignParticipations, diagRuns, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { formGroups, type Grouping, type GroupingParticipant, type GroupingTheme } from "@/lib/campaigns/groups";
import { InvalidInput } from "@/lib/errors";
import { getOrgCampaign, type OrgCampaign } from "./get-org-campaign";

/** What the mediator may ask for on the Groupes tab (formGroups itself accepts up to 10). */
export const MIN_K = 2;
export const MAX_K = 6;
const K_MESSAGE = `Choisissez un nombre de groupes entre ${MIN_K} et ${MAX_K}.`;
export const kSchema = z.coerce.number({ error: K_MESSAGE }).int(K_MESSAGE).min(MIN_K, K_MESSAGE).max(MAX_K, K_MESSAGE);

export function assertK(k: number): number {
  if (!Number.isInteger(k) || k < MIN_K || k > MAX_K) throw new InvalidInput({ k: K_MESSAGE });
  return k;
}

export type GroupsSuggestion =
  | { kind: "groups"; campaign: OrgCampaign; k: number; grouping: Grouping; participants: number }
  /** fewer than k + 1 shared participants with a result: k groups would say nothing */
  | { kind: "too-few"; campaign: OrgCampaign; k: number; participants: number }
  /** a campaign without themes (profile collection) cannot be grouped */
  | { kind: "no-themes"; campaign: OrgCampaign; k: number; participants: number };

/** The name a mediator reads: anonymous people by their external id or their ABC Diag result code. */
export function participantName(p: { firstName: string; lastName: string; isAnonymous: boolean; externalId: string | null; resultCode: string | null }): string {
  if (!p.isAnonymous) return `${p.firstName} ${p.lastName}`.trim();
  const ref = p.externalId ?? p.resultCode;
  return ref ? `Participant anonyme (${ref})` : "Participant anonyme";
}

export function groupingThemes(campaign: OrgCampaign): GroupingTheme[] {
  return campaign.themes.map((t) => ({ id: t.id, name: t.name }));
}

/**
 * The shared, current participations of a campaign as grouping participants: mastery per theme of
 * the campaign (validated ÷ total frozen in the snapshot; ABC Diag: per dimension), null where the
 * theme was not measured. Call only after getOrgCampaign.
 */
export async function sharedParticipants(db: DbOrTx, campaign: OrgCampaign): Promise<GroupingParticipant[]> {
  const rows = await db
    .select({
      id: campaignParticipations.id,
      snapshot: campaignParticipations.snapshot,
      externalId: campaignParticipations.externalId,
      firstName: users.firstName,
      lastName: users.lastName,
      isAnonymous: users.isAnonymous,
      resultCode: diagRuns.resultCode,
    })
    .from(campaignParticipations)
    .innerJoin(users, eq(users.id, campaignParticipations.userId))
    .leftJoin(diagRuns, eq(diagRuns.participationId, campaignParticipations.id))
    .where(and(eq(campaignParticipations.campaignId, campaign.id), eq(campaignParticipations.isImproved, false), eq(campaignParticipations.status, "shared")))
    .orderBy(asc(campaignParticipations.id));
  const seen = new Set<string>();
  const out: GroupingParticipant[] = [];
  for (const r of rows) {
    if (seen.has(r.id)) continue; // a participation has at most one diag run; be safe anyway
    seen.add(r.id);
    const mastery: Record<string, number | null> = {};
    for (const t of campaign.themes) {
      const s = r.snapshot?.themes.find((x) => x.id === t.id);
      mastery[t.id] = s && s.total > 0 ? Math.min(1, Math.max(0, s.validated / s.total)) : null;
    }
    out.push({ id: r.id, name: participantName(r), mastery });
  }
  return out;
}

/**
 * Suggests k groups of similar profiles among the campaign's shared participants. Deterministic:
 * the campaign id is the seed, so saving recomputes exactly the groups that were shown.
 */
export async function suggestGroups(db: DbOrTx, actor: Actor | null, organisationId: string, campaignId: string, k: number): Promise<GroupsSuggestion> {
  const campaign = await getOrgCampaign(db, actor, organisationId, campaignId);
  return suggestFor(db, campaign, k);
}

/** The suggestion for a campaign already checked by getOrgCampaign (saveGroups recomputes it). */
export async function suggestFor(db: DbOrTx, campaign: OrgCampaign, k: number): Promise<GroupsSuggestion> {
  const wanted = assertK(k);
  const themes = groupingThemes(campaign);
  const participants = await sharedParticipants(db, campaign);
  const measured = participants.filter((p) => Object.values(p.mastery).some((v) => v !== null && v !== undefined)).length;
  if (themes.length === 0) return { kind: "no-themes", campaign, k: wanted, participants: measured };
  if (measured < wanted + 1) return { kind: "too-few", campaign, k: wanted, participants: measured };
  const grouping = formGroups({ participants, themes, k: wanted, seed: campaign.id });
  return { kind: "groups", campaign, k: wanted, grouping, participants: measured };
}
