import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { certificationCandidates, certificationCourses } from "@/db/schema";
import { Conflict, NotFound } from "@/lib/errors";
import { assertInvigilator, type Invigilator } from "./invigilator";
import { UNFINISHED_STATES } from "./get-invigilation";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The result of a click: `changed` is false when the test already was in the wanted state. */
export type Transition = { changed: boolean; state: string };

type Rule = { from: readonly string[]; to: string; refused: string };

/**
 * One transition of a candidate's test, for the invigilator of the candidate's OWN session:
 * the course row is locked, the state checked, then changed, in one transaction. A second
 * click finds the target state and changes nothing.
 */
async function transition(db: DbOrTx, invigilator: Invigilator | null, candidateId: string, now: Date, rule: Rule): Promise<Transition> {
  assertInvigilator(invigilator);
  if (!UUID.test(candidateId)) throw new NotFound("Ce candidat n'est pas inscrit à cette session.");
  return db.transaction(async (tx) => {
    const [course] = await tx
      .select({ id: certificationCourses.id, state: certificationCourses.state })
      .from(certificationCourses)
      .innerJoin(certificationCandidates, eq(certificationCandidates.id, certificationCourses.candidateId))
      .where(and(eq(certificationCourses.candidateId, candidateId), eq(certificationCandidates.sessionId, invigilator.sessionId), eq(certificationCourses.sessionId, invigilator.sessionId)))
      .for("update", { of: certificationCourses });
    if (!course) {
      const [candidate] = await tx
        .select({ id: certificationCandidates.id })
        .from(certificationCandidates)
        .where(and(eq(certificationCandidates.id, candidateId), eq(certificationCandidates.sessionId, invigilator.sessionId)));
      if (!candidate) throw new NotFound("Ce candidat n'est pas inscrit à cette session.");
      throw new Conflict("Ce candidat n'a pas encore rejoint la session : attendez qu'il se connecte.");
    }
    if (course.state === rule.to) return { changed: false, state: course.state };
    if (!rule.from.includes(course.state)) throw new Conflict(rule.refused);
    const patch: Partial<typeof certificationCourses.$inferInsert> = { state: rule.to, updatedAt: now };
    if (rule.to === "ended-by-invigilator") patch.endedAt = now;
    await tx.update(certificationCourses).set(patch).where(eq(certificationCourses.id, course.id));
    return { changed: true, state: rule.to };
  });
}

/** "Autoriser à commencer": waiting → authorised. */
export function authoriseStart(db: DbOrTx, invigilator: Invigilator | null, candidateId: string, now: Date): Promise<Transition> {
  return transition(db, invigilator, candidateId, now, {
    from: ["waiting"],
    to: "authorised",
    refused: "Ce candidat n'attend pas d'autorisation pour commencer.",
  });
}

/** "Autoriser la reprise": paused → started (the clock kept running: endsAt unchanged). */
export function authoriseResume(db: DbOrTx, invigilator: Invigilator | null, candidateId: string, now: Date): Promise<Transition> {
  return transition(db, invigilator, candidateId, now, {
    from: ["paused"],
    to: "started",
    refused: "Le test de ce candidat n'est pas en pause.",
  });
}

/** "Terminer le test": any unfinished state → ended-by-invigilator (endedAt = now). */
export function endTest(db: DbOrTx, invigilator: Invigilator | null, candidateId: string, now: Date): Promise<Transition> {
  return transition(db, invigilator, candidateId, now, {
    from: UNFINISHED_STATES,
    to: "ended-by-invigilator",
    refused: "Le test de ce candidat est déjà terminé.",
  });
}
