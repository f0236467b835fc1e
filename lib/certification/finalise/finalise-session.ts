// The centre finalises a session after the day: examiner comment, a reason for each test that
// did not end, then every test is scored. A finalised session cannot change any more.
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { certificationCourses, certificationSessions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { Conflict, InvalidInput } from "@/lib/errors";
import { centerSession } from "./guard";
import { ABORT_REASONS, isUnfinished, type AbortReasonKey } from "./labels";
import { scoreAndStoreCourse } from "./score-course";

export const EXAMINER_COMMENT_MAX = 2000;
export const ABORT_TEXT_MAX = 500;

export type FinaliseInput = {
  examinerComment?: string | null;
  /** by course id: the reason chosen for each unfinished test */
  abortReasons: Record<string, { reason: string; text?: string | null }>;
};

export type FinaliseResult = { alreadyFinalised: boolean; scored: number };

const reasonKey = z.enum(Object.keys(ABORT_REASONS) as [AbortReasonKey, ...AbortReasonKey[]]);

/** The field names the form uses for a course's abort reason. */
export const abortField = (courseId: string) => `abandon-${courseId}`;
export const abortTextField = (courseId: string) => `abandon-precision-${courseId}`;

export async function finaliseSession(db: Db, actor: Actor | null, centerId: string, sessionId: string, input: FinaliseInput, now = new Date()): Promise<FinaliseResult> {
  return db.transaction(async (tx) => {
    const { session } = await centerSession(tx, actor, centerId, sessionId, true);
    if (session.status !== "created") return { alreadyFinalised: true, scored: 0 };

    const errors: Record<string, string> = {};
    const comment = (input.examinerComment ?? "").trim();
    if (comment.length > EXAMINER_COMMENT_MAX) errors.commentaire = `Le commentaire ne doit pas dépasser ${EXAMINER_COMMENT_MAX} caractères.`;

    const courses = await tx.select().from(certificationCourses).where(eq(certificationCourses.sessionId, sessionId)).for("update");
    const reasons = new Map<string, string>();
    for (const course of courses) {
      if (!isUnfinished(course.state)) continue;
      const given = input.abortReasons[course.id];
      const key = reasonKey.safeParse(given?.reason);
      if (!key.success) {
        errors[abortField(course.id)] = "Choisissez la raison pour laquelle ce test n'est pas terminé.";
        continue;
      }
      const text = (given?.text ?? "").trim();
      if (text.length > ABORT_TEXT_MAX) {
        errors[abortTextField(course.id)] = `La précision ne doit pas dépasser ${ABORT_TEXT_MAX} caractères.`;
        continue;
      }
      reasons.set(course.id, text ? `${ABORT_REASONS[key.data]} : ${text}` : ABORT_REASONS[key.data]);
    }
    if (Object.keys(errors).length > 0) throw new InvalidInput(errors);

    const unfinished = courses.filter((c) => isUnfinished(c.state));
    for (const course of unfinished) {
      await tx
        .update(certificationCourses)
        .set({ state: "ended-by-invigilator", endedAt: now, abortReason: reasons.get(course.id)!, updatedAt: now })
        .where(and(eq(certificationCourses.id, course.id), inArray(certificationCourses.state, ["waiting", "authorised", "started", "paused"])));
    }
    for (const course of courses) await scoreAndStoreCourse(tx, course, now);

    const updated = await tx
      .update(certificationSessions)
      .set({ status: "finalised", finalisedAt: now, examinerComment: comment || null })
      .where(and(eq(certificationSessions.id, sessionId), eq(certificationSessions.status, "created")))
      .returning({ id: certificationSessions.id });
    if (updated.length === 0) throw new Conflict("Cette session a déjà été finalisée.");
    return { alreadyFinalised: false, scored: courses.length };
  });
}
