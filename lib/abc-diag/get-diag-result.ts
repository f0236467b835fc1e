import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { campaignParticipations, campaigns, diagAnswers, diagRuns, organisations } from "@/db/schema";
import type { AnswerStatus } from "@/lib/answers";
import { assertUser, type Actor } from "@/lib/auth/actor";
import { getContentIndex } from "@/lib/content";
import { NotFound } from "@/lib/errors";
import { abcDiagResult, type AbcDiagResult } from "./result";

export type DiagResultView = AbcDiagResult & {
  runId: string;
  resultCode: string;
  completedAt: Date;
  answered: number;
  /** the structure whose ABC Diag code was used: the result reaches it */
  organisationName: string | null;
};

/**
 * The result of the actor's latest completed ABC Diag, or of their own run with this result code
 * ("Mes parcours"): it is always their own, whatever the address says.
 */
export async function getDiagResult(actor: Actor | null, input: { resultCode?: string } = {}): Promise<DiagResultView> {
  assertUser(actor);
  const diag = getContentIndex().referential.abcDiag;
  if (!diag) throw new NotFound();
  const db = getDb();
  const [run] = await db
    .select()
    .from(diagRuns)
    .where(
      and(
        eq(diagRuns.userId, actor.userId),
        eq(diagRuns.state, "completed"),
        input.resultCode ? eq(diagRuns.resultCode, input.resultCode.toUpperCase().slice(0, 20)) : undefined,
      ),
    )
    .orderBy(desc(diagRuns.completedAt))
    .limit(1);
  if (!run) throw new NotFound("Vous n'avez pas encore terminé l'ABC Diag.");
  const rows = await db.select({ challengeId: diagAnswers.challengeId, status: diagAnswers.status }).from(diagAnswers).where(eq(diagAnswers.runId, run.id));
  const statuses = new Map(rows.map((r) => [r.challengeId, r.status as AnswerStatus]));
  const [org] = run.participationId
    ? await db
        .select({ name: organisations.name })
        .from(campaignParticipations)
        .innerJoin(campaigns, eq(campaigns.id, campaignParticipations.campaignId))
        .innerJoin(organisations, eq(organisations.id, campaigns.organisationId))
        .where(eq(campaignParticipations.id, run.participationId))
    : [];
  return {
    ...abcDiagResult(diag, statuses),
    runId: run.id,
    resultCode: run.resultCode,
    completedAt: run.completedAt ?? run.updatedAt,
    answered: rows.length,
    organisationName: org?.name ?? null,
  };
}
