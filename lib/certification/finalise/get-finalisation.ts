// What the finalisation page shows: each candidate, the state of their test, their incidents.
import { asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { certificationCandidates, certificationCourses, certificationIncidents } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { INCIDENT_CATEGORY_LABELS, type IncidentCategory } from "@/lib/certification/rules";
import { centerSession } from "./guard";
import { isUnfinished } from "./labels";

export type IncidentView = { id: string; courseId: string; category: string; categoryLabel: string; challengeId: string | null; description: string; overruledAt: Date | null };

export type FinalisationCandidate = {
  candidateId: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  course: { id: string; state: string; unfinished: boolean; abortReason: string | null; status: string | null; pixScore: number | null } | null;
  incidents: IncidentView[];
};

export async function loadIncidents(db: DbOrTx, courseIds: string[]): Promise<IncidentView[]> {
  if (courseIds.length === 0) return [];
  const rows = await db
    .select()
    .from(certificationIncidents)
    .where(inArray(certificationIncidents.courseId, courseIds))
    .orderBy(asc(certificationIncidents.createdAt));
  return rows.map((i) => ({
    id: i.id,
    courseId: i.courseId,
    category: i.category,
    categoryLabel: INCIDENT_CATEGORY_LABELS[i.category as IncidentCategory] ?? i.category,
    challengeId: i.challengeId,
    description: i.description,
    overruledAt: i.overruledAt,
  }));
}

export async function getFinalisation(db: DbOrTx, actor: Actor | null, centerId: string, sessionId: string) {
  const { session, centerName } = await centerSession(db, actor, centerId, sessionId);
  const rows = await db
    .select({ candidate: certificationCandidates, course: certificationCourses })
    .from(certificationCandidates)
    .leftJoin(certificationCourses, eq(certificationCourses.candidateId, certificationCandidates.id))
    .where(eq(certificationCandidates.sessionId, sessionId))
    .orderBy(asc(certificationCandidates.lastName), asc(certificationCandidates.firstName));
  const incidents = await loadIncidents(db, rows.flatMap((r) => (r.course ? [r.course.id] : [])));
  const candidates: FinalisationCandidate[] = rows.map(({ candidate, course }) => ({
    candidateId: candidate.id,
    firstName: candidate.firstName,
    lastName: candidate.lastName,
    birthDate: candidate.birthDate,
    course: course
      ? { id: course.id, state: course.state, unfinished: isUnfinished(course.state), abortReason: course.abortReason, status: course.status, pixScore: course.pixScore }
      : null,
    incidents: course ? incidents.filter((i) => i.courseId === course.id) : [],
  }));
  return {
    session: { id: session.id, number: session.number, date: session.date, time: session.time, status: session.status, examinerComment: session.examinerComment, finalisedAt: session.finalisedAt },
    centerName,
    candidates,
  };
}
