import "server-only";
import { and, asc, eq, gt, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { campaignGroupMembers, campaignParticipations, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getContentIndex, getReferential } from "@/lib/content";
import type { Competence } from "@/lib/content/types";
import { csvStream, type CsvValue } from "@/lib/csv";
import { compileTarget } from "@/lib/engine";
import { getOrgCampaign, type OrgCampaign } from "./get-org-campaign";
import { DIAG_LEVEL_LABEL, ORIENTATION_LABEL } from "./labels";
import { resultsWhere, type ResultsQuery } from "./list-results";

/** Rows read per query: memory stays flat whatever the campaign's size. */
export const EXPORT_BATCH = 500;

type Row = { p: typeof campaignParticipations.$inferSelect; firstName: string; lastName: string; isAnonymous: boolean };

function competencesOf(c: OrgCampaign): Competence[] {
  const all = getContentIndex().referential.competences;
  if (c.type === "profiles") return all;
  if (c.type !== "assessment" || !c.targetProfileId) return [];
  const ids = new Set(compileTarget(getReferential(), { kind: "profile", profileId: c.targetProfileId }).competenceIds);
  return all.filter((x) => ids.has(x.id));
}

/** The header and one row per participation, in the same order (a pure mapping, tested). */
export function exportColumns(c: OrgCampaign): { header: string[]; row: (r: Row) => CsvValue[] } {
  const competences = competencesOf(c);
  const isDiag = c.type === "abc-diag";
  const header = ["Nom", "Prénom"];
  if (c.externalIdLabel) header.push(c.externalIdLabel);
  header.push("Date de début", "Date d'envoi", "Résultats envoyés");
  if (c.type === "assessment") header.push("Palier", "Maîtrise (%)");
  if (isDiag) header.push(...c.themes.map((t) => t.name), "Orientation", "Questions réussies (%)");
  else header.push(...c.themes.map((t) => `${t.name} (%)`));
  if (c.type === "assessment") for (const k of competences) header.push(`${k.code} maîtrise (%)`, `${k.code} sujets acquis`, `${k.code} sujets évalués`);
  if (c.type === "profiles") {
    header.push("Pix total");
    for (const k of competences) header.push(`${k.code} niveau`, `${k.code} pix`);
  }
  const profile = c.targetProfileId ? getContentIndex().targetProfileById.get(c.targetProfileId) : undefined;
  const row = (r: Row): CsvValue[] => {
    const p = r.p;
    const shared = p.status === "shared";
    const s = shared ? p.snapshot : null;
    const out: CsvValue[] = r.isAnonymous ? ["Participant anonyme", ""] : [r.lastName, r.firstName];
    if (c.externalIdLabel) out.push(p.externalId);
    out.push(p.createdAt, p.sharedAt, shared);
    if (c.type === "assessment") out.push(shared && p.stageReached ? (profile?.stages[p.stageReached - 1]?.title ?? p.stageReached) : null, shared ? (p.masteryBasisPoints ?? 0) / 100 : null);
    const theme = new Map((s?.themes ?? []).map((t) => [t.id, t]));
    if (isDiag) {
      for (const t of c.themes) out.push(s?.diag ? (DIAG_LEVEL_LABEL[s.diag.levels[t.id] ?? ""] ?? null) : null);
      out.push(s?.diag ? (ORIENTATION_LABEL[s.diag.orientation] ?? s.diag.orientation) : null, shared ? (p.masteryBasisPoints ?? 0) / 100 : null);
    } else {
      for (const t of c.themes) {
        const x = theme.get(t.id);
        out.push(x ? (x.total ? Math.round((x.validated * 10000) / x.total) / 100 : 0) : null);
      }
    }
    const comp = new Map((s?.competences ?? []).map((k) => [k.id, k]));
    if (c.type === "assessment")
      for (const k of competences) {
        const x = comp.get(k.id);
        out.push(x ? (x.total ? Math.round((x.validated * 10000) / x.total) / 100 : 0) : null, x?.validated ?? null, x?.total ?? null);
      }
    if (c.type === "profiles") {
      out.push(shared ? p.pixScore : null);
      for (const k of competences) {
        const x = comp.get(k.id);
        out.push(x?.level ?? null, x?.pix ?? null);
      }
    }
    return out;
  };
  return { header, row };
}

/**
 * The campaign's results as a CSV stream for French spreadsheets (lib/csv): one row per current
 * participation, with the table's filters. Rows are read in batches by keyset on the id (exact, unlike timestamps cut to milliseconds) only
 * when the client reads on, so memory stays flat on 100,000 participations.
 */
export async function exportResults(
  actor: Actor | null,
  input: { orgId: string; campaignId: string; query: Pick<ResultsQuery, "statut" | "groupe" | "palier" | "theme" | "sous"> },
): Promise<{ filename: string; stream: ReadableStream<Uint8Array> }> {
  const db = getDb();
  const campaign = await getOrgCampaign(db, actor, input.orgId, input.campaignId);
  const where = resultsWhere(campaign.id, input.query);
  const { header, row } = exportColumns(campaign);
  async function* rows(): AsyncGenerator<CsvValue[]> {
    let after: string | null = null;
    for (;;) {
      const cursor: SQL | undefined = after ? gt(campaignParticipations.id, after) : undefined;
      const batch: Row[] = await db
        .select({ p: campaignParticipations, firstName: users.firstName, lastName: users.lastName, isAnonymous: users.isAnonymous })
        .from(campaignParticipations)
        .innerJoin(users, eq(users.id, campaignParticipations.userId))
        .leftJoin(campaignGroupMembers, eq(campaignGroupMembers.participationId, campaignParticipations.id))
        .where(cursor ? and(where, cursor) : where)
        .orderBy(asc(campaignParticipations.id))
        .limit(EXPORT_BATCH);
      for (const r of batch) yield row(r);
      if (batch.length < EXPORT_BATCH) return;
      after = batch[batch.length - 1]!.p.id;
    }
  }
  const safeName = campaign.name.normalize("NFD").replace(/[^\w-]+/g, "-").replace(/-+/g, "-").slice(0, 60);
  return { filename: `resultats-${campaign.code}-${safeName}.csv`, stream: csvStream(header, rows()) };
}
