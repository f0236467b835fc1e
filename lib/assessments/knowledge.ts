// Reading a learner's knowledge and resets, shared by the assessment services (server only).
import { and, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { assessments, competenceResets, knowledgeElements } from "@/db/schema";
import { getContentIndex } from "@/lib/content";
import { effectiveKnowledge, type KnowledgeElement } from "@/lib/engine";
import { env } from "@/lib/env";
import { NotFound } from "@/lib/errors";
import type { Competence } from "@/lib/content/types";

export type AssessmentRow = typeof assessments.$inferSelect;

export function scoringOptions() {
  return { maxReachableLevel: env().MAX_REACHABLE_LEVEL };
}

type KeRow = typeof knowledgeElements.$inferSelect;

export function toKnowledgeElement(r: KeRow): KnowledgeElement {
  return {
    skillId: r.skillId,
    tubeId: r.tubeId,
    competenceId: r.competenceId,
    status: r.status === "validated" ? "validated" : "invalidated",
    source: r.source === "direct" ? "direct" : "inferred",
    earnedPix: { num: r.earnedPixNum, den: r.earnedPixDen },
    createdAt: r.createdAt,
    assessmentId: r.assessmentId,
    challengeId: r.challengeId,
  };
}

/** Knowledge elements of a user, for one competence or all, oldest first. */
export async function loadKnowledge(db: DbOrTx, userId: string, competenceId?: string): Promise<KnowledgeElement[]> {
  const where = competenceId
    ? and(eq(knowledgeElements.userId, userId), eq(knowledgeElements.competenceId, competenceId))
    : eq(knowledgeElements.userId, userId);
  const rows = await db.select().from(knowledgeElements).where(where).orderBy(knowledgeElements.createdAt);
  return rows.map(toKnowledgeElement);
}

/** The latest reset instant per competence. */
export async function loadResets(db: DbOrTx, userId: string, competenceId?: string): Promise<Record<string, Date>> {
  const where = competenceId
    ? and(eq(competenceResets.userId, userId), eq(competenceResets.competenceId, competenceId))
    : eq(competenceResets.userId, userId);
  const rows = await db.select().from(competenceResets).where(where);
  const out: Record<string, Date> = {};
  for (const r of rows) if (!out[r.competenceId] || out[r.competenceId]! < r.resetAt) out[r.competenceId] = r.resetAt;
  return out;
}

/** Knowledge that counts for the score (resets applied). */
export function scoredKnowledge(kes: readonly KnowledgeElement[], resets: Record<string, Date>) {
  return effectiveKnowledge(kes, { resetAt: resets });
}

/**
 * The learner's latest assessment of a competence, ignoring those started before a reset.
 * Scoped to the user: another learner's tests are never returned.
 */
export async function latestAssessment(db: DbOrTx, userId: string, competenceId: string, resetAt?: Date): Promise<AssessmentRow | null> {
  const [row] = await db
    .select()
    .from(assessments)
    .where(and(eq(assessments.userId, userId), eq(assessments.competenceId, competenceId)))
    .orderBy(desc(assessments.createdAt))
    .limit(1);
  if (!row) return null;
  if (resetAt && row.createdAt <= resetAt) return null;
  return row;
}

/** A competence by its public code ("1.1"), or NotFound. */
export function competenceByCode(code: string): Competence {
  const c = getContentIndex().competenceByCode.get(code);
  if (!c) throw new NotFound("Cette compétence n'existe pas.");
  return c;
}

/** Whether a competence has content to be evaluated. */
export function hasPlayableContent(competenceId: string): boolean {
  const index = getContentIndex();
  return (index.skillsByCompetence.get(competenceId) ?? []).some((s) => s.active && index.playableChallenges(s.id).length > 0);
}
