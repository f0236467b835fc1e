import "server-only";
import { and, desc, inArray, isNotNull, isNull, lte, max, min, sql, count, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { problemReports } from "@/db/schema";
import { PROBLEM_CATEGORIES } from "@/lib/assessments/report-problem";
import { assertAdmin, type Actor } from "@/lib/auth/actor";
import { getContentIndex } from "@/lib/content";

export const reportFilterSchema = z.object({
  /** "open": à traiter (default); "handled": traités */
  state: z.enum(["open", "handled"]).default("open"),
  competenceId: z.string().max(200).optional(),
});

/** How many comments each group shows. */
export const LATEST_COMMENTS = 3;

export type ReportGroup = {
  challengeId: string;
  /** null when the challenge is no longer in the referential */
  competence: { id: string; code: string; name: string } | null;
  skillName: string | null;
  level: number | null;
  total: number;
  /** French label → count, most frequent first */
  byCategory: { category: string; label: string; count: number }[];
  latestComments: { id: string; label: string; comment: string; createdAt: Date }[];
  oldestAt: Date;
  latestAt: Date;
};

/** The French label of a report category (the values "Signaler un problème" stores). */
export function categoryLabel(category: string): string {
  return (PROBLEM_CATEGORIES as Record<string, string>)[category] ?? category;
}

/**
 * Problem reports grouped by challenge: total, counts by category, the 3 latest comments and the
 * oldest date; the most reported first. "open" lists those not handled yet, "handled" the others.
 */
export async function listReportGroups(actor: Actor | null, filter: z.input<typeof reportFilterSchema> = {}): Promise<ReportGroup[]> {
  assertAdmin(actor);
  const f = reportFilterSchema.parse(filter);
  const index = getContentIndex();
  const conditions: SQL[] = [f.state === "open" ? isNull(problemReports.handledAt) : isNotNull(problemReports.handledAt)];
  if (f.competenceId) {
    const challengeIds = [...index.challengeById.values()].filter((c) => index.skillById.get(c.skillId)?.competenceId === f.competenceId).map((c) => c.id);
    if (challengeIds.length === 0) return [];
    conditions.push(inArray(problemReports.challengeId, challengeIds));
  }
  const where = and(...conditions);
  const db = getDb();
  const ranked = db
    .select({
      id: problemReports.id,
      challengeId: problemReports.challengeId,
      category: problemReports.category,
      comment: problemReports.comment,
      createdAt: problemReports.createdAt,
      rank: sql<number>`row_number() over (partition by ${problemReports.challengeId} order by ${problemReports.createdAt} desc, ${problemReports.id})`.as("rank"),
    })
    .from(problemReports)
    .where(where)
    .as("ranked");
  const [counts, latest] = await Promise.all([
    db
      .select({ challengeId: problemReports.challengeId, category: problemReports.category, n: count(), oldest: min(problemReports.createdAt), newest: max(problemReports.createdAt) })
      .from(problemReports)
      .where(where)
      .groupBy(problemReports.challengeId, problemReports.category),
    db.select().from(ranked).where(lte(ranked.rank, LATEST_COMMENTS)).orderBy(desc(ranked.createdAt)),
  ]);
  const groups = new Map<string, ReportGroup>();
  for (const c of counts) {
    let g = groups.get(c.challengeId);
    if (!g) {
      const located = index.locate(c.challengeId);
      g = {
        challengeId: c.challengeId,
        competence: located ? { id: located.competence.id, code: located.competence.code, name: located.competence.name } : null,
        skillName: located?.skill.name ?? null,
        level: located?.skill.level ?? null,
        total: 0,
        byCategory: [],
        latestComments: [],
        oldestAt: new Date(c.oldest!),
        latestAt: new Date(c.newest!),
      };
      groups.set(c.challengeId, g);
    }
    const n = Number(c.n);
    g.total += n;
    g.byCategory.push({ category: c.category, label: categoryLabel(c.category), count: n });
    if (new Date(c.oldest!) < g.oldestAt) g.oldestAt = new Date(c.oldest!);
    if (new Date(c.newest!) > g.latestAt) g.latestAt = new Date(c.newest!);
  }
  for (const r of latest) {
    groups.get(r.challengeId)?.latestComments.push({ id: r.id, label: categoryLabel(r.category), comment: r.comment, createdAt: new Date(r.createdAt) });
  }
  for (const g of groups.values()) g.byCategory.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, "fr"));
  return [...groups.values()].sort((a, b) => b.total - a.total || a.oldestAt.getTime() - b.oldestAt.getTime());
}
