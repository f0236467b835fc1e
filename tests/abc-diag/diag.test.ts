/**
 * ABC Diag without an account: an anonymous participant takes the 10 questions, gets a result
 * and a code; nobody else can read or change it; "Garder mes résultats" keeps it on a new
 * account; the retention purge deletes inactive anonymous participants and nothing else.
 */
import { and, count, eq } from "drizzle-orm";
import { diagAnswers, diagRuns, sessions, simulatorRuns, users } from "@/db/schema";
import { answerDiag } from "@/lib/abc-diag/answer-diag";
import { getDiagQuestion } from "@/lib/abc-diag/get-diag-question";
import { getDiagResult } from "@/lib/abc-diag/get-diag-result";
import { startDiag } from "@/lib/abc-diag/start-diag";
import { keepAnonymousAccount } from "@/lib/accounts/keep-anonymous-account";
import { purgeAnonymousUsers } from "@/lib/accounts/purge-anonymous";
import { NotCurrentChallenge } from "@/lib/assessments/errors";
import type { Actor } from "@/lib/auth/actor";
import { ANONYMOUS_IDLE_HOURS } from "@/lib/auth/sessions";
import { getContentIndex } from "@/lib/content";
import { Conflict, NotFound } from "@/lib/errors";
import { getSimulatorPage } from "@/lib/simulators/runs/get-simulator-page";
import { formFor, newLearner } from "../assessments/helpers";
import { getDb, setupTestDatabase, uniqueEmail } from "../support/db";

setupTestDatabase();

const questions = getContentIndex().referential.abcDiag!.questions;

/** Starts a diag as a visitor with no account: the anonymous actor the new session stands for. */
async function anonymousVisitor(now = new Date()): Promise<{ actor: Actor; runId: string }> {
  const { runId, newSessionId } = await startDiag(null, now);
  const [s] = await getDb().select().from(sessions).where(eq(sessions.id, newSessionId!));
  const [u] = await getDb().select().from(users).where(eq(users.id, s!.userId));
  return { actor: { userId: u!.id, sessionId: s!.id, role: "user", firstName: u!.firstName, lastName: u!.lastName, email: null, isAnonymous: true }, runId };
}

/** Answers every question, right except those whose position is listed. */
async function answerAll(actor: Actor, runId: string, wrong: number[] = []) {
  for (let i = 0; i < questions.length; i++) {
    const q = await getDiagQuestion(actor);
    expect(q.kind).toBe("question");
    if (q.kind !== "question") return;
    expect(q.number).toBe(i + 1);
    const challenge = getContentIndex().abcDiagChallengeById.get(q.challenge.id)!;
    const form = await formFor(actor, challenge, runId, !wrong.includes(i + 1), "diag");
    const { assessmentId: _ignored, ...rest } = form;
    await answerDiag(actor, { ...rest, runId });
  }
}

test("a visitor with no account gets an anonymous user, a 4-hour session and a run", async () => {
  const now = new Date();
  const { actor, runId } = await anonymousVisitor(now);
  const [s] = await getDb().select().from(sessions).where(eq(sessions.id, actor.sessionId));
  expect(s!.expiresAt.getTime() - now.getTime()).toBe(ANONYMOUS_IDLE_HOURS * 3_600_000);
  const [run] = await getDb().select().from(diagRuns).where(eq(diagRuns.id, runId));
  expect(run!.resultCode).toMatch(/^D-[2-9A-HJKMNP-Z]{6}$/);
  const [u] = await getDb().select().from(users).where(eq(users.id, actor.userId));
  expect(u!.isAnonymous).toBe(true);
  expect(u!.email).toBeNull();
});

test("10 right answers give 'autonome'; the result is the participant's own", async () => {
  const { actor, runId } = await anonymousVisitor();
  await answerAll(actor, runId);
  expect((await getDiagQuestion(actor)).kind).toBe("completed");
  const result = await getDiagResult(actor);
  expect(result.answered).toBe(10);
  expect(result.orientation).toBe("autonome");
  expect(result.dimensions.map((d) => d.level)).toEqual(["acquis", "acquis", "acquis"]);
});

test("all wrong gives 'accompagnement' with the gestures to work on first", async () => {
  const { actor, runId } = await anonymousVisitor();
  await answerAll(actor, runId, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  const result = await getDiagResult(actor);
  expect(result.orientation).toBe("accompagnement");
  expect(result.workOnFirst!.gestures).toEqual(questions.filter((q) => q.dimension === "identifier").map((q) => q.gesture));
});

test("an answer to another question is refused; the same answer twice counts once", async () => {
  const { actor, runId } = await anonymousVisitor();
  await expect(answerDiag(actor, { runId, challengeId: questions[3]!.challenge.id, skip: true })).rejects.toBeInstanceOf(NotCurrentChallenge);
  await answerDiag(actor, { runId, challengeId: questions[0]!.challenge.id, skip: true });
  await answerDiag(actor, { runId, challengeId: questions[0]!.challenge.id, skip: true });
  const [{ n }] = (await getDb().select({ n: count() }).from(diagAnswers).where(eq(diagAnswers.runId, runId))) as [{ n: number }];
  expect(Number(n)).toBe(1);
});

test("another anonymous participant can neither read nor answer nor act in my diag", async () => {
  const me = await anonymousVisitor();
  const other = await anonymousVisitor();
  await answerAll(me.actor, me.runId);
  await expect(getDiagResult(other.actor)).rejects.toBeInstanceOf(NotFound);
  await expect(answerDiag(other.actor, { runId: me.runId, challengeId: questions[0]!.challenge.id, skip: true })).rejects.toBeInstanceOf(NotFound);
  const sim = questions.find((q) => q.challenge.type === "SIMULATOR")!;
  await expect(getSimulatorPage(other.actor, { kind: "diag", contextId: me.runId, challengeId: sim.challenge.id })).rejects.toBeInstanceOf(NotFound);
  expect((await getDiagResult(me.actor)).orientation).toBe("autonome");
});

test("'Garder mes résultats' turns the anonymous user into an account that keeps the result; a taken address changes nothing", async () => {
  const { actor, runId } = await anonymousVisitor();
  await answerAll(actor, runId, [2]);
  const taken = await newLearner();
  const input = { firstName: "Robert", lastName: "Durand", email: uniqueEmail("robert"), password: "Velo-Rouge-42", terms: "on" as const };
  await expect(keepAnonymousAccount(actor, { ...input, email: taken.email! })).rejects.toBeInstanceOf(Conflict);
  const [still] = await getDb().select().from(users).where(eq(users.id, actor.userId));
  expect(still!.isAnonymous).toBe(true);

  const { userId, sessionId } = await keepAnonymousAccount(actor, input);
  expect(userId).toBe(actor.userId);
  const [u] = await getDb().select().from(users).where(eq(users.id, userId));
  expect(u!.isAnonymous).toBe(false);
  expect(u!.email).toBe(input.email);
  const [old] = await getDb().select().from(sessions).where(eq(sessions.id, actor.sessionId));
  expect(old!.revokedAt).not.toBeNull();
  const kept = await getDiagResult({ ...actor, sessionId, isAnonymous: false, email: input.email });
  expect(kept.runId).toBe(runId);
  expect(kept.answered).toBe(10);
});

test("the purge deletes inactive anonymous participants and all they left, and nothing else", async () => {
  const now = new Date();
  const old = new Date(now.getTime() - 31 * 86_400_000);
  const stale = await anonymousVisitor(old);
  const sim = questions.findIndex((q) => q.challenge.type === "SIMULATOR");
  await answerAll(stale.actor, stale.runId, []);
  await getDb().update(sessions).set({ lastSeenAt: old }).where(eq(sessions.userId, stale.actor.userId));
  const recent = await anonymousVisitor(now);
  const keptOld = await anonymousVisitor(old);
  await keepAnonymousAccount(keptOld.actor, { firstName: "Laura", lastName: "Petit", email: uniqueEmail("laura"), password: "Velo-Rouge-42", terms: "on" });
  await getDb().update(sessions).set({ lastSeenAt: old }).where(eq(sessions.userId, keptOld.actor.userId));
  const registered = await newLearner();
  await getDb().update(users).set({ createdAt: old }).where(eq(users.id, registered.userId));
  expect(sim).toBeGreaterThanOrEqual(0);
  expect((await getDb().select().from(simulatorRuns).where(eq(simulatorRuns.userId, stale.actor.userId))).length).toBeGreaterThan(0);

  const deleted = await purgeAnonymousUsers(getDb(), 30, now);
  expect(deleted).toBeGreaterThanOrEqual(1);
  const exists = async (id: string) => (await getDb().select({ id: users.id }).from(users).where(eq(users.id, id))).length === 1;
  expect(await exists(stale.actor.userId)).toBe(false);
  expect(await getDb().select().from(diagRuns).where(eq(diagRuns.id, stale.runId))).toHaveLength(0);
  expect(await getDb().select().from(diagAnswers).where(eq(diagAnswers.runId, stale.runId))).toHaveLength(0);
  expect(await getDb().select().from(simulatorRuns).where(eq(simulatorRuns.userId, stale.actor.userId))).toHaveLength(0);
  expect(await getDb().select().from(sessions).where(and(eq(sessions.userId, stale.actor.userId)))).toHaveLength(0);
  expect(await exists(recent.actor.userId)).toBe(true);
  expect(await exists(keptOld.actor.userId)).toBe(true);
  expect(await exists(registered.userId)).toBe(true);
});
