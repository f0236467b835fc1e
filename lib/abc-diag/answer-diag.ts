import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { diagAnswers, diagRuns } from "@/db/schema";
import type { AnswerStatus } from "@/lib/answers";
import { answerFormSchema } from "@/lib/assessments/answer-challenge";
import { gradeAnswer } from "@/lib/assessments/grade-answer";
import { NotCurrentChallenge } from "@/lib/assessments/errors";
import { assertUser, type Actor } from "@/lib/auth/actor";
import { touchAnonymousSession } from "@/lib/auth/sessions";
import { getContentIndex } from "@/lib/content";
import { NotFound } from "@/lib/errors";
import { shareDiagParticipation } from "./share-diag-participation";

export const diagAnswerSchema = answerFormSchema.omit({ assessmentId: true }).extend({ runId: z.uuid("Diagnostic introuvable.") });

/**
 * Stores the answer to the question asked now, checked like any answer (a simulator's is its
 * kept state); the 10th answer completes the run. A repeated submission changes nothing; an
 * answer to another question is refused (NotCurrentChallenge).
 */
export async function answerDiag(actor: Actor | null, raw: z.input<typeof diagAnswerSchema>, now = new Date()): Promise<{ status: AnswerStatus; completed: boolean }> {
  assertUser(actor);
  const input = diagAnswerSchema.parse(raw);
  const questions = getContentIndex().referential.abcDiag?.questions ?? [];
  return getDb().transaction(async (tx) => {
    const [run] = await tx
      .select()
      .from(diagRuns)
      .where(and(eq(diagRuns.id, input.runId), eq(diagRuns.userId, actor.userId)))
      .for("update");
    if (!run) throw new NotFound("Ce diagnostic n'existe pas.");
    const done = await tx.select().from(diagAnswers).where(eq(diagAnswers.runId, run.id));
    const previous = done.find((d) => d.challengeId === input.challengeId);
    if (previous) return { status: previous.status as AnswerStatus, completed: run.state === "completed" };
    const question = questions[done.length];
    if (run.state !== "started" || !question || question.challenge.id !== input.challengeId) throw new NotCurrentChallenge();
    const challenge = question.challenge;
    const { value, status } = await gradeAnswer(tx, actor, { kind: "diag", contextId: run.id }, challenge, input);
    const position = done.length + 1;
    await tx.insert(diagAnswers).values({ runId: run.id, challengeId: challenge.id, position, status, value, createdAt: now });
    const completed = position >= questions.length;
    await tx
      .update(diagRuns)
      .set(completed ? { state: "completed", completedAt: now, updatedAt: now } : { updatedAt: now })
      .where(eq(diagRuns.id, run.id));
    if (completed && run.participationId) await shareDiagParticipation(tx, run.participationId, [...done, { challengeId: challenge.id, status }], now);
    if (actor.isAnonymous) await touchAnonymousSession(tx, actor.sessionId, now);
    return { status, completed };
  });
}
