import "./content-setup";
import { and, count, eq } from "drizzle-orm";
import { answers, assessments, competenceResets, knowledgeElements } from "@/db/schema";
import { answerChallenge } from "@/lib/assessments/answer-challenge";
import { AssessmentCompleted, NotCurrentChallenge } from "@/lib/assessments/errors";
import { getCheckpoint } from "@/lib/assessments/get-checkpoint";
import { getCurrentChallenge } from "@/lib/assessments/get-current-challenge";
import { getProfile } from "@/lib/assessments/get-profile";
import { getResult } from "@/lib/assessments/get-result";
import { resetCompetence } from "@/lib/assessments/reset";
import { retryCompetence } from "@/lib/assessments/retry";
import { startOrResume } from "@/lib/assessments/start-or-resume";
import type { Actor } from "@/lib/auth/actor";
import { getContentIndex } from "@/lib/content";
import { Conflict, NotFound } from "@/lib/errors";
import { DAY_MS } from "@/lib/scoring";
import { getDb, setupTestDatabase } from "../support/db";
import { formFor, newLearner } from "./helpers";

setupTestDatabase();

async function current(actor: Actor, code = "1.1", now = new Date()) {
  const c = await getCurrentChallenge(actor, { competenceCode: code }, now);
  if (c.kind !== "challenge") throw new Error(`no challenge: ${c.kind}`);
  return { ...c, full: getContentIndex().challengeById.get(c.challenge.id)! };
}

async function snapshot(assessmentId: string) {
  const db = getDb();
  const [a] = await db.select().from(assessments).where(eq(assessments.id, assessmentId));
  const [n] = await db.select({ n: count() }).from(answers).where(eq(answers.assessmentId, assessmentId));
  const [k] = await db.select({ n: count() }).from(knowledgeElements).where(eq(knowledgeElements.assessmentId, assessmentId));
  return { a, answers: Number(n!.n), kes: Number(k!.n) };
}

/** Answers until the end: right except every third question. */
async function finish(actor: Actor, code = "1.1", now = new Date()) {
  for (let i = 0; i < 60; i++) {
    const c = await getCurrentChallenge(actor, { competenceCode: code }, now);
    if (c.kind !== "challenge") return i;
    const full = getContentIndex().challengeById.get(c.challenge.id)!;
    await answerChallenge(actor, await formFor(actor, full, c.assessmentId, i % 3 !== 2), now);
  }
  throw new Error("test never ended");
}

describe("competence assessment", () => {
  it("starts, serves the same challenge on resume, stores a right answer with knowledge elements", async () => {
    const learner = await newLearner();
    const { assessmentId, resumed } = await startOrResume(learner, { competenceCode: "1.1" });
    expect(resumed).toBe(false);
    const first = await current(learner);
    expect(first.questionNumber).toBe(1);
    expect(first.placeInSeries).toBe(1);
    const again = await startOrResume(learner, { competenceCode: "1.1" });
    expect(again).toEqual({ assessmentId, resumed: true });
    expect((await current(learner)).challenge.id).toBe(first.challenge.id);

    const outcome = await answerChallenge(learner, await formFor(learner, first.full, assessmentId, true));
    expect(outcome.status).toBe("ok");
    expect(outcome.position).toBe(1);
    const s = await snapshot(assessmentId);
    expect(s.answers).toBe(1);
    expect(s.kes).toBeGreaterThanOrEqual(1);
    expect(s.a!.currentChallengeId).not.toBe(first.challenge.id);
  });

  it("stores a wrong answer as ko and a skip as skipped", async () => {
    const learner = await newLearner();
    const { assessmentId } = await startOrResume(learner, { competenceCode: "1.1" });
    const c1 = await current(learner);
    expect((await answerChallenge(learner, await formFor(learner, c1.full, assessmentId, false))).status).toBe("ko");
    const c2 = await current(learner);
    expect((await answerChallenge(learner, { assessmentId, challengeId: c2.challenge.id, skip: true })).status).toBe("skipped");
  });

  it("treats a double submission as one answer", async () => {
    const learner = await newLearner();
    const { assessmentId } = await startOrResume(learner, { competenceCode: "1.1" });
    const c = await current(learner);
    const form = await formFor(learner, c.full, assessmentId, true);
    const [one, two] = [await answerChallenge(learner, form), await answerChallenge(learner, form)];
    expect(two).toEqual({ ...one, repeated: true });
    const s = await snapshot(assessmentId);
    expect(s.answers).toBe(1);
  });

  it("refuses an answer to a challenge that was not served, and changes nothing", async () => {
    const learner = await newLearner();
    const { assessmentId } = await startOrResume(learner, { competenceCode: "1.1" });
    const c = await current(learner);
    const other = getContentIndex().referential.challenges.find((x) => x.id !== c.challenge.id && x.type === "QCU")!;
    const before = await snapshot(assessmentId);
    await expect(answerChallenge(learner, await formFor(learner, other, assessmentId, true))).rejects.toBeInstanceOf(NotCurrentChallenge);
    expect(await snapshot(assessmentId)).toEqual(before);
  });

  it("refuses an answer to another learner's assessment, and changes nothing", async () => {
    const owner = await newLearner("Owner");
    const intruder = await newLearner("Intrus");
    const { assessmentId } = await startOrResume(owner, { competenceCode: "1.1" });
    const c = await current(owner);
    const before = await snapshot(assessmentId);
    await expect(answerChallenge(intruder, await formFor(owner, c.full, assessmentId, true))).rejects.toBeInstanceOf(NotFound);
    expect(await snapshot(assessmentId)).toEqual(before);
    const [k] = await getDb().select({ n: count() }).from(knowledgeElements).where(eq(knowledgeElements.userId, intruder.userId));
    expect(Number(k!.n)).toBe(0);
  });

  it("stores a late answer to a timed challenge as timedout (deadline from the first display)", async () => {
    const learner = await newLearner();
    const { assessmentId } = await startOrResume(learner, { competenceCode: "1.1" });
    const timed = getContentIndex().referential.challenges.find((x) => x.timer !== null && x.active && x.type === "QCU" && x.skillId.length > 0)!;
    // Serve the timed challenge, as the engine would, 10 minutes ago.
    const servedAt = new Date(Date.now() - 10 * 60_000);
    await getDb().update(assessments).set({ currentChallengeId: timed.id, currentServedAt: servedAt }).where(eq(assessments.id, assessmentId));
    const outcome = await answerChallenge(learner, await formFor(learner, timed, assessmentId, true));
    expect(outcome.status).toBe("timedout");
  });

  it("accepts a right answer to a timed challenge within the time", async () => {
    const learner = await newLearner();
    const { assessmentId } = await startOrResume(learner, { competenceCode: "1.1" });
    const timed = getContentIndex().referential.challenges.find((x) => x.timer !== null && x.active && x.type === "QCU")!;
    await getDb().update(assessments).set({ currentChallengeId: timed.id, currentServedAt: new Date() }).where(eq(assessments.id, assessmentId));
    expect((await answerChallenge(learner, await formFor(learner, timed, assessmentId, true))).status).toBe("ok");
  });

  it("runs a test to its end: checkpoint, result, profile; refuses answers afterwards", async () => {
    const learner = await newLearner();
    const { assessmentId } = await startOrResume(learner, { competenceCode: "1.1" });
    const asked = await finish(learner);
    expect(asked).toBeGreaterThanOrEqual(5);
    const cp = await getCheckpoint(learner, { competenceCode: "1.1", series: 1 });
    expect(cp.items).toHaveLength(5);
    expect(cp.items[2]!.status).toBe("ko");
    // the correction says the right answer in words; a simulator task is explained instead
    if (getContentIndex().challengeById.get(cp.items[2]!.challengeId)!.type === "SIMULATOR") expect(cp.items[2]!.explanation.trim().length).toBeGreaterThan(0);
    else expect(cp.items[2]!.expected.length).toBeGreaterThan(0);
    const result = await getResult(learner, { competenceCode: "1.1" });
    expect(result.card.score.pix).toBeGreaterThan(0);
    expect(result.pixGained).toBe(result.card.score.pix);
    const profile = await getProfile(learner);
    expect(profile.score.totalPix).toBe(result.card.score.pix);
    const card = profile.areas[0]!.competences.find((c) => c.competence.code === "1.1")!;
    expect(card.action).toEqual({ kind: "retry", allowed: false, daysLeft: 4 });

    const before = await snapshot(assessmentId);
    const someChallenge = getContentIndex().referential.challenges.find((x) => x.type === "QCU" && x.skillId.startsWith("@"))!;
    await expect(answerChallenge(learner, await formFor(learner, someChallenge, assessmentId, true))).rejects.toBeInstanceOf(AssessmentCompleted);
    expect(await snapshot(assessmentId)).toEqual(before);
    await expect(startOrResume(learner, { competenceCode: "1.1" })).rejects.toBeInstanceOf(Conflict);
  });

  it("retries after 4 days and resets after 7, leaving other competences untouched", async () => {
    const learner = await newLearner();
    const t0 = new Date(Date.now() - 10 * DAY_MS);
    await startOrResume(learner, { competenceCode: "1.1" }, t0);
    await finish(learner, "1.1", t0);
    await startOrResume(learner, { competenceCode: "1.2" }, t0);
    await finish(learner, "1.2", t0);
    const pix12 = (await getProfile(learner)).score.competences["competence-1.2"]!.pix;
    await expect(retryCompetence(learner, { competenceCode: "1.1" }, new Date(t0.getTime() + 3 * DAY_MS))).rejects.toBeInstanceOf(Conflict);
    await expect(resetCompetence(learner, { competenceCode: "1.1" }, new Date(t0.getTime() + 6 * DAY_MS))).rejects.toBeInstanceOf(Conflict);
    await resetCompetence(learner, { competenceCode: "1.1" });
    const profile = await getProfile(learner);
    expect(profile.score.competences["competence-1.1"]!.pix).toBe(0);
    expect(profile.score.competences["competence-1.2"]!.pix).toBe(pix12);
    expect(profile.areas[0]!.competences.find((c) => c.competence.code === "1.1")!.action).toEqual({ kind: "start" });
    const resets = await getDb().select().from(competenceResets).where(and(eq(competenceResets.userId, learner.userId)));
    expect(resets).toHaveLength(1);
    const { assessmentId } = await retryCompetence(learner, { competenceCode: "1.2" });
    const [row] = await getDb().select().from(assessments).where(eq(assessments.id, assessmentId));
    expect(row!.isRetry).toBe(true);
    expect(row!.state).toBe("started");
  });
});
