// Demo data for certification (called by db/seed.ts seedDemo, once, on an empty base): a
// certifiable profile for the demo learner and a session at the demo centre. No "server-only":
// the seed script runs under tsx. Deterministic: same referential, same rows.
import type { DbOrTx } from "@/db/client";
import { answers, assessments, certificationCandidates, certificationSessions, knowledgeElements } from "@/db/schema";
import { getContentIndex, getReferential } from "@/lib/content";
import { parisToday } from "./dates";

/** How many competences the demo learner has evaluated (levels 1 and 2 validated). */
export const DEMO_CERTIFIABLE_COMPETENCES = 6;
export const DEMO_SESSION = { room: "Salle 2", examiner: "Sophie Durand", time: "14:00", accessCode: "PXCT42", invigilatorPassword: "JMC24" } as const;
export const DEMO_CANDIDATES = [
  { lastName: "Martin", firstName: "Laura", birthDate: "1985-03-14", extraTimePercent: 0, email: "apprenant@exemple.fr" },
  { lastName: "Petit", firstName: "Thomas", birthDate: "1992-07-02", extraTimePercent: 33, email: "thomas.petit@exemple.fr" },
] as const;

/**
 * The learner validated, by answering them, the active skills of levels 1 and 2 (outside ABC Pix)
 * of the first competences of the referential where they make level 1 or more (several subjects
 * each): 6 competences at level 1 or 2, so eligible.
 */
export async function seedLearnerProfile(tx: DbOrTx, learnerId: string, now: Date): Promise<void> {
  const referential = getReferential();
  const index = getContentIndex();
  let picked = 0;
  for (const competence of referential.competences) {
    if (picked >= DEMO_CERTIFIABLE_COMPETENCES) break;
    // ABC Pix subjects are left out, so the demo campaigns on ABC Pix still ask their questions
    const skills = referential.skills
      .filter((s) => s.competenceId === competence.id && s.active && s.level <= 2 && !s.tubeId.startsWith("@abc") && index.playableChallenges(s.id).length > 0)
      .sort((a, b) => a.level - b.level || (a.id < b.id ? -1 : 1));
    const total = skills.reduce((sum, s) => sum + s.pix.num / s.pix.den, 0);
    if (new Set(skills.map((s) => s.tubeId)).size < 2 || total < 8) continue;
    picked += 1;
    const started = new Date(now.getTime() - (DEMO_CERTIFIABLE_COMPETENCES - picked + 1) * 86_400_000);
    const [assessment] = await tx
      .insert(assessments)
      .values({
        userId: learnerId,
        competenceId: competence.id,
        type: "competence",
        state: "completed",
        startPix: { num: 0, den: 1 },
        contentVersion: referential.version,
        createdAt: started,
        updatedAt: started,
        completedAt: new Date(started.getTime() + 20 * 60_000),
      })
      .returning({ id: assessments.id });
    let pix = 0;
    for (const [i, skill] of skills.entries()) {
      const challenge = [...index.playableChallenges(skill.id)].sort((a, b) => (a.id < b.id ? -1 : 1))[0]!;
      const at = new Date(started.getTime() + (i + 1) * 60_000);
      const levelBefore = Math.floor(pix / 8 + 1e-9);
      pix += skill.pix.num / skill.pix.den;
      const [answer] = await tx
        .insert(answers)
        .values({
          assessmentId: assessment!.id,
          challengeId: challenge.id,
          position: i + 1,
          value: null,
          status: "ok",
          timeSpentMs: 30_000,
          levelBefore,
          levelAfter: Math.floor(pix / 8 + 1e-9),
          contentVersion: referential.version,
          createdAt: at,
        })
        .returning({ id: answers.id });
      await tx.insert(knowledgeElements).values({
        userId: learnerId,
        assessmentId: assessment!.id,
        answerId: answer!.id,
        challengeId: challenge.id,
        skillId: skill.id,
        tubeId: skill.tubeId,
        competenceId: competence.id,
        status: "validated",
        source: "direct",
        earnedPixNum: skill.pix.num,
        earnedPixDen: skill.pix.den,
        createdAt: at,
      });
    }
  }
}

/** A session today at the demo centre, with the demo learner and a second candidate. */
export async function seedDemoSession(tx: DbOrTx, centerId: string, createdBy: string, now: Date): Promise<void> {
  const [session] = await tx
    .insert(certificationSessions)
    .values({
      centerId,
      address: "12 rue Jean-Macé, 49000 Angers",
      room: DEMO_SESSION.room,
      date: parisToday(now),
      time: DEMO_SESSION.time,
      examiner: DEMO_SESSION.examiner,
      description: "Session de démonstration.",
      accessCode: DEMO_SESSION.accessCode,
      invigilatorPassword: DEMO_SESSION.invigilatorPassword,
      createdBy,
      createdAt: now,
    })
    .returning({ id: certificationSessions.id });
  await tx.insert(certificationCandidates).values(DEMO_CANDIDATES.map((c) => ({ ...c, sessionId: session!.id, createdAt: now })));
}
