import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { certificationCourses } from "@/db/schema";
import { assertRegistered, type Actor } from "@/lib/auth/actor";
import { testDeadline } from "@/lib/certification/rules";
import { NotFound } from "@/lib/errors";
import { CourseNotRunning } from "./errors";
import { courseContext, lockOwnCourse } from "./load-course";

export const startCourseSchema = z.object({ courseId: z.uuid("Test introuvable.") });

/**
 * "Commencer mon test": authorised → started; the clock starts now (105 min + extra time).
 * Starting again a started test changes nothing (double click); any other state is refused.
 */
export async function startCourse(actor: Actor | null, raw: z.input<typeof startCourseSchema>, now: Date): Promise<{ state: string }> {
  assertRegistered(actor);
  const { courseId } = startCourseSchema.parse(raw);
  return getDb().transaction(async (tx) => {
    const course = await lockOwnCourse(tx, actor.userId, courseId);
    if (!course) throw new NotFound("Ce test n'existe pas.");
    if (course.state === "started") return { state: "started" };
    if (course.state !== "authorised") throw new CourseNotRunning(course.state);
    const { extraTimePercent } = await courseContext(tx, course);
    const endsAt = new Date(testDeadline(now.getTime(), extraTimePercent));
    await tx
      .update(certificationCourses)
      .set({ state: "started", startedAt: now, endsAt, currentServedAt: null, updatedAt: now })
      .where(eq(certificationCourses.id, course.id));
    return { state: "started" };
  });
}
