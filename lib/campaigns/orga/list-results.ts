import "server-only";
import { and, asc, count, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { campaignGroupMembers, campaignGroups, campaignParticipations, users, type ParticipationSnapshot } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getContentIndex } from "@/lib/content";
import { getOrgCampaign, type OrgCampaign } from "./get-org-campaign";

export const RESULTS_PAGE_SIZE = 50;

/** The filters and sort of the results table, read from the address (all optional). */
export const resultsQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  tri: z.enum(["date", "nom", "maitrise"]).catch("date"),
  ordre: z.enum(["asc", "desc"]).catch("desc"),
  statut: z.enum(["tous", "envoye", "en-cours"]).catch("tous"),
  groupe: z.uuid().optional().catch(undefined),
  palier: z.coerce.number().int().min(1).max(20).optional().catch(undefined),
  // a theme id: no control character (PostgreSQL refuses NUL in a query parameter), else ignored
  theme: z.string().max(100).regex(/^[^\u0000-\u001f\u007f]*$/).optional().catch(undefined),
  sous: z.coerce.number().int().min(1).max(100).optional().catch(undefined),
});
export type ResultsQuery = z.infer<typeof resultsQuerySchema>;

export type ResultRow = {
  participationId: string;
  name: string;
  externalId: string | null;
  startedAt: Date;
  sharedAt: Date | null;
  status: "started" | "completed" | "shared";
  /** rounded down, shared participations only */
  masteryPercent: number | null;
  stage: string | null;
  stageNumber: number | null;
  /** per theme (or ABC Diag dimension): percent mastered, shared participations only */
  themes: Record<string, number>;
  /** ABC Diag: level of each dimension and orientation */
  diag: ParticipationSnapshot["diag"] | null;
  groupName: string | null;
};

export type ResultsPage = { campaign: OrgCampaign; rows: ResultRow[]; total: number; page: number; pages: number; stages: { number: number; title: string }[]; groups: { id: string; name: string }[] };

/** The participant's display name: anonymous participants have none. */
export function participantName(u: { firstName: string; lastName: string; isAnonymous: boolean }): string {
  return u.isAnonymous ? "Participant anonyme" : `${u.firstName} ${u.lastName}`;
}

export function themePercents(snapshot: ParticipationSnapshot | null): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of snapshot?.themes ?? []) out[t.id] = t.total ? Math.floor((t.validated * 100) / t.total) : 0;
  return out;
}

/** SQL conditions of the filters (shared with the CSV export). */
export function resultsWhere(campaignId: string, q: Pick<ResultsQuery, "statut" | "groupe" | "palier" | "theme" | "sous">): SQL {
  const conds: SQL[] = [eq(campaignParticipations.campaignId, campaignId), eq(campaignParticipations.isImproved, false)];
  if (q.statut === "envoye") conds.push(eq(campaignParticipations.status, "shared"));
  if (q.statut === "en-cours") conds.push(sql`${campaignParticipations.status} <> 'shared'`);
  if (q.palier) conds.push(eq(campaignParticipations.stageReached, q.palier));
  if (q.groupe) conds.push(eq(campaignGroupMembers.groupId, q.groupe));
  if (q.theme && q.sous)
    conds.push(
      sql`exists (select 1 from jsonb_array_elements(${campaignParticipations.snapshot}->'themes') t
        where t->>'id' = ${q.theme} and (t->>'validated')::int * 100 < ${q.sous} * (t->>'total')::int)`,
    );
  return and(...conds)!;
}

/**
 * The results table of a campaign: one row per current participation, filtered, sorted and
 * paginated in SQL (50 a page). Members of the campaign's organisation only; results appear
 * once the person has sent them.
 */
export async function listResults(actor: Actor | null, input: { orgId: string; campaignId: string; query: ResultsQuery }): Promise<ResultsPage> {
  const db = getDb();
  const campaign = await getOrgCampaign(db, actor, input.orgId, input.campaignId);
  const q = input.query;
  const where = resultsWhere(campaign.id, q);
  const dir = q.ordre === "asc" ? asc : desc;
  const order =
    q.tri === "nom"
      ? [dir(users.lastName), dir(users.firstName), asc(campaignParticipations.id)]
      : q.tri === "maitrise"
        ? [sql`${campaignParticipations.masteryBasisPoints} ${sql.raw(q.ordre === "asc" ? "asc" : "desc")} nulls last`, asc(campaignParticipations.id)]
        : [dir(campaignParticipations.createdAt), asc(campaignParticipations.id)];
  // the count and the page's ids read narrow rows (index scans); only the 50 rows shown are read whole
  const byGroup = Boolean(q.groupe);
  const countQuery = db.select({ n: count() }).from(campaignParticipations);
  const [totalRow] = await (byGroup ? countQuery.innerJoin(campaignGroupMembers, eq(campaignGroupMembers.participationId, campaignParticipations.id)) : countQuery).where(where);
  const total = Number(totalRow?.n ?? 0);
  const pages = Math.max(1, Math.ceil(total / RESULTS_PAGE_SIZE));
  const page = Math.min(q.page, pages);
  let idQuery = db.select({ id: campaignParticipations.id }).from(campaignParticipations).$dynamic();
  if (q.tri === "nom") idQuery = idQuery.innerJoin(users, eq(users.id, campaignParticipations.userId));
  if (byGroup) idQuery = idQuery.innerJoin(campaignGroupMembers, eq(campaignGroupMembers.participationId, campaignParticipations.id));
  const ids = (
    await idQuery
      .where(where)
      .orderBy(...order)
      .limit(RESULTS_PAGE_SIZE)
      .offset((page - 1) * RESULTS_PAGE_SIZE)
  ).map((r) => r.id);
  const found = ids.length
    ? await db
        .select({ p: campaignParticipations, firstName: users.firstName, lastName: users.lastName, isAnonymous: users.isAnonymous, groupName: campaignGroups.name })
        .from(campaignParticipations)
        .innerJoin(users, eq(users.id, campaignParticipations.userId))
        .leftJoin(campaignGroupMembers, eq(campaignGroupMembers.participationId, campaignParticipations.id))
        .leftJoin(campaignGroups, eq(campaignGroups.id, campaignGroupMembers.groupId))
        .where(inArray(campaignParticipations.id, ids))
    : [];
  const position = new Map(ids.map((id, i) => [id, i]));
  const rows = found.sort((a, b) => position.get(a.p.id)! - position.get(b.p.id)!);
  const profile = campaign.targetProfileId ? getContentIndex().targetProfileById.get(campaign.targetProfileId) : undefined;
  const stages = (profile?.stages ?? []).map((s, i) => ({ number: i + 1, title: s.title }));
  const groups = await db
    .select({ id: campaignGroups.id, name: campaignGroups.name })
    .from(campaignGroups)
    .where(eq(campaignGroups.campaignId, campaign.id))
    .orderBy(asc(campaignGroups.position));
  return {
    campaign,
    total,
    page,
    pages,
    stages,
    groups,
    rows: rows.map((r) => toRow(r, stages)),
  };
}

export function toRow(
  r: { p: typeof campaignParticipations.$inferSelect; firstName: string; lastName: string; isAnonymous: boolean; groupName: string | null },
  stages: { number: number; title: string }[],
): ResultRow {
  const shared = r.p.status === "shared";
  return {
    participationId: r.p.id,
    name: participantName(r),
    externalId: r.p.externalId,
    startedAt: r.p.createdAt,
    sharedAt: r.p.sharedAt,
    status: r.p.status as ResultRow["status"],
    masteryPercent: shared && r.p.masteryBasisPoints !== null ? Math.floor(r.p.masteryBasisPoints / 100) : null,
    stageNumber: shared ? r.p.stageReached : null,
    stage: shared && r.p.stageReached ? (stages[r.p.stageReached - 1]?.title ?? null) : null,
    themes: shared ? themePercents(r.p.snapshot) : {},
    diag: shared ? (r.p.snapshot?.diag ?? null) : null,
    groupName: r.groupName,
  };
}
