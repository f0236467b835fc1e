import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { certificationCandidates, certificationCourses, certificationIncidents } from "@/db/schema";
import { NEUTRALISING_CATEGORIES } from "@/lib/certification/rules";
import { Conflict, InvalidInput, NotFound } from "@/lib/errors";
import { assertInvigilator, type Invigilator } from "./invigilator";
import { incidentSchema, type IncidentInput } from "./schemas";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * "Signaler un incident" about a candidate of the invigilator's OWN session. The question is
 * kept only for a technical or question problem (those neutralise it at finalisation), and
 * must be one already shown to this candidate.
 */
export async function reportIncident(db: DbOrTx, invigilator: Invigilator | null, input: IncidentInput, now: Date): Promise<{ incidentId: string }> {
  assertInvigilator(invigilator);
  const parsed = incidentSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? "_form")] ??= issue.message;
    throw new InvalidInput(fieldErrors);
  }
  const { candidateId, category, description } = parsed.data;
  if (!UUID.test(candidateId)) throw new NotFound("Ce candidat n'est pas inscrit à cette session.");
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ candidateId: certificationCandidates.id, course: certificationCourses })
      .from(certificationCandidates)
      .leftJoin(certificationCourses, eq(certificationCourses.candidateId, certificationCandidates.id))
      .where(and(eq(certificationCandidates.id, candidateId), eq(certificationCandidates.sessionId, invigilator.sessionId)));
    if (!row) throw new NotFound("Ce candidat n'est pas inscrit à cette session.");
    const course = row.course;
    if (!course || course.sessionId !== invigilator.sessionId)
      throw new Conflict("Ce candidat n'a pas encore rejoint la session : un incident ne peut être signalé qu'une fois qu'il s'est connecté.");
    let challengeId: string | null = null;
    if (NEUTRALISING_CATEGORIES.includes(category) && parsed.data.challengeId) {
      const served = course.startedAt ? course.questions.slice(0, course.currentIndex + 1) : [];
      if (!served.some((q) => q.challengeId === parsed.data.challengeId))
        throw new InvalidInput({ challengeId: "Choisissez une question que ce candidat a déjà vue." });
      challengeId = parsed.data.challengeId;
    }
    const [incident] = await tx
      .insert(certificationIncidents)
      .values({ courseId: course.id, category, challengeId, description, createdAt: now })
      .returning({ id: certificationIncidents.id });
    return { incidentId: incident!.id };
  });
}
