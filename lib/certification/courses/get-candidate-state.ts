import "server-only";
import { getDb } from "@/db/client";
import { assertRegistered, type Actor } from "@/lib/auth/actor";
import { testMinutes } from "@/lib/certification/rules";
import { courseContext, latestCourseOf, lockOwnCourse, timeOutIfLate } from "./load-course";
import { minutesLeft, pageForState } from "./state";

export type CandidateState =
  | { kind: "none" }
  | {
      kind: "course";
      courseId: string;
      state: string;
      /** where the candidate belongs now */
      page: ReturnType<typeof pageForState>;
      sessionNumber: number;
      extraTimePercent: number;
      /** the test's duration with extra time */
      minutes: number;
      questionCount: number;
      answeredCount: number;
      minutesLeft: number | null;
    };

/** Which page the candidate should see, from their latest course (a finished test past its deadline is closed here too). */
export async function getCandidateState(actor: Actor | null, now: Date): Promise<CandidateState> {
  assertRegistered(actor);
  const db = getDb();
  const latest = await latestCourseOf(db, actor.userId);
  if (!latest) return { kind: "none" };
  const course = await db.transaction(async (tx) => {
    const locked = await lockOwnCourse(tx, actor.userId, latest.id);
    return locked ? timeOutIfLate(tx, locked, now) : latest;
  });
  const { sessionNumber, extraTimePercent } = await courseContext(db, course);
  return {
    kind: "course",
    courseId: course.id,
    state: course.state,
    page: pageForState(course.state),
    sessionNumber,
    extraTimePercent,
    minutes: testMinutes(extraTimePercent),
    questionCount: course.questions.length,
    answeredCount: course.currentIndex,
    minutesLeft: course.state === "started" || course.state === "paused" ? minutesLeft(course, now) : null,
  };
}
