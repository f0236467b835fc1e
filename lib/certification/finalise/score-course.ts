// Scores one certification course from what is stored: its composed questions and profile
// snapshot, its answers, its incidents (minus those staff overruled). Used at finalisation and
// again whenever staff change a neutralisation before publication.
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { certificationAnswers, certificationCourses, certificationIncidents } from "@/db/schema";
import {
  CERTIFICATION_ANSWER_STATUSES,
  neutralisedQuestions,
  scoreCertification,
  type CertificationAnswerStatus,
  type CertificationScore,
  type IncidentCategory,
} from "@/lib/certification/rules";
import { env } from "@/lib/env";

export type CourseRow = typeof certificationCourses.$inferSelect;

/** Computes the score of a course (nothing written). */
export async function computeCourseScore(tx: DbOrTx, course: Pick<CourseRow, "id" | "questions" | "competences">): Promise<CertificationScore> {
  const answers = await tx
    .select({ challengeId: certificationAnswers.challengeId, status: certificationAnswers.status })
    .from(certificationAnswers)
    .where(eq(certificationAnswers.courseId, course.id));
  const incidents = await tx
    .select({ category: certificationIncidents.category, challengeId: certificationIncidents.challengeId, overruledAt: certificationIncidents.overruledAt })
    .from(certificationIncidents)
    .where(eq(certificationIncidents.courseId, course.id));
  const planned = new Set(course.questions.map((q) => q.challengeId));
  const statuses = new Map<string, CertificationAnswerStatus>();
  for (const a of answers) {
    if (!planned.has(a.challengeId)) continue;
    const status = (CERTIFICATION_ANSWER_STATUSES as readonly string[]).includes(a.status) ? (a.status as CertificationAnswerStatus) : "ko";
    statuses.set(a.challengeId, status);
  }
  const neutralised = neutralisedQuestions({
    incidents: incidents.map((i) => ({ category: i.category as IncidentCategory, challengeId: i.challengeId })),
    overruled: incidents.filter((i) => i.overruledAt && i.challengeId).map((i) => i.challengeId!),
    questions: planned,
  });
  return scoreCertification(
    { competences: course.competences, questions: course.questions, answers: statuses, neutralised },
    { maxReachableLevel: env().MAX_REACHABLE_LEVEL },
  );
}

/** Scores a course and stores result, status and pix. */
export async function scoreAndStoreCourse(tx: DbOrTx, course: Pick<CourseRow, "id" | "questions" | "competences">, now: Date): Promise<CertificationScore> {
  const score = await computeCourseScore(tx, course);
  await tx
    .update(certificationCourses)
    .set({ result: score, status: score.status, pixScore: score.totalPix, updatedAt: now })
    .where(eq(certificationCourses.id, course.id));
  return score;
}
