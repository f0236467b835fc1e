import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { certificationCandidates, certificationCourses, certificationSessions } from "@/db/schema";
import { DEADLINE_GRACE_SECONDS, UNFINISHED_STATES, isPastDeadline, type CourseRow } from "./state";

/** The learner's course to show: the latest unfinished one, else the latest one. Scoped to the user. */
export async function latestCourseOf(db: DbOrTx, userId: string): Promise<CourseRow | null> {
  const [open] = await db
    .select()
    .from(certificationCourses)
    .where(and(eq(certificationCourses.userId, userId), inArray(certificationCourses.state, [...UNFINISHED_STATES])))
    .orderBy(desc(certificationCourses.createdAt))
    .limit(1);
  if (open) return open;
  const [last] = await db.select().from(certificationCourses).where(eq(certificationCourses.userId, userId)).orderBy(desc(certificationCourses.createdAt)).limit(1);
  return last ?? null;
}

/** The course locked for a transition, only if it belongs to the user. */
export async function lockOwnCourse(db: DbOrTx, userId: string, courseId: string): Promise<CourseRow | null> {
  const [row] = await db
    .select()
    .from(certificationCourses)
    .where(and(eq(certificationCourses.id, courseId), eq(certificationCourses.userId, userId)))
    .for("update");
  return row ?? null;
}

/** Session number and the candidate's extra time, for the pages. */
export async function courseContext(db: DbOrTx, course: CourseRow): Promise<{ sessionNumber: number; extraTimePercent: number }> {
  const [row] = await db
    .select({ number: certificationSessions.number, extra: certificationCandidates.extraTimePercent })
    .from(certificationCandidates)
    .innerJoin(certificationSessions, eq(certificationSessions.id, certificationCandidates.sessionId))
    .where(eq(certificationCandidates.id, course.candidateId));
  return { sessionNumber: Number(row?.number ?? 0), extraTimePercent: row?.extra ?? 0 };
}

/**
 * A running test whose time is over becomes "timed-out" (the questions not answered count as
 * wrong at scoring). Call with the course locked; returns the row as it is now.
 */
export async function timeOutIfLate(db: DbOrTx, course: CourseRow, now: Date): Promise<CourseRow> {
  if (course.state !== "started" || !isPastDeadline(course, now)) return course;
  const endedAt = new Date(Math.min(now.getTime(), course.endsAt!.getTime() + DEADLINE_GRACE_SECONDS * 1000));
  const [row] = await db
    .update(certificationCourses)
    .set({ state: "timed-out", endedAt, currentServedAt: null, updatedAt: now })
    .where(eq(certificationCourses.id, course.id))
    .returning();
  return row ?? course;
}
