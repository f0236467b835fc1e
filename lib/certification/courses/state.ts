// Pure helpers of a candidate's certification course: states, deadline, names. No database, no clock.
import type { certificationCourses } from "@/db/schema";

export type CourseRow = typeof certificationCourses.$inferSelect;
export type CourseState = "waiting" | "authorised" | "started" | "paused" | "ended" | "ended-by-invigilator" | "timed-out";

/** Seconds accepted after endsAt for the page to load and the form to travel. */
export const DEADLINE_GRACE_SECONDS = 5;

export const UNFINISHED_STATES: readonly CourseState[] = ["waiting", "authorised", "started", "paused"];
export const FINISHED_STATES: readonly CourseState[] = ["ended", "ended-by-invigilator", "timed-out"];

export function isFinished(state: string): boolean {
  return (FINISHED_STATES as readonly string[]).includes(state);
}

/** Is the test's time over (deadline + grace) at `now`? */
export function isPastDeadline(course: Pick<CourseRow, "endsAt">, now: Date): boolean {
  return course.endsAt !== null && now.getTime() > course.endsAt.getTime() + DEADLINE_GRACE_SECONDS * 1000;
}

/** Whole minutes left before endsAt (rounded up, never negative). */
export function minutesLeft(course: Pick<CourseRow, "endsAt">, now: Date): number | null {
  if (!course.endsAt) return null;
  return Math.max(0, Math.ceil((course.endsAt.getTime() - now.getTime()) / 60000));
}

/** Names compared without case, accents, spaces, hyphens or apostrophes: "Lé-a  Martin" = "lea martin". */
export function normaliseName(raw: string): string {
  return raw
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\s\-'’.]+/g, "");
}

/** The page a candidate should see for a course in this state. */
export function pageForState(state: string): "/certification/attente" | "/certification/test" | "/certification/fin" {
  if (state === "started") return "/certification/test";
  if (isFinished(state)) return "/certification/fin";
  return "/certification/attente";
}
