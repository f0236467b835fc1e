import "server-only";
import { count, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { answers, problemReports } from "@/db/schema";
import { assertAdmin, type Actor } from "@/lib/auth/actor";
import { getContentIndex } from "@/lib/content";
import { challengeStats, type ChallengeStats } from "./challenge-stats";

export const challengeStatsFilterSchema = z.object({
  /** only the challenges with a warning */
  warningsOnly: z.boolean().default(false),
  competenceId: z.string().max(200).optional(),
});

export type ChallengeStatsRow = ChallengeStats & {
  challengeId: string;
  /** null when the challenge is no longer in the referential */
  competence: { id: string; code: string; name: string } | null;
  skillName: string | null;
  level: number | null;
  openReports: number;
};

/**
 * Statistics of every challenge that was answered or reported, computed from the stored answers
 * (SQL aggregates per challenge_id) and joined in memory with the referential's levels.
 * Warnings first, then the most served.
 */
export async function getChallengeStats(actor: Actor | null, filter: z.input<typeof challengeStatsFilterSchema> = {}): Promise<ChallengeStatsRow[]> {
  assertAdmin(actor);
  const f = challengeStatsFilterSchema.parse(filter);
  const db = getDb();
  const [answerRows, reportRows] = await Promise.all([
    db
      .select({
        challengeId: answers.challengeId,
        total: sql<number>`count(*)::int`,
        ok: sql<number>`(count(*) filter (where ${answers.status} = 'ok'))::int`,
        skipped: sql<number>`(count(*) filter (where ${answers.status} = 'skipped'))::int`,
        unplayable: sql<number>`(count(*) filter (where ${answers.status} = 'unplayable'))::int`,
        // avg ignores nulls: the mean over the answers whose time is known
        meanTimeMs: sql<string | null>`avg(${answers.timeSpentMs})`,
      })
      .from(answers)
      .groupBy(answers.challengeId),
    db.select({ challengeId: problemReports.challengeId, n: count() }).from(problemReports).where(isNull(problemReports.handledAt)).groupBy(problemReports.challengeId),
  ]);
  const openReports = new Map(reportRows.map((r) => [r.challengeId, Number(r.n)]));
  const counted = new Map(answerRows.map((r) => [r.challengeId, r]));
  const ids = new Set([...counted.keys(), ...openReports.keys()]);
  const index = getContentIndex();
  const rows: ChallengeStatsRow[] = [];
  for (const challengeId of ids) {
    const located = index.locate(challengeId);
    if (f.competenceId && located?.competence.id !== f.competenceId) continue;
    const level = located?.skill.level ?? null;
    const r = counted.get(challengeId);
    const stats = challengeStats(
      {
        total: Number(r?.total ?? 0),
        ok: Number(r?.ok ?? 0),
        skipped: Number(r?.skipped ?? 0),
        unplayable: Number(r?.unplayable ?? 0),
        meanTimeMs: r?.meanTimeMs == null ? null : Number(r.meanTimeMs),
      },
      level,
    );
    if (f.warningsOnly && !stats.warning) continue;
    rows.push({
      ...stats,
      challengeId,
      competence: located ? { id: located.competence.id, code: located.competence.code, name: located.competence.name } : null,
      skillName: located?.skill.name ?? null,
      level,
      openReports: openReports.get(challengeId) ?? 0,
    });
  }
  return rows.sort((a, b) => Number(!!b.warning) - Number(!!a.warning) || b.served - a.served || a.challengeId.localeCompare(b.challengeId));
}
