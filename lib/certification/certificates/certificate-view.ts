// The certificate as shown on the learner's page, in the PDF and on the public verification page.
import type { CertificationScore } from "@/lib/certification/rules";
import { competenceNames } from "@/lib/certification/publish/get-session-results";

export type CertificateView = {
  courseId: string;
  firstName: string;
  lastName: string;
  /** YYYY-MM-DD */
  birthDate: string;
  centerName: string;
  /** YYYY-MM-DD, the session's day */
  sessionDate: string;
  pixScore: number;
  competences: { code: string; name: string; level: number; pix: number }[];
  verificationCode: string;
  /** set when platform staff cancelled the certificate: no score may then be shown */
  cancelledAt: Date | null;
  cancelReason: string | null;
};

export type CertificateRow = {
  courseId: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  centerName: string;
  sessionDate: string;
  pixScore: number | null;
  result: unknown;
  verificationCode: string | null;
  cancelledAt?: Date | null;
  cancelReason?: string | null;
};

export function toCertificateView(row: CertificateRow): CertificateView {
  const names = competenceNames();
  const result = row.result as CertificationScore | null;
  const cancelledAt = row.cancelledAt ?? null;
  return {
    courseId: row.courseId,
    firstName: row.firstName,
    lastName: row.lastName,
    birthDate: row.birthDate,
    centerName: row.centerName,
    sessionDate: row.sessionDate,
    pixScore: cancelledAt ? 0 : (row.pixScore ?? 0),
    competences: (cancelledAt ? [] : (result?.competences ?? [])).map((c) => ({
      code: names.get(c.competenceId)?.code ?? c.competenceId,
      name: names.get(c.competenceId)?.name ?? c.competenceId,
      level: c.level,
      pix: c.pix,
    })),
    verificationCode: row.verificationCode ?? "",
    cancelledAt,
    cancelReason: cancelledAt ? (row.cancelReason ?? null) : null,
  };
}
