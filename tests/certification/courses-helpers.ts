// Setup for the candidate's side tests: an eligible learner, a centre's session of today with candidates.
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { answers, assessments, certificationCandidates, certificationCenters, certificationCourses, certificationSessions, knowledgeElements } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { generateAccessCode, generateInvigilatorPassword } from "@/lib/certification/rules";
import { parisToday } from "@/lib/certification/sessions/dates";
import { getContentIndex } from "@/lib/content";
import { getDb } from "../support/db";

/**
 * Gives the learner level 2 (all level 1 and 2 skills validated directly, by answering one challenge
 * each) in the first `competences` competences. Returns the challenges answered.
 */
export async function makeEligible(actor: Actor, competences = 5, at = new Date(Date.now() - 86_400_000)): Promise<string[]> {
  const ix = getContentIndex();
  const db = getDb();
  const answered: string[] = [];
  for (const c of ix.referential.competences.slice(0, competences)) {
    const [a] = await db
      .insert(assessments)
      .values({ userId: actor.userId, competenceId: c.id, state: "completed", startPix: { num: 0, den: 1 }, contentVersion: ix.version, createdAt: at, completedAt: at })
      .returning({ id: assessments.id });
    const skills = (ix.skillsByCompetence.get(c.id) ?? []).filter((s) => s.active && s.level <= 2 && ix.playableChallenges(s.id).length > 0);
    let position = 0;
    for (const s of skills) {
      const ch = ix.playableChallenges(s.id)[0]!;
      position += 1;
      const [ans] = await db
        .insert(answers)
        .values({ assessmentId: a!.id, challengeId: ch.id, position, value: null, status: "ok", levelBefore: 0, levelAfter: 0, contentVersion: ix.version, createdAt: at })
        .returning({ id: answers.id });
      await db.insert(knowledgeElements).values({
        userId: actor.userId,
        assessmentId: a!.id,
        answerId: ans!.id,
        challengeId: ch.id,
        skillId: s.id,
        tubeId: s.tubeId,
        competenceId: c.id,
        status: "validated",
        source: "direct",
        earnedPixNum: s.pix.num,
        earnedPixDen: s.pix.den,
        createdAt: at,
      });
      answered.push(ch.id);
    }
  }
  return answered;
}

export type CandidateSpec = { firstName: string; lastName: string; birthDate: string; extraTimePercent?: number };

let centres = 0;
/** A session of `date` (today in Paris by default) at a new centre, with these candidates. */
export async function newSession(candidates: CandidateSpec[], opts: { date?: string; status?: string } = {}) {
  centres += 1;
  const db = getDb();
  const [centre] = await db.insert(certificationCenters).values({ name: `Centre ${centres}`, approvedAt: new Date() }).returning({ id: certificationCenters.id });
  const accessCode = generateAccessCode(randomBytes);
  const [session] = await db
    .insert(certificationSessions)
    .values({
      centerId: centre!.id,
      address: "1 rue de la Paix",
      room: "Salle 1",
      date: opts.date ?? parisToday(new Date()),
      time: "09:00",
      examiner: "Jeanne Dupont",
      accessCode,
      invigilatorPassword: generateInvigilatorPassword(randomBytes),
      status: opts.status ?? "created",
    })
    .returning({ id: certificationSessions.id, number: certificationSessions.number });
  const rows = candidates.length
    ? await db
        .insert(certificationCandidates)
        .values(candidates.map((c) => ({ sessionId: session!.id, firstName: c.firstName, lastName: c.lastName, birthDate: c.birthDate, extraTimePercent: c.extraTimePercent ?? 0 })))
        .returning({ id: certificationCandidates.id })
    : [];
  return { sessionId: session!.id, centreId: centre!.id, number: Number(session!.number), accessCode, candidateIds: rows.map((r) => r.id) };
}

/** The invigilator's "Autoriser" (another engineer's portal): the state is set directly. */
export async function setCourseState(courseId: string, state: string): Promise<void> {
  await getDb().update(certificationCourses).set({ state }).where(eq(certificationCourses.id, courseId));
}

export async function courseRow(courseId: string) {
  const [row] = await getDb().select().from(certificationCourses).where(eq(certificationCourses.id, courseId));
  return row!;
}
