import "server-only";
import { desc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { diagAnswers, diagRuns, organisationDiagResults, users } from "@/db/schema";
import { abcDiagResult, type DimensionLevel, type Orientation } from "@/lib/abc-diag/result";
import type { AnswerStatus } from "@/lib/answers";
import type { Actor } from "@/lib/auth/actor";
import { getContentIndex } from "@/lib/content";
import { assertOrgAccess } from "@/lib/orga/guard";

export type KeptDiag = {
  runId: string;
  resultCode: string;
  label: string | null;
  completedAt: Date;
  keptAt: Date;
  keptByName: string | null;
  orientation: Orientation;
  dimensions: { id: string; name: string; level: DimensionLevel }[];
};

/** The ABC Diag results the organisation kept ("Retrouver un diagnostic"), latest first. */
export async function listKeptDiags(actor: Actor | null, orgId: string, limit = 200): Promise<KeptDiag[]> {
  const db = getDb();
  await assertOrgAccess(db, actor, orgId);
  const diag = getContentIndex().referential.abcDiag;
  if (!diag) return [];
  const rows = await db
    .select({ k: organisationDiagResults, run: diagRuns, firstName: users.firstName, lastName: users.lastName })
    .from(organisationDiagResults)
    .innerJoin(diagRuns, eq(diagRuns.id, organisationDiagResults.runId))
    .leftJoin(users, eq(users.id, organisationDiagResults.keptBy))
    .where(eq(organisationDiagResults.organisationId, orgId))
    .orderBy(desc(organisationDiagResults.keptAt))
    .limit(limit);
  const answers = rows.length
    ? await db
        .select({ runId: diagAnswers.runId, challengeId: diagAnswers.challengeId, status: diagAnswers.status })
        .from(diagAnswers)
        .where(inArray(diagAnswers.runId, rows.map((r) => r.run.id)))
    : [];
  const byRun = new Map<string, Map<string, AnswerStatus>>();
  for (const a of answers) {
    const m = byRun.get(a.runId) ?? new Map<string, AnswerStatus>();
    m.set(a.challengeId, a.status as AnswerStatus);
    byRun.set(a.runId, m);
  }
  return rows.map(({ k, run, firstName, lastName }) => {
    const r = abcDiagResult(diag, byRun.get(run.id) ?? new Map());
    return {
      runId: run.id,
      resultCode: run.resultCode,
      label: k.label,
      completedAt: run.completedAt ?? run.updatedAt,
      keptAt: k.keptAt,
      keptByName: firstName ? `${firstName} ${lastName}`.trim() : null,
      orientation: r.orientation,
      dimensions: r.dimensions.map((d) => ({ id: d.id, name: d.name, level: d.level })),
    };
  });
}
