// Knowledge elements and answers as the adaptive engine sees them (DESIGN.md section 4).
import type { Fraction } from "@/lib/content/types";

/** Result of one answer (DESIGN.md section 3; computed by lib/answers). */
export type AnswerStatus = "ok" | "ko" | "skipped" | "timedout" | "focusedOut" | "unplayable";

export const ANSWER_STATUSES: readonly AnswerStatus[] = ["ok", "ko", "skipped", "timedout", "focusedOut", "unplayable"];

export type KnowledgeStatus = "validated" | "invalidated";
export type KnowledgeSource = "direct" | "inferred";

/** Epoch milliseconds or a Date. */
export type Instant = Date | number;

/**
 * Knowledge element: one known state of one skill for one user. Several may exist for one skill
 * over time; the latest wins (see latestKnowledge).
 */
export type KnowledgeElement = {
  skillId: string;
  tubeId: string;
  competenceId: string;
  status: KnowledgeStatus;
  /** direct: the skill's own challenge was answered; inferred: deduced inside its tube */
  source: KnowledgeSource;
  /** the skill's pix when validated, 0 when invalidated */
  earnedPix: Fraction;
  createdAt: Instant;
  assessmentId: string;
  /** the challenge whose answer produced this element */
  challengeId: string;
};

/** One answer of the current assessment, in the order given. */
export type EngineAnswer = {
  challengeId: string;
  /** optional: derived from the challenge when absent */
  skillId?: string;
  status: AnswerStatus;
};

/** "reference": DESIGN.md section 4 to the letter; "boundary": the improved engine (docs/engine.md). */
export type EngineName = "reference" | "boundary";

export const ENGINES: readonly EngineName[] = ["reference", "boundary"];
/** The engine the app uses. */
export const DEFAULT_ENGINE: EngineName = "boundary";

export type NextChallenge = { done: false; challengeId: string; skillId: string } | { done: true };
