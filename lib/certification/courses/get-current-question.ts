import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { certificationCourses } from "@/db/schema";
import { toChallengeView, type ChallengeView } from "@/lib/assessments/challenge-view";
import { assertRegistered, type Actor } from "@/lib/auth/actor";
import { getContentIndex } from "@/lib/content";
import { NotFound } from "@/lib/errors";
import { latestCourseOf, lockOwnCourse, timeOutIfLate } from "./load-course";
import { minutesLeft, pageForState } from "./state";

export type CurrentQuestion =
  /** not a running test: the page to go to */
  | { kind: "elsewhere"; page: "/certification" | ReturnType<typeof pageForState> }
  /** a "focus" question, not shown before the candidate says they are ready */
  | { kind: "focus-warning"; courseId: string; number: number; total: number; minutesLeft: number }
  | {
      kind: "question";
      courseId: string;
      challenge: ChallengeView;
      /** 1, 2, 3… and the test's length */
      number: number;
      total: number;
      minutesLeft: number;
      /** for a challenge with its own timer: seconds left, counted from the first display */
      secondsLeft: number | null;
    };

/**
 * The question the candidate must answer now, as the browser may see it (no solution). The first
 * display is recorded. A "focus" question is only shown once `revealFocused` is set (after the
 * warning screen). A test past its deadline is closed ("timed-out") instead.
 */
export async function getCurrentQuestion(actor: Actor | null, opts: { revealFocused?: boolean }, now: Date): Promise<CurrentQuestion> {
  assertRegistered(actor);
  const db = getDb();
  const latest = await latestCourseOf(db, actor.userId);
  if (!latest) return { kind: "elsewhere", page: "/certification" };
  return db.transaction(async (tx) => {
    const locked = await lockOwnCourse(tx, actor.userId, latest.id);
    if (!locked) return { kind: "elsewhere", page: "/certification" } as const;
    const course = await timeOutIfLate(tx, locked, now);
    if (course.state !== "started") return { kind: "elsewhere", page: pageForState(course.state) } as const;
    const planned = course.questions[course.currentIndex];
    const challenge = planned ? getContentIndex().challengeById.get(planned.challengeId) : undefined;
    if (!challenge) throw new NotFound("Cette question n'existe plus. Prévenez votre surveillant.");
    const base = { courseId: course.id, number: course.currentIndex + 1, total: course.questions.length, minutesLeft: minutesLeft(course, now) ?? 0 };
    if (challenge.focused && !opts.revealFocused && !course.currentServedAt) return { kind: "focus-warning", ...base } as const;
    let servedAt = course.currentServedAt;
    if (!servedAt) {
      await tx
        .update(certificationCourses)
        .set({ currentServedAt: now })
        .where(and(eq(certificationCourses.id, course.id), isNull(certificationCourses.currentServedAt)));
      servedAt = now;
    }
    const secondsLeft = challenge.timer ? Math.max(0, Math.ceil(challenge.timer - (now.getTime() - servedAt.getTime()) / 1000)) : null;
    return { kind: "question", ...base, challenge: toChallengeView(challenge, course.id, "certification"), secondsLeft } as const;
  });
}
