import { and, asc, count, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { certificationAnswers, certificationCandidates, certificationCenters, certificationCourses, certificationIncidents, certificationSessions } from "@/db/schema";
import { testMinutes, type IncidentCategory } from "@/lib/certification/rules";
import { NotFound } from "@/lib/errors";
import { assertInvigilator, type Invigilator } from "./invigilator";

/** What the invigilator sees of a candidate's test, in words. */
export type CandidateStatus = "absent" | "waiting" | "authorised" | "started" | "paused" | "ended" | "ended-by-invigilator" | "timed-out";

export const CANDIDATE_STATUS_LABELS: Readonly<Record<CandidateStatus, string>> = {
  absent: "Pas encore arrivé",
  waiting: "En attente d'autorisation",
  authorised: "Autorisé",
  started: "En cours",
  paused: "En pause",
  ended: "Terminé",
  "ended-by-invigilator": "Arrêté par le surveillant",
  "timed-out": "Temps écoulé",
};

/** States where the test is not over: the invigilator may still end it. */
export const UNFINISHED_STATES = ["waiting", "authorised", "started", "paused"] as const;

export type InvigilatedIncident = { id: string; category: IncidentCategory; question: number | null; description: string; createdAt: Date };

export type InvigilatedCandidate = {
  id: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  extraTimePercent: number;
  minutes: number;
  status: CandidateStatus;
  /** the stored state of the course (null before the candidate joins) */
  state: string | null;
  courseId: string | null;
  startedAt: Date | null;
  endsAt: Date | null;
  answered: number;
  total: number;
  /** questions already shown to the candidate, for the incident form: "Question 7" */
  servedQuestions: { number: number; challengeId: string }[];
  incidents: InvigilatedIncident[];
};

export type InvigilationView = {
  session: { id: string; number: number; date: string; time: string; room: string; address: string; examiner: string; centerName: string };
  candidates: InvigilatedCandidate[];
  now: Date;
};

function statusOf(state: string | null, endsAt: Date | null, now: Date): CandidateStatus {
  if (!state) return "absent";
  // the clock ran out although no answer came to close the test: say so
  if ((state === "started" || state === "paused") && endsAt && endsAt <= now) return "timed-out";
  return (state in CANDIDATE_STATUS_LABELS ? state : "waiting") as CandidateStatus;
}

/**
 * The invigilator's view of THEIR session: header and every candidate, with status, times,
 * progress and incidents. `candidateId` narrows it to one candidate of the session (NotFound
 * for a candidate of another session).
 */
export async function getInvigilation(db: DbOrTx, invigilator: Invigilator | null, now: Date, opts: { candidateId?: string } = {}): Promise<InvigilationView> {
  assertInvigilator(invigilator);
  const [s] = await db
    .select({ session: certificationSessions, centerName: certificationCenters.name })
    .from(certificationSessions)
    .innerJoin(certificationCenters, eq(certificationCenters.id, certificationSessions.centerId))
    .where(eq(certificationSessions.id, invigilator.sessionId))
    .limit(1);
  if (!s) throw new NotFound();
  const where = [eq(certificationCandidates.sessionId, invigilator.sessionId)];
  if (opts.candidateId !== undefined) {
    if (!/^[0-9a-f-]{36}$/i.test(opts.candidateId)) throw new NotFound();
    where.push(eq(certificationCandidates.id, opts.candidateId));
  }
  const rows = await db
    .select({ candidate: certificationCandidates, course: certificationCourses })
    .from(certificationCandidates)
    .leftJoin(certificationCourses, eq(certificationCourses.candidateId, certificationCandidates.id))
    .where(and(...where))
    .orderBy(asc(certificationCandidates.lastName), asc(certificationCandidates.firstName));
  if (opts.candidateId !== undefined && rows.length === 0) throw new NotFound("Ce candidat n'est pas inscrit à cette session.");
  const courseIds = rows.map((r) => r.course?.id).filter((id): id is string => Boolean(id));
  const answered = new Map<string, number>();
  const incidents = new Map<string, (typeof certificationIncidents.$inferSelect)[]>();
  if (courseIds.length) {
    for (const a of await db
      .select({ courseId: certificationAnswers.courseId, n: count() })
      .from(certificationAnswers)
      .where(inArray(certificationAnswers.courseId, courseIds))
      .groupBy(certificationAnswers.courseId))
      answered.set(a.courseId, Number(a.n));
    for (const i of await db.select().from(certificationIncidents).where(inArray(certificationIncidents.courseId, courseIds)).orderBy(asc(certificationIncidents.createdAt))) {
      const list = incidents.get(i.courseId) ?? [];
      list.push(i);
      incidents.set(i.courseId, list);
    }
  }
  const candidates = rows.map(({ candidate: c, course }): InvigilatedCandidate => {
    const questions = course?.questions ?? [];
    const served = course?.startedAt ? Math.min(questions.length, course.currentIndex + 1) : 0;
    const numberOf = new Map(questions.map((q, i) => [q.challengeId, i + 1]));
    return {
      id: c.id,
      firstName: c.firstName,
      lastName: c.lastName,
      birthDate: c.birthDate,
      extraTimePercent: c.extraTimePercent,
      minutes: testMinutes(c.extraTimePercent),
      status: statusOf(course?.state ?? null, course?.endsAt ?? null, now),
      state: course?.state ?? null,
      courseId: course?.id ?? null,
      startedAt: course?.startedAt ?? null,
      endsAt: course?.endsAt ?? null,
      answered: course ? (answered.get(course.id) ?? 0) : 0,
      total: questions.length,
      servedQuestions: questions.slice(0, served).map((q, i) => ({ number: i + 1, challengeId: q.challengeId })),
      incidents: (course ? (incidents.get(course.id) ?? []) : []).map((i) => ({
        id: i.id,
        category: i.category as IncidentCategory,
        question: i.challengeId ? (numberOf.get(i.challengeId) ?? null) : null,
        description: i.description,
        createdAt: i.createdAt,
      })),
    };
  });
  const x = s.session;
  return {
    session: { id: x.id, number: x.number ?? 0, date: x.date, time: x.time, room: x.room, address: x.address, examiner: x.examiner, centerName: s.centerName },
    candidates,
    now,
  };
}
