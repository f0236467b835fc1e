// Platform staff find certificates (published or not) by verification code or candidate name.
import { and, desc, eq, ilike, isNotNull, or, sql } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db/client";
import { certificationCandidates, certificationCourses, certificationSessions } from "@/db/schema";
import { assertAdmin, type Actor } from "@/lib/auth/actor";
import { isVerificationCode, normalizeVerificationCode } from "@/lib/certification/rules";
import { NotFound } from "@/lib/errors";
import { escapeLike } from "@/lib/search/like";

export type StaffCertificate = {
  courseId: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  centerName: string;
  sessionId: string;
  sessionNumber: number | null;
  sessionDate: string;
  sessionStatus: string;
  status: string | null;
  pixScore: number | null;
  verificationCode: string | null;
  cancelledAt: Date | null;
  cancelReason: string | null;
};

function staffQuery(db: DbOrTx) {
  return db
    .select({
      courseId: certificationCourses.id,
      firstName: certificationCandidates.firstName,
      lastName: certificationCandidates.lastName,
      birthDate: certificationCandidates.birthDate,
      centerName: sql<string>`(select name from certification_centers where id = ${certificationSessions.centerId})`,
      sessionId: certificationSessions.id,
      sessionNumber: certificationSessions.number,
      sessionDate: certificationSessions.date,
      sessionStatus: certificationSessions.status,
      status: certificationCourses.status,
      pixScore: certificationCourses.pixScore,
      verificationCode: certificationCourses.verificationCode,
      cancelledAt: certificationCourses.cancelledAt,
      cancelReason: certificationCourses.cancelReason,
    })
    .from(certificationCourses)
    .innerJoin(certificationCandidates, eq(certificationCandidates.id, certificationCourses.candidateId))
    .innerJoin(certificationSessions, eq(certificationSessions.id, certificationCourses.sessionId));
}


/** A code (with or without "P-", any case, spaces) is searched exactly; anything else as a name. */
export async function searchCertificates(db: DbOrTx, actor: Actor | null, rawQuery: string): Promise<StaffCertificate[]> {
  assertAdmin(actor);
  const q = rawQuery.trim().slice(0, 100);
  if (!q) return [];
  const code = normalizeVerificationCode(q);
  if (isVerificationCode(code)) return staffQuery(db).where(eq(certificationCourses.verificationCode, code)).limit(1);
  const words = q.split(/\s+/).filter(Boolean).slice(0, 4);
  const conditions = words.map((w) => {
    const p = `%${escapeLike(w)}%`;
    return or(ilike(certificationCandidates.firstName, p), ilike(certificationCandidates.lastName, p))!;
  });
  return staffQuery(db)
    .where(and(isNotNull(certificationCourses.status), ...conditions))
    .orderBy(desc(certificationSessions.date), certificationCandidates.lastName)
    .limit(100);
}

export async function getStaffCertificate(db: DbOrTx, actor: Actor | null, courseId: string): Promise<StaffCertificate> {
  assertAdmin(actor);
  if (!z.uuid().safeParse(courseId).success) throw new NotFound("Ce certificat n'existe pas.");
  const [row] = await staffQuery(db).where(eq(certificationCourses.id, courseId));
  if (!row) throw new NotFound("Ce certificat n'existe pas.");
  return row;
}

export function staffCertificateStatus(c: Pick<StaffCertificate, "sessionStatus" | "status" | "cancelledAt">): string {
  if (c.cancelledAt) return "Annulé";
  if (c.sessionStatus !== "published") return c.status === "validated" ? "Validé, pas encore publié" : c.status === "rejected" ? "Rejeté, pas encore publié" : "En cours";
  return c.status === "validated" ? "Validé et publié" : "Rejeté";
}
