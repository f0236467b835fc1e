import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { challengePreviews } from "@/db/schema";
import type { AnswerStatus } from "@/lib/answers";
import { answerFormSchema } from "@/lib/assessments/answer-challenge";
import { gradeAnswer } from "@/lib/assessments/grade-answer";
import { assertAdmin, type Actor } from "@/lib/auth/actor";
import { getContentIndex } from "@/lib/content";
import { NotFound } from "@/lib/errors";

export const previewAnswerSchema = answerFormSchema.omit({ assessmentId: true }).extend({ previewId: z.uuid("Aperçu introuvable.") });

/**
 * Checks a staff member's answer in a preview exactly as a learner's would be checked (a
 * simulator's answer is its kept state), without touching any profile. Answering twice
 * changes nothing.
 */
export async function answerPreview(actor: Actor | null, raw: z.input<typeof previewAnswerSchema>, now = new Date()): Promise<{ status: AnswerStatus }> {
  assertAdmin(actor);
  const input = previewAnswerSchema.parse(raw);
  return getDb().transaction(async (tx) => {
    const [p] = await tx
      .select()
      .from(challengePreviews)
      .where(and(eq(challengePreviews.id, input.previewId), eq(challengePreviews.userId, actor.userId)))
      .for("update");
    if (!p || p.challengeId !== input.challengeId) throw new NotFound("Cet aperçu n'existe pas.");
    if (p.status !== null) return { status: p.status as AnswerStatus };
    const challenge = getContentIndex().challengeById.get(p.challengeId);
    if (!challenge) throw new NotFound("Cette épreuve n'existe plus.");
    const { value, status } = await gradeAnswer(tx, actor, { kind: "apercu", contextId: p.id }, challenge, input);
    await tx.update(challengePreviews).set({ status, value, answeredAt: now }).where(eq(challengePreviews.id, p.id));
    return { status };
  });
}
