import "server-only";
import { and, count, eq, isNull } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { answers, assessments } from "@/db/schema";
import { assertRegistered, type Actor } from "@/lib/auth/actor";
import { getContentIndex } from "@/lib/content";
import type { Competence } from "@/lib/content/types";
import { NotFound } from "@/lib/errors";
import { toChallengeView, type ChallengeView } from "./challenge-view";
import { competenceByCode, latestAssessment, loadResets, type AssessmentRow } from "./knowledge";

export const SERIES_LENGTH = 5;
/** Seconds added to a timer for the page to load and the form to travel. */
export const TIMER_GRACE_SECONDS = 5;

export type CurrentChallenge =
  | { kind: "none"; competence: Competence }
  | { kind: "completed"; competence: Competence; assessmentId: string }
  | {
      kind: "challenge";
      competence: Competence;
      assessmentId: string;
      challenge: ChallengeView;
      /** 1, 2, 3… */
      questionNumber: number;
      /** 1 to 5: place in the current series */
      placeInSeries: number;
      /** for timed challenges: seconds left (never negative), counted from the first display */
      secondsLeft: number | null;
    };

/**
 * The challenge the learner must answer now, as the browser may see it. The first display is
 * recorded (served-at): the deadline of a timed challenge runs from there, and a reload or a
 * "Reprendre" serves the same challenge.
 */
export async function getCurrentChallenge(actor: Actor | null, input: { competenceCode: string }, now = new Date()): Promise<CurrentChallenge> {
  assertRegistered(actor);
  const competence = competenceByCode(input.competenceCode);
  const db = getDb();
  const resets = await loadResets(db, actor.userId, competence.id);
  const a = await latestAssessment(db, actor.userId, competence.id, resets[competence.id]);
  if (!a) return { kind: "none", competence };
  if (a.state === "completed" || !a.currentChallengeId) return { kind: "completed", competence, assessmentId: a.id };
  return { kind: "challenge", competence, ...(await serveChallenge(db, a, now)) };
}

export type ServedChallenge = {
  assessmentId: string;
  challenge: ChallengeView;
  questionNumber: number;
  placeInSeries: number;
  secondsLeft: number | null;
};

/**
 * The challenge an assessment in progress serves now, as the browser may see it (competence
 * tests and campaigns alike). The first display is recorded: a timed challenge's deadline runs
 * from there, and a reload serves the same challenge. The caller has checked the owner.
 */
export async function serveChallenge(db: DbOrTx, a: AssessmentRow, now: Date): Promise<ServedChallenge> {
  const challenge = getContentIndex().challengeById.get(a.currentChallengeId ?? "");
  if (!challenge) throw new NotFound("Cette question n'existe plus.");
  let servedAt = a.currentServedAt;
  if (!servedAt) {
    const updated = await db
      .update(assessments)
      .set({ currentServedAt: now })
      .where(and(eq(assessments.id, a.id), eq(assessments.userId, a.userId), isNull(assessments.currentServedAt)))
      .returning({ servedAt: assessments.currentServedAt });
    servedAt = updated[0]?.servedAt ?? now;
  }
  const [row] = await db.select({ n: count() }).from(answers).where(eq(answers.assessmentId, a.id));
  const questionNumber = Number(row?.n ?? 0) + 1;
  const secondsLeft = challenge.timer ? Math.max(0, Math.ceil(challenge.timer - (now.getTime() - servedAt.getTime()) / 1000)) : null;
  return {
    assessmentId: a.id,
    challenge: toChallengeView(challenge, a.id),
    questionNumber,
    placeInSeries: ((questionNumber - 1) % SERIES_LENGTH) + 1,
    secondsLeft,
  };
}
