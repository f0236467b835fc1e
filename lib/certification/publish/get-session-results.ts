// Platform staff: one session's results, candidate by candidate, with incidents.
import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db/client";
import { certificationCandidates, certificationCenters, certificationCourses, certificationSessions } from "@/db/schema";
import { assertAdmin, type Actor } from "@/lib/auth/actor";
import { loadIncidents, type IncidentView } from "@/lib/certification/finalise/get-finalisation";
import { neutralisesQuestion, type CertificationScore, type IncidentCategory } from "@/lib/certification/rules";
import { getReferential } from "@/lib/content";
import { NotFound } from "@/lib/errors";

export type StaffIncident = IncidentView & { neutralises: boolean };

export type StaffCandidateResult = {
  candidateId: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  course: {
    id: string;
    state: string;
    abortReason: string | null;
    status: string | null;
    pixScore: number | null;
    verificationCode: string | null;
    cancelledAt: Date | null;
    reproducibilityPercent: number | null;
    competences: { competenceId: string; code: string; name: string; profileLevel: number; n: number; k: number; outcome: string; level: number; pix: number }[];
  } | null;
  incidents: StaffIncident[];
};

export function competenceNames(): Map<string, { code: string; name: string }> {
  return new Map(getReferential().competences.map((c) => [c.id, { code: c.code, name: c.name }]));
}

export async function getSessionResults(db: DbOrTx, actor: Actor | null, sessionId: string) {
  assertAdmin(actor);
  if (!z.uuid().safeParse(sessionId).success) throw new NotFound();
  const [row] = await db
    .select({ session: certificationSessions, centerName: certificationCenters.name })
    .from(certificationSessions)
    .innerJoin(certificationCenters, eq(certificationCenters.id, certificationSessions.centerId))
    .where(eq(certificationSessions.id, sessionId));
  if (!row || row.session.status === "created") throw new NotFound();
  const rows = await db
    .select({ candidate: certificationCandidates, course: certificationCourses })
    .from(certificationCandidates)
    .leftJoin(certificationCourses, eq(certificationCourses.candidateId, certificationCandidates.id))
    .where(eq(certificationCandidates.sessionId, sessionId))
    .orderBy(asc(certificationCandidates.lastName), asc(certificationCandidates.firstName));
  const incidents = await loadIncidents(db, rows.flatMap((r) => (r.course ? [r.course.id] : [])));
  const names = competenceNames();
  const candidates: StaffCandidateResult[] = rows.map(({ candidate, course }) => {
    const result = course?.result as CertificationScore | null | undefined;
    return {
      candidateId: candidate.id,
      firstName: candidate.firstName,
      lastName: candidate.lastName,
      birthDate: candidate.birthDate,
      course: course
        ? {
            id: course.id,
            state: course.state,
            abortReason: course.abortReason,
            status: course.status,
            pixScore: course.pixScore,
            verificationCode: course.verificationCode,
            cancelledAt: course.cancelledAt,
            reproducibilityPercent: result?.reproducibility.percent ?? null,
            competences: (result?.competences ?? [])
              .filter((c) => c.planned > 0)
              .map((c) => ({
                competenceId: c.competenceId,
                code: names.get(c.competenceId)?.code ?? c.competenceId,
                name: names.get(c.competenceId)?.name ?? c.competenceId,
                profileLevel: c.profileLevel,
                n: c.n,
                k: c.k,
                outcome: c.outcome,
                level: c.level,
                pix: c.pix,
              })),
          }
        : null,
      incidents: course
        ? incidents
            .filter((i) => i.courseId === course.id)
            .map((i) => ({ ...i, neutralises: neutralisesQuestion({ category: i.category as IncidentCategory, challengeId: i.challengeId }) }))
        : [],
    };
  });
  return {
    session: { id: row.session.id, number: row.session.number, date: row.session.date, status: row.session.status, examinerComment: row.session.examinerComment, publishedAt: row.session.publishedAt },
    centerName: row.centerName,
    candidates,
  };
}
