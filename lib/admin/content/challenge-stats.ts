// Pure rules of the "Statistiques des épreuves" page: no database, no clock.
import { formatNumber } from "@/lib/i18n/fr";

/** One challenge's answers, as aggregated by SQL (lib/admin/content/get-challenge-stats.ts). */
export type ChallengeAnswerCounts = {
  /** every answer stored for the challenge (times it was served and answered) */
  total: number;
  /** status "ok" */
  ok: number;
  /** status "skipped" ("Je passe") */
  skipped: number;
  /** status "unplayable": the learner could not play it; left out of the success rate */
  unplayable: number;
  /** mean of time_spent_ms over the answers where it is known, or null */
  meanTimeMs: number | null;
};

export type ChallengeStats = {
  served: number;
  /** ok / (total − unplayable), from 0 to 1; null when nothing playable was answered */
  successRate: number | null;
  /** skipped / total, from 0 to 1; null when there is no answer */
  skipRate: number | null;
  meanTimeMs: number | null;
  /** a French explanation when the difficulty looks wrong for the level, else null */
  warning: string | null;
};

/** Below this many answers, rates say too little to warn. */
export const MIN_ANSWERS_FOR_WARNING = 30;
/** A challenge of level ≥ 4 succeeded by more than this share may be too easy. */
export const TOO_EASY_RATE = 0.9;
export const TOO_EASY_MIN_LEVEL = 4;
/** A challenge of level ≤ 2 succeeded by less than this share may be too hard (or broken). */
export const TOO_HARD_RATE = 0.2;
export const TOO_HARD_MAX_LEVEL = 2;

/**
 * Rates of a challenge and a warning when its difficulty does not match its level.
 * - success rate = ok / (all answers − unplayable): skipped, timed-out and focused-out answers
 *   count as not succeeded; unplayable ones (the learner could not play the challenge) are
 *   left out, as the engine leaves them out.
 * - skip rate = skipped / all answers.
 * - warning only with at least 30 answers, level unknown → no warning.
 */
export function challengeStats(counts: ChallengeAnswerCounts, level: number | null): ChallengeStats {
  const playable = counts.total - counts.unplayable;
  const successRate = playable > 0 ? counts.ok / playable : null;
  const skipRate = counts.total > 0 ? counts.skipped / counts.total : null;
  return { served: counts.total, successRate, skipRate, meanTimeMs: counts.meanTimeMs, warning: difficultyWarning(counts.total, successRate, level) };
}

function difficultyWarning(total: number, successRate: number | null, level: number | null): string | null {
  if (total < MIN_ANSWERS_FOR_WARNING || successRate === null || level === null) return null;
  if (successRate > TOO_EASY_RATE && level >= TOO_EASY_MIN_LEVEL) {
    return `Réussie par ${formatPercent(successRate)} des personnes alors qu'elle est de niveau ${level} : elle est peut-être trop facile.`;
  }
  if (successRate < TOO_HARD_RATE && level <= TOO_HARD_MAX_LEVEL) {
    return `Réussie par seulement ${formatPercent(successRate)} des personnes alors qu'elle est de niveau ${level} : elle est peut-être trop difficile ou mal rédigée.`;
  }
  return null;
}

/** 0.9667 → "97 %" (French: a non-breaking space before the sign). */
export function formatPercent(rate: number): string {
  return `${formatNumber(Math.round(rate * 100))}\u00a0%`;
}

const secondsFormatter = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });
/** 12 480 ms → "12,5 s". */
export function formatSeconds(ms: number): string {
  return `${secondsFormatter.format(Math.round(ms / 100) / 10)}\u00a0s`;
}
