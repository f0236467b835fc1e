import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { challengePreviews } from "@/db/schema";
import { answerStatus, checkAnswer, type Answer, type AnswerStatus } from "@/lib/answers";
import { answerFormSchema, buildAnswer } from "@/lib/assessments/answer-challenge";
import { assertAdmin, type Actor } from "@/lib/auth/actor";
import { getContentIndex } from "@/lib/content";
import { NotFound } from "@/lib/errors";
import { resolveSimulatorContext } from "@/lib/simulators/runs/context";
import { simulatorAnswer } from "@/lib/simulators/runs/state";

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
    let value: Answer | null = null;
    let unplayable = false;
    if (challenge.type === "SIMULATOR") {
      const ctx = await resolveSimulatorContext(tx, actor, { kind: "apercu", contextId: p.id, challengeId: challenge.id });
      ({ value, unplayable } = await simulatorAnswer(tx, ctx));
    } else if (!input.skip) value = buildAnswer(challenge, p.id, { ...input, assessmentId: p.id });
    const correct = !input.skip && value !== null && checkAnswer(challenge, value) === "ok";
    const status = answerStatus({ correct, skipped: input.skip, unplayable });
    await tx.update(challengePreviews).set({ status, value, answeredAt: now }).where(eq(challengePreviews.id, p.id));
    return { status };
  });
}
