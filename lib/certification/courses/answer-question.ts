import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb, type DbOrTx } from "@/db/client";
import { certificationAnswers, certificationCourses } from "@/db/schema";
import type { Answer } from "@/lib/answers";
import { TIMER_GRACE_SECONDS } from "@/lib/assessments/get-current-challenge";
import { gradeAnswer } from "@/lib/assessments/grade-answer";
import { assertRegistered, type Actor } from "@/lib/auth/actor";
import { getContentIndex } from "@/lib/content";
import { NotFound } from "@/lib/errors";
import { CourseNotRunning, NotCurrentQuestion } from "./errors";
import { lockOwnCourse, timeOutIfLate } from "./load-course";
import { pageForState, type CourseRow } from "./state";

export const certificationAnswerSchema = z.object({
  courseId: z.uuid("Test introuvable."),
  challengeId: z.string().min(1).max(200),
  skip: z.boolean().default(false),
  choice: z.string().max(100).optional(),
  choices: z.array(z.string().max(100)).max(50).default([]),
  fields: z.record(z.string().max(100), z.string().max(2000)).default({}),
});
export type CertificationAnswerInput = z.input<typeof certificationAnswerSchema>;

export type CertificationAnswerOutcome = {
  /** the course's state after this answer */
  state: string;
  /** where the candidate goes next */
  page: ReturnType<typeof pageForState>;
  /** a repeated submission of an answer already stored: nothing changed */
  repeated: boolean;
};

type Stored = { challengeId: string; value: Answer | null; status: string };

/**
 * Stores the answer of the current question (the course locked), serves the next one or ends
 * the test. Shared by answers and focus-outs.
 */
export async function storeAndAdvance(tx: DbOrTx, course: CourseRow, answer: Stored, now: Date): Promise<CertificationAnswerOutcome> {
  await tx.insert(certificationAnswers).values({
    courseId: course.id,
    challengeId: answer.challengeId,
    position: course.currentIndex + 1,
    value: answer.value,
    status: answer.status,
    timeSpentMs: course.currentServedAt ? Math.max(0, now.getTime() - course.currentServedAt.getTime()) : null,
    createdAt: now,
  });
  const next = course.currentIndex + 1;
  const done = next >= course.questions.length;
  await tx
    .update(certificationCourses)
    .set(done ? { state: "ended", currentIndex: next, currentServedAt: null, endedAt: now, updatedAt: now } : { currentIndex: next, currentServedAt: null, updatedAt: now })
    .where(eq(certificationCourses.id, course.id));
  const state = done ? "ended" : "started";
  return { state, page: pageForState(state), repeated: false };
}

/**
 * The checks before an answer or a focus-out is stored, with the course locked: the candidate's
 * own course, a repeat changes nothing, the test runs, its time is not over, the question is the
 * current one. Returns the course, or the outcome to give back without storing anything.
 */
export async function guardAnswer(
  tx: DbOrTx,
  actor: Actor,
  input: { courseId: string; challengeId: string },
  now: Date,
): Promise<{ course: CourseRow; outcome: null } | { course: CourseRow; outcome: CertificationAnswerOutcome }> {
  const locked = await lockOwnCourse(tx, actor.userId, input.courseId);
  if (!locked) throw new NotFound("Ce test n'existe pas.");
  const [previous] = await tx
    .select({ id: certificationAnswers.id })
    .from(certificationAnswers)
    .where(and(eq(certificationAnswers.courseId, locked.id), eq(certificationAnswers.challengeId, input.challengeId)));
  if (previous) return { course: locked, outcome: { state: locked.state, page: pageForState(locked.state), repeated: true } };
  const course = await timeOutIfLate(tx, locked, now);
  // time over: the course is now closed (committed), the answer is not stored
  if (course.state === "timed-out" && locked.state === "started") return { course, outcome: { state: course.state, page: pageForState(course.state), repeated: false } };
  if (course.state !== "started") throw new CourseNotRunning(course.state);
  if (course.questions[course.currentIndex]?.challengeId !== input.challengeId) throw new NotCurrentQuestion();
  return { course, outcome: null };
}

/**
 * The candidate answers the current question ("Je passe" counts as wrong). Refused, with nothing
 * stored: another candidate's course, a question that is not the current one, a test not started,
 * paused or ended. After the deadline (+ 5 s) the test becomes "timed-out" and the answer is not
 * stored. A repeated submission changes nothing.
 */
export async function answerQuestion(actor: Actor | null, raw: CertificationAnswerInput, now: Date): Promise<CertificationAnswerOutcome> {
  assertRegistered(actor);
  const input = certificationAnswerSchema.parse(raw);
  return getDb().transaction(async (tx) => {
    const { course, outcome } = await guardAnswer(tx, actor, input, now);
    if (outcome) return outcome;
    const challenge = getContentIndex().challengeById.get(input.challengeId);
    if (!challenge) throw new NotFound("Cette question n'existe plus.");
    const late = challenge.timer !== null && course.currentServedAt !== null && now.getTime() - course.currentServedAt.getTime() > (challenge.timer + TIMER_GRACE_SECONDS) * 1000;
    const { value, status } = await gradeAnswer(tx, actor, { kind: "certification", contextId: course.id }, challenge, input, { late });
    return storeAndAdvance(tx, course, { challengeId: challenge.id, value, status }, now);
  });
}
