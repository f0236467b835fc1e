// Scoring of a certification test (DESIGN.md section 7), the rule table exactly. Pure:
// rescoring after a change of neutralisations is calling scoreCertification again.
import { PIX_PER_LEVEL, fraction, maxReachable, type Fraction, type ScoringOptions } from "@/lib/scoring";

/**
 * The status of one planned question at the end of the test:
 * - ok: right (the only correct status);
 * - ko: wrong;
 * - skipped: "Je passe" (wrong);
 * - timedout: answered after the question's deadline (wrong);
 * - focusedOut: left the page on a focused question (wrong in certification, even if right);
 * - unanswered: never answered because the test time ran out or the invigilator ended the test
 *   (counts as answered wrong: an unanswered question is never left out of R);
 * - unplayable: could not be played (a gesture with JavaScript off): like a neutralised
 *   question, it counts neither in R nor in n.
 */
export type CertificationAnswerStatus = "ok" | "ko" | "skipped" | "timedout" | "focusedOut" | "unanswered" | "unplayable";

export const CERTIFICATION_ANSWER_STATUSES: readonly CertificationAnswerStatus[] = [
  "ok",
  "ko",
  "skipped",
  "timedout",
  "focusedOut",
  "unanswered",
  "unplayable",
];

/** Statuses that count as a wrong answer (in R and in n). */
export const WRONG_STATUSES: readonly CertificationAnswerStatus[] = ["ko", "skipped", "timedout", "focusedOut", "unanswered"];

/** R below this: certification rejected. */
export const REJECTION_THRESHOLD: Fraction = fraction(1, 2);
/** R at or above this: "k = n − 1" on 3 questions and "k = 1" on 1 question are confirmed. */
export const HIGH_REPRODUCIBILITY: Fraction = fraction(4, 5);

export type CompetenceOutcome = "confirmed" | "lowered" | "not-certified";

/**
 * The rule table (DESIGN.md section 7). `n`: non-neutralised questions of the competence,
 * `k`: correct ones, `highReproducibility`: R ≥ 80 %.
 *
 * | n | k = n | k = n − 1 | k ≤ n − 2 |
 * | 3 | confirmed | confirmed if R ≥ 80 %, else lowered | not certified |
 * | 2 | confirmed | lowered | not certified |
 * | 1 | confirmed if R ≥ 80 %, else lowered | not certified | — |
 * | 0 | lowered | — | — |
 */
export function competenceOutcome(n: number, k: number, highReproducibility: boolean): CompetenceOutcome {
  if (!Number.isInteger(n) || !Number.isInteger(k) || n < 0 || n > 3 || k < 0 || k > n) {
    throw new RangeError(`no rule for n = ${n}, k = ${k}`);
  }
  switch (n) {
    case 0:
      return "lowered";
    case 1:
      if (k === 1) return highReproducibility ? "confirmed" : "lowered";
      return "not-certified";
    case 2:
      if (k === 2) return "confirmed";
      if (k === 1) return "lowered";
      return "not-certified";
    default:
      if (k === 3) return "confirmed";
      if (k === 2) return highReproducibility ? "confirmed" : "lowered";
      return "not-certified";
  }
}

/** What a competence was worth in the profile when the test was composed. */
export type ProfileCompetence = { competenceId: string; level: number; pix: number };

/** A planned question (PlannedQuestion of compose-test fits). */
export type ScoredQuestionInput = { challengeId: string; competenceId: string };

export type ScoreCertificationInput = {
  /** the competences tested, with the profile's level and pix (ComposedTest.competences fits; those with planned 0 may be included) */
  competences: readonly ProfileCompetence[];
  /** every planned question (ComposedTest.questions) */
  questions: readonly ScoredQuestionInput[];
  /** status of each answered question by challenge id; a planned question missing here is "unanswered" */
  answers: ReadonlyMap<string, CertificationAnswerStatus> | Readonly<Record<string, CertificationAnswerStatus>>;
  /** neutralised challenge ids (see neutralisedQuestions); ids outside the test are ignored */
  neutralised?: Iterable<string>;
};

export type ScoredQuestion = {
  challengeId: string;
  competenceId: string;
  status: CertificationAnswerStatus;
  neutralised: boolean;
  /** counts in R and in n: not neutralised and not unplayable */
  counted: boolean;
  correct: boolean;
};

export type CompetenceResult = {
  competenceId: string;
  /** the profile's level and pix */
  profileLevel: number;
  profilePix: number;
  /** planned questions */
  planned: number;
  /** non-neutralised (counted) questions */
  n: number;
  /** correct among them */
  k: number;
  /** the cell of the table */
  tableOutcome: CompetenceOutcome;
  /** the result: "lowered" from level 1 ends as "not-certified" */
  outcome: CompetenceOutcome;
  /** certified level and pix (0 when not certified) */
  level: number;
  pix: number;
};

export type Reproducibility = {
  /** correct ÷ counted, over the whole test; null when no question counts */
  rate: Fraction | null;
  correct: number;
  counted: number;
  /** for display: the percentage rounded DOWN, so that 79.9 % never shows as 80 %; null when no question counts */
  percent: number | null;
};

export type CertificationStatus = "validated" | "rejected";
export type RejectionReason = "low-reproducibility" | "no-counted-question";

export type CertificationScore = {
  status: CertificationStatus;
  /** why rejected; null when validated */
  rejectionReason: RejectionReason | null;
  reproducibility: Reproducibility;
  competences: CompetenceResult[];
  questions: ScoredQuestion[];
  /** sum of the certified pix (0 when rejected) */
  totalPix: number;
};

function statusOf(answers: ScoreCertificationInput["answers"], challengeId: string): CertificationAnswerStatus {
  const status =
    answers instanceof Map
      ? answers.get(challengeId)
      : Object.prototype.hasOwnProperty.call(answers, challengeId)
        ? (answers as Readonly<Record<string, CertificationAnswerStatus>>)[challengeId]
        : undefined;
  if (status === undefined) return "unanswered";
  if (!CERTIFICATION_ANSWER_STATUSES.includes(status)) throw new RangeError(`unknown answer status ${String(status)}`);
  return status;
}

/** A competence's certified level and pix from its table outcome (capped like lib/scoring). */
function certified(outcome: CompetenceOutcome, level: number, pix: number): { outcome: CompetenceOutcome; level: number; pix: number } {
  if (outcome === "confirmed") return { outcome, level, pix };
  if (outcome === "lowered" && level - 1 >= 1) return { outcome, level: level - 1, pix: Math.max(0, pix - PIX_PER_LEVEL) };
  return { outcome: "not-certified", level: 0, pix: 0 };
}

/**
 * Scores a certification test:
 * 1. R = correct ÷ counted questions over the whole test (counted: not neutralised, not
 *    unplayable; unanswered questions count, as wrong);
 * 2. R < 50 % → rejected (every competence not certified, total 0); no counted question at all
 *    → rejected too (nothing was measured);
 * 3. otherwise each competence gets the cell of the table for its n and k; confirmed keeps the
 *    profile's level and pix, lowered takes one level and 8 pix off (from level 1: not
 *    certified), not certified gives 0.
 * The profile's level and pix are capped at MAX_REACHABLE_LEVEL (options) as lib/scoring shows them.
 */
export function scoreCertification(input: ScoreCertificationInput, options?: ScoringOptions): CertificationScore {
  const cap = maxReachable(options);
  const neutralised = new Set(input.neutralised ?? []);
  const competenceIds = new Set(input.competences.map((c) => c.competenceId));
  const planned = new Set<string>();
  const questions: ScoredQuestion[] = input.questions.map((q) => {
    if (!competenceIds.has(q.competenceId)) throw new RangeError(`question ${q.challengeId}: competence ${q.competenceId} is not in the test`);
    if (planned.has(q.challengeId)) throw new RangeError(`question ${q.challengeId} is planned twice`);
    planned.add(q.challengeId);
    const status = statusOf(input.answers, q.challengeId);
    const isNeutralised = neutralised.has(q.challengeId);
    const counted = !isNeutralised && status !== "unplayable";
    return { challengeId: q.challengeId, competenceId: q.competenceId, status, neutralised: isNeutralised, counted, correct: counted && status === "ok" };
  });
  const answeredIds = input.answers instanceof Map ? [...input.answers.keys()] : Object.keys(input.answers);
  for (const id of answeredIds) {
    if (!planned.has(id)) throw new RangeError(`answer to ${id}, which is not a question of the test`);
  }

  const counted = questions.filter((q) => q.counted).length;
  const correct = questions.filter((q) => q.correct).length;
  const rate = counted === 0 ? null : fraction(correct, counted);
  const reproducibility: Reproducibility = {
    rate,
    correct,
    counted,
    percent: counted === 0 ? null : Math.floor((correct * 100) / counted),
  };
  // exact comparisons on integers: correct/counted < 1/2 ⇔ 2·correct < counted
  const rejectionReason: RejectionReason | null =
    counted === 0 ? "no-counted-question" : 2 * correct < counted ? "low-reproducibility" : null;
  const high = counted > 0 && 5 * correct >= 4 * counted;

  const competences: CompetenceResult[] = input.competences.map((c) => {
    if (!Number.isInteger(c.level) || !Number.isInteger(c.pix) || c.level < 0 || c.pix < 0) {
      throw new RangeError(`competence ${c.competenceId}: level and pix must be non-negative integers`);
    }
    const profileLevel = Math.min(c.level, cap);
    const profilePix = Math.min(c.pix, cap * PIX_PER_LEVEL);
    const own = questions.filter((q) => q.competenceId === c.competenceId);
    const n = own.filter((q) => q.counted).length;
    const k = own.filter((q) => q.correct).length;
    const base = { competenceId: c.competenceId, profileLevel, profilePix, planned: own.length, n, k };
    if (own.length === 0) {
      // no question could be planned: the competence is not certifiable (compose-test)
      return { ...base, tableOutcome: "not-certified", outcome: "not-certified", level: 0, pix: 0 };
    }
    const tableOutcome = competenceOutcome(n, k, high);
    if (rejectionReason) return { ...base, tableOutcome, outcome: "not-certified", level: 0, pix: 0 };
    return { ...base, tableOutcome, ...certified(tableOutcome, profileLevel, profilePix) };
  });

  return {
    status: rejectionReason ? "rejected" : "validated",
    rejectionReason,
    reproducibility,
    competences,
    questions,
    totalPix: competences.reduce((sum, c) => sum + c.pix, 0),
  };
}
