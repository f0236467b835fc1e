import "server-only";
// Who may see and act in a simulator: the context (a learner's competence evaluation, a staff
// preview) is looked up for the actor; anything that is not theirs, or a challenge that was
// never served to them, is NotFound. `open` is false once the challenge is answered.
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { answers, assessments, certificationAnswers, certificationCourses, challengePreviews, diagAnswers, diagRuns } from "@/db/schema";
import { assertAdmin, assertUser, type Actor } from "@/lib/auth/actor";
import { getContentIndex } from "@/lib/content";
import type { Challenge } from "@/lib/content/types";
import { NotFound } from "@/lib/errors";
import { simulatorAddressSchema, type SimulatorAddress } from "../address";
import { simulatorNamed } from "../registry";
import type { AnySimulator } from "../types";

export type SimulatorContext = SimulatorAddress & {
  userId: string;
  challenge: Challenge & { solution: { type: "SIMULATOR" } };
  sim: AnySimulator;
  scenario: unknown;
  /** false once the challenge is answered: the page is read-only and actions are refused */
  open: boolean;
};

function simulatorChallenge(challengeId: string) {
  const index = getContentIndex();
  const challenge = index.challengeById.get(challengeId) ?? index.abcDiagChallengeById.get(challengeId);
  if (!challenge || challenge.solution.type !== "SIMULATOR") throw new NotFound();
  const sim = simulatorNamed(challenge.solution.simulator);
  if (!sim) throw new NotFound();
  return { challenge: challenge as SimulatorContext["challenge"], sim, scenario: challenge.solution.scenario };
}

/**
 * Resolves the context for the actor. With `lock`, the context row is locked for the
 * transaction, so an action and the answer to the same challenge never interleave.
 */
export async function resolveSimulatorContext(db: DbOrTx, actor: Actor | null, raw: SimulatorAddress, opts: { lock?: boolean } = {}): Promise<SimulatorContext> {
  assertUser(actor);
  const parsed = simulatorAddressSchema.safeParse(raw);
  if (!parsed.success) throw new NotFound();
  const address = parsed.data;
  const found = simulatorChallenge(address.challengeId);

  if (address.kind === "evaluation") {
    const q = db
      .select({ id: assessments.id, state: assessments.state, current: assessments.currentChallengeId })
      .from(assessments)
      .where(and(eq(assessments.id, address.contextId), eq(assessments.userId, actor.userId)));
    const [a] = opts.lock ? await q.for("update") : await q;
    if (!a) throw new NotFound();
    const [answered] = await db
      .select({ id: answers.id })
      .from(answers)
      .where(and(eq(answers.assessmentId, a.id), eq(answers.challengeId, address.challengeId)));
    const served = a.current === address.challengeId;
    if (!answered && !served) throw new NotFound();
    return { ...address, ...found, userId: actor.userId, open: !answered && served && a.state === "started" };
  }

  if (address.kind === "diag") {
    const q = db
      .select({ id: diagRuns.id, state: diagRuns.state })
      .from(diagRuns)
      .where(and(eq(diagRuns.id, address.contextId), eq(diagRuns.userId, actor.userId)));
    const [run] = opts.lock ? await q.for("update") : await q;
    if (!run) throw new NotFound();
    const questions = getContentIndex().referential.abcDiag?.questions ?? [];
    const done = await db.select({ challengeId: diagAnswers.challengeId }).from(diagAnswers).where(eq(diagAnswers.runId, run.id));
    const answered = done.some((d) => d.challengeId === address.challengeId);
    const served = run.state === "started" && questions[done.length]?.challenge.id === address.challengeId;
    if (!answered && !served) throw new NotFound();
    return { ...address, ...found, userId: actor.userId, open: served && !answered };
  }

  if (address.kind === "certification") {
    // a certification course's question: open only while it is the course's current question and the test runs
    const q = db
      .select({ id: certificationCourses.id, state: certificationCourses.state, questions: certificationCourses.questions, currentIndex: certificationCourses.currentIndex })
      .from(certificationCourses)
      .where(and(eq(certificationCourses.id, address.contextId), eq(certificationCourses.userId, actor.userId)));
    const [course] = opts.lock ? await q.for("update") : await q;
    if (!course) throw new NotFound();
    const [answered] = await db
      .select({ id: certificationAnswers.id })
      .from(certificationAnswers)
      .where(and(eq(certificationAnswers.courseId, course.id), eq(certificationAnswers.challengeId, address.challengeId)));
    const served = course.questions[course.currentIndex]?.challengeId === address.challengeId;
    if (!answered && !served) throw new NotFound();
    return { ...address, ...found, userId: actor.userId, open: !answered && served && course.state === "started" };
  }

  assertAdmin(actor);
  const q = db
    .select({ id: challengePreviews.id, challengeId: challengePreviews.challengeId, status: challengePreviews.status })
    .from(challengePreviews)
    .where(and(eq(challengePreviews.id, address.contextId), eq(challengePreviews.userId, actor.userId)));
  const [p] = opts.lock ? await q.for("update") : await q;
  if (!p || p.challengeId !== address.challengeId) throw new NotFound();
  return { ...address, ...found, userId: actor.userId, open: p.status === null };
}
