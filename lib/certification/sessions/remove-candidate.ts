import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { certificationCandidates, certificationCourses } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { Conflict, NotFound } from "@/lib/errors";
import { assertSessionOpen, guardSession } from "./guard";

/** Removes a candidate before finalisation, only if they have not joined the session. */
export async function removeCandidate(actor: Actor | null, centerId: string, sessionId: string, candidateId: string, opts: { now?: Date } = {}): Promise<void> {
  const db = getDb();
  await guardSession(db, actor, centerId, sessionId);
  const now = opts.now ?? new Date();
  await db.transaction(async (tx) => {
    const { session } = await guardSession(tx, actor, centerId, sessionId, { forUpdate: true });
    assertSessionOpen(session);
    const [candidate] = await tx
      .select()
      .from(certificationCandidates)
      .where(and(eq(certificationCandidates.id, candidateId), eq(certificationCandidates.sessionId, sessionId)))
      .limit(1);
    if (!candidate) throw new NotFound("Ce candidat n'existe pas dans cette session.");
    const [course] = await tx.select({ id: certificationCourses.id }).from(certificationCourses).where(eq(certificationCourses.candidateId, candidateId)).limit(1);
    if (candidate.userId || course) throw new Conflict("Ce candidat a déjà rejoint la session : il ne peut plus être retiré.");
    await tx.delete(certificationCandidates).where(eq(certificationCandidates.id, candidateId));
    await recordAudit(
      tx,
      { actorId: actor!.userId, action: "certification-candidate.remove", targetType: "certification-session", targetId: sessionId, before: { candidateId, lastName: candidate.lastName, firstName: candidate.firstName } },
      now,
    );
  });
}
