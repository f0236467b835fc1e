// Builds certification data directly in the database, for the jest and browser tests of
// finalisation, publication and certificates (not used by the app).
import type { DbOrTx } from "@/db/client";
import { centerMemberships, certificationAnswers, certificationCandidates, certificationCenters, certificationCourses, certificationIncidents, certificationSessions } from "@/db/schema";
import { getReferential } from "@/lib/content";

export type Question = { challengeId: string; competenceId: string; skillId: string; level: number };

/** 5 competences × 3 questions with real challenge ids, each competence at level 3 / 24 pix. */
export function sampleTest(): { questions: Question[]; competences: { competenceId: string; level: number; pix: number }[] } {
  const ref = getReferential();
  const questions: Question[] = [];
  const competences: { competenceId: string; level: number; pix: number }[] = [];
  for (const competence of ref.competences) {
    if (competences.length === 5) break;
    const skills = ref.skills.filter((s) => s.competenceId === competence.id);
    const picked: Question[] = [];
    for (const skill of skills) {
      const challenge = ref.challenges.find((c) => c.skillId === skill.id);
      if (challenge) picked.push({ challengeId: challenge.id, competenceId: competence.id, skillId: skill.id, level: skill.level });
      if (picked.length === 3) break;
    }
    if (picked.length < 3) continue;
    questions.push(...picked);
    competences.push({ competenceId: competence.id, level: 3, pix: 24 });
  }
  if (competences.length < 5) throw new Error("the referential has fewer than 5 competences with 3 questions");
  return { questions, competences };
}

export async function insertCenter(db: DbOrTx, name: string, adminUserId?: string): Promise<string> {
  const [c] = await db.insert(certificationCenters).values({ name, approvedAt: new Date() }).returning({ id: certificationCenters.id });
  if (adminUserId) await db.insert(centerMemberships).values({ centerId: c!.id, userId: adminUserId, role: "ADMIN" });
  return c!.id;
}

export async function insertSession(db: DbOrTx, centerId: string, date = "2026-12-01"): Promise<{ id: string; number: number }> {
  const [s] = await db
    .insert(certificationSessions)
    .values({ centerId, address: "1 rue des Lilas, Lyon", room: "Salle 2", date, time: "09:30", examiner: "Mme Leroy", accessCode: "BCDF23", invigilatorPassword: "K7TMB" })
    .returning({ id: certificationSessions.id, number: certificationSessions.number });
  return { id: s!.id, number: s!.number! };
}

/**
 * A candidate who joined, with a course in `state`. `answers`: status per question index
 * ("ok"/"ko"…), missing = never answered.
 */
export async function insertCourse(
  db: DbOrTx,
  o: { sessionId: string; userId: string; firstName?: string; lastName?: string; birthDate?: string; email?: string | null; state: string; answers: string[] },
): Promise<{ courseId: string; candidateId: string; questions: Question[] }> {
  const test = sampleTest();
  const [cand] = await db
    .insert(certificationCandidates)
    .values({ sessionId: o.sessionId, firstName: o.firstName ?? "Lina", lastName: o.lastName ?? "Moreau", birthDate: o.birthDate ?? "1990-04-12", email: o.email ?? null, userId: o.userId })
    .returning({ id: certificationCandidates.id });
  const now = new Date();
  const [course] = await db
    .insert(certificationCourses)
    .values({
      candidateId: cand!.id,
      sessionId: o.sessionId,
      userId: o.userId,
      state: o.state,
      questions: test.questions,
      competences: test.competences,
      currentIndex: o.answers.length,
      startedAt: o.state === "waiting" || o.state === "authorised" ? null : now,
      endsAt: o.state === "waiting" || o.state === "authorised" ? null : new Date(now.getTime() + 105 * 60_000),
      endedAt: ["ended", "ended-by-invigilator", "timed-out"].includes(o.state) ? now : null,
    })
    .returning({ id: certificationCourses.id });
  for (const [position, status] of o.answers.entries()) {
    await db.insert(certificationAnswers).values({ courseId: course!.id, challengeId: test.questions[position]!.challengeId, position, value: null, status, timeSpentMs: 1000 });
  }
  return { courseId: course!.id, candidateId: cand!.id, questions: test.questions };
}

export async function insertIncident(db: DbOrTx, courseId: string, category: string, challengeId: string | null, description = "La question ne s'affichait pas."): Promise<string> {
  const [i] = await db.insert(certificationIncidents).values({ courseId, category, challengeId, description }).returning({ id: certificationIncidents.id });
  return i!.id;
}

/** 15 statuses: `ok` right answers first, then ko. */
export function answersWith(ok: number, total = 15): string[] {
  return Array.from({ length: total }, (_, i) => (i < ok ? "ok" : "ko"));
}
