import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { certificationCandidates, certificationCenters, certificationCourses, certificationSessions } from "@/db/schema";

/** The columns a certificate needs, joined from the course, candidate, session and centre. */
export function certificateQuery(db: DbOrTx) {
  return db
    .select({
      courseId: certificationCourses.id,
      userId: certificationCourses.userId,
      firstName: certificationCandidates.firstName,
      lastName: certificationCandidates.lastName,
      birthDate: certificationCandidates.birthDate,
      centerName: certificationCenters.name,
      sessionDate: certificationSessions.date,
      sessionStatus: certificationSessions.status,
      status: certificationCourses.status,
      pixScore: certificationCourses.pixScore,
      result: certificationCourses.result,
      verificationCode: certificationCourses.verificationCode,
      cancelledAt: certificationCourses.cancelledAt,
      cancelReason: certificationCourses.cancelReason,
    })
    .from(certificationCourses)
    .innerJoin(certificationCandidates, eq(certificationCandidates.id, certificationCourses.candidateId))
    .innerJoin(certificationSessions, eq(certificationSessions.id, certificationCourses.sessionId))
    .innerJoin(certificationCenters, eq(certificationCenters.id, certificationSessions.centerId));
}
