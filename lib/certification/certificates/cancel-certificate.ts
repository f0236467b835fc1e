// Platform staff cancel a published, validated certificate (fraud, error), with a reason. The
// public verification then says it was cancelled, without score; the learner sees it too.
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { certificationCourses, certificationSessions } from "@/db/schema";
import { assertAdmin, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { reasonSchema } from "@/lib/certification/publish/unpublish-session";
import { Conflict, InvalidInput, NotFound } from "@/lib/errors";

export const cancelCertificateSchema = z.object({ courseId: z.string(), reason: reasonSchema });

export const ALREADY_CANCELLED = "Ce certificat est déjà annulé.";

export async function cancelCertificate(db: Db, actor: Actor | null, courseId: string, rawReason: string, now = new Date()): Promise<void> {
  assertAdmin(actor);
  const reason = reasonSchema.safeParse(rawReason);
  if (!reason.success) throw new InvalidInput({ reason: reason.error.issues[0]!.message });
  if (!z.uuid().safeParse(courseId).success) throw new NotFound("Ce certificat n'existe pas.");
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ course: certificationCourses, sessionStatus: certificationSessions.status })
      .from(certificationCourses)
      .innerJoin(certificationSessions, eq(certificationSessions.id, certificationCourses.sessionId))
      .where(eq(certificationCourses.id, courseId))
      .for("update", { of: certificationCourses });
    if (!row) throw new NotFound("Ce certificat n'existe pas.");
    if (row.course.cancelledAt) throw new Conflict(ALREADY_CANCELLED);
    if (row.course.status !== "validated" || !row.course.verificationCode) throw new Conflict("Seul un certificat validé peut être annulé.");
    const updated = await tx
      .update(certificationCourses)
      .set({ cancelledAt: now, cancelReason: reason.data, updatedAt: now })
      .where(and(eq(certificationCourses.id, courseId), isNull(certificationCourses.cancelledAt)))
      .returning({ id: certificationCourses.id });
    if (updated.length === 0) throw new Conflict(ALREADY_CANCELLED);
    await recordAudit(
      tx,
      {
        actorId: actor.userId,
        action: "certification.certificate.cancel",
        targetType: "certification_course",
        targetId: courseId,
        before: { cancelledAt: null, status: row.course.status, pixScore: row.course.pixScore, verificationCode: row.course.verificationCode, sessionStatus: row.sessionStatus },
        after: { cancelledAt: now.toISOString(), reason: reason.data },
      },
      now,
    );
  });
}
