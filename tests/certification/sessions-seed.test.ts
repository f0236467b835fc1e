/**
 * The certification demo data of seedDemo: the demo learner is eligible, the test composes
 * questions on what she did, and the demo session at the demo centre lists her.
 */
import { eq } from "drizzle-orm";
import { answers, assessments, certificationCandidates, certificationCenters, certificationSessions, users } from "@/db/schema";
import { DEMO_ACCOUNTS, seedDemo } from "@/db/seed";
import { loadKnowledge, loadResets, scoredKnowledge, scoringOptions } from "@/lib/assessments/knowledge";
import { checkEligibility, composeTest } from "@/lib/certification/rules";
import { getReferential } from "@/lib/content";
import { getDb, setupTestDatabase } from "../support/db";

setupTestDatabase();

const NOW = new Date("2026-12-05T10:00:00Z");

test("after seedDemo, the demo learner is eligible and the test gives at least 5 certifiable competences with 2+ questions each", async () => {
  await seedDemo(getDb(), NOW);
  const db = getDb();
  const [learner] = await db.select().from(users).where(eq(users.email, DEMO_ACCOUNTS.learner.email));
  const knowledge = scoredKnowledge(await loadKnowledge(db, learner!.id), await loadResets(db, learner!.id));
  const referential = getReferential();
  const eligibility = checkEligibility(knowledge, referential.competences, scoringOptions());
  expect(eligibility.eligible).toBe(true);
  expect(eligibility.count).toBeGreaterThanOrEqual(6);

  const answered = await db
    .select({ challengeId: answers.challengeId })
    .from(answers)
    .innerJoin(assessments, eq(assessments.id, answers.assessmentId))
    .where(eq(assessments.userId, learner!.id));
  expect(answered.length).toBeGreaterThan(0);
  // only direct successes, and nothing on ABC Pix subjects (the demo ABC campaigns still ask everything)
  expect(knowledge.size).toBeGreaterThan(0);
  for (const ke of knowledge.values()) {
    expect(ke).toMatchObject({ status: "validated", source: "direct" });
    expect(ke.tubeId.startsWith("@abc")).toBe(false);
  }
  const test = composeTest({
    referential,
    knowledge,
    competences: eligibility.competences,
    answeredChallengeIds: answered.map((a) => a.challengeId),
    seed: "demo-course",
  });
  expect(test.eligible).toBe(true);
  expect(test.certifiableCount).toBeGreaterThanOrEqual(5);
  for (const c of test.competences.filter((x) => x.certifiable)) expect(c.planned).toBeGreaterThanOrEqual(2);
  // never a question she has already seen
  const seen = new Set(answered.map((a) => a.challengeId));
  expect(test.questions.some((q) => seen.has(q.challengeId))).toBe(false);

  const [session] = await db
    .select()
    .from(certificationSessions)
    .innerJoin(certificationCenters, eq(certificationCenters.id, certificationSessions.centerId))
    .where(eq(certificationCenters.name, "Centre de certification de la Médiathèque Jean-Macé"));
  expect(session!.certification_sessions).toMatchObject({ date: "2026-12-05", room: "Salle 2", examiner: "Sophie Durand", status: "created" });
  const candidates = await db.select().from(certificationCandidates).where(eq(certificationCandidates.sessionId, session!.certification_sessions.id));
  expect(candidates.map((c) => [c.lastName, c.firstName, c.birthDate]).sort()).toEqual([
    ["Martin", "Laura", "1985-03-14"],
    ["Petit", "Thomas", "1992-07-02"],
  ]);
});
