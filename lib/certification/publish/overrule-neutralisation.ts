// Platform staff cancel the neutralisation an incident decided ("Annuler la neutralisation")
// before publication; the course is scored again.
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { certificationCourses, certificationIncidents, certificationSessions } from "@/db/schema";
import { assertAdmin, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { scoreAndStoreCourse } from "@/lib/certification/finalise/score-course";
import { neutralisesQuestion, type IncidentCategory } from "@/lib/certification/rules";
import { Conflict, NotFound } from "@/lib/errors";

export async function overruleNeutralisation(db: Db, actor: Actor | null, sessionId: string, incidentId: string, now = new Date()): Promise<{ changed: boolean }> {
  assertAdmin(actor);
  if (!z.uuid().safeParse(sessionId).success || !z.uuid().safeParse(incidentId).success) throw new NotFound();
  return db.transaction(async (tx) => {
    const [session] = await tx.select().from(certificationSessions).where(eq(certificationSessions.id, sessionId)).for("update");
    if (!session) throw new NotFound();
    const [incident] = await tx
      .select({ incident: certificationIncidents, course: certificationCourses })
      .from(certificationIncidents)
      .innerJoin(certificationCourses, eq(certificationCourses.id, certificationIncidents.courseId))
      .where(and(eq(certificationIncidents.id, incidentId), eq(certificationCourses.sessionId, sessionId)));
    if (!incident) throw new NotFound();
    if (incident.incident.overruledAt) return { changed: false };
    if (session.status !== "finalised") throw new Conflict("Les neutralisations ne peuvent être changées qu'entre la finalisation et la publication de la session.");
    if (!neutralisesQuestion({ category: incident.incident.category as IncidentCategory, challengeId: incident.incident.challengeId }))
      throw new Conflict("Cet incident ne neutralise aucune question.");
    const updated = await tx
      .update(certificationIncidents)
      .set({ overruledAt: now, overruledBy: actor.userId })
      .where(and(eq(certificationIncidents.id, incidentId), isNull(certificationIncidents.overruledAt)))
      .returning({ id: certificationIncidents.id });
    if (updated.length === 0) return { changed: false };
    const before = { status: incident.course.status, pixScore: incident.course.pixScore };
    const score = await scoreAndStoreCourse(tx, incident.course, now);
    await recordAudit(
      tx,
      {
        actorId: actor.userId,
        action: "certification.neutralisation.overrule",
        targetType: "certification_incident",
        targetId: incidentId,
        before: { ...before, challengeId: incident.incident.challengeId },
        after: { status: score.status, pixScore: score.totalPix, courseId: incident.course.id },
      },
      now,
    );
    return { changed: true };
  });
}
