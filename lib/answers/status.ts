/**
 * The result recorded for an answer (DESIGN.md section 3).
 * - ok / ko: right or wrong;
 * - skipped: the learner chose "Je passe" (counts as failed);
 * - timedout: answered after the deadline (failed);
 * - focusedOut: left the page on a focused challenge, in certification (failed);
 * - unplayable: could not be played; no knowledge element, no effect on the score.
 */
export type AnswerStatus = "ok" | "ko" | "skipped" | "timedout" | "focusedOut" | "unplayable";

export const ANSWER_STATUSES: readonly AnswerStatus[] = ["ok", "ko", "skipped", "timedout", "focusedOut", "unplayable"];

export type AnswerStatusInput = {
  /** the checker's verdict on the answer itself */
  correct: boolean;
  /** "Je passe" */
  skipped?: boolean;
  /** received after the challenge's deadline (timer + allowed margin, decided by the caller) */
  late?: boolean;
  /** the learner left the page on a challenge flagged "focused" */
  focusedOut?: boolean;
  inCertification?: boolean;
  /** could not be played (gesture without JavaScript, neutralised after an incident) */
  unplayable?: boolean;
};

/**
 * Precedence: unplayable, then skipped, then late (timedout), then focusedOut (in certification
 * only), then the checker's verdict. Outside certification, leaving the page on a focused
 * challenge changes nothing: a right answer is "ok", a wrong one "ko" (store the fact apart if
 * it must be shown).
 */
export function answerStatus(input: AnswerStatusInput): AnswerStatus {
  if (input.unplayable) return "unplayable";
  if (input.skipped) return "skipped";
  if (input.late) return "timedout";
  if (input.focusedOut && input.inCertification) return "focusedOut";
  return input.correct ? "ok" : "ko";
}

/** Whether a status validates the skill (only "ok" does). */
export function isSuccess(status: AnswerStatus): boolean {
  return status === "ok";
}

/** Whether a status produces a knowledge element and counts in scores ("unplayable" does not). */
export function countsForScoring(status: AnswerStatus): boolean {
  return status !== "unplayable";
}
