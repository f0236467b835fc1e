// Pix and levels (DESIGN.md section 5). Pure: no clock, no database.
import type { Competence, Fraction } from "@/lib/content/types";
import { ZERO, add, compare, floor, fraction, sub, toNumber } from "./fraction";

/** Pix per level of a competence; 8 levels make the theoretical maximum. */
export const PIX_PER_LEVEL = 8;
export const MAX_LEVEL = 8;
export const DEFAULT_MAX_REACHABLE_LEVEL = 5;
/** 16 competences × 8 levels × 8 pix */
export const MAX_TOTAL_PIX = 16 * MAX_LEVEL * PIX_PER_LEVEL;

export type ScoringOptions = {
  /** the app reads env MAX_REACHABLE_LEVEL; default 5 */
  maxReachableLevel?: number;
};

/** What scoring needs of a knowledge element (lib/engine's KnowledgeElement fits). */
export type ScoredKnowledge = {
  competenceId: string;
  status: "validated" | "invalidated";
  earnedPix: Fraction;
};

export type CompetenceScore = {
  /** exact sum of the pix of validated knowledge elements, above the cap included */
  exactPix: Fraction;
  /** shown pix: floor of the exact sum, capped at maxReachableLevel × 8 */
  pix: number;
  /** floor(exact ÷ 8), capped at maxReachableLevel */
  level: number;
  /** true when the level is at the cap: no further level can be shown */
  isMaxLevel: boolean;
  /** pix mod 8 towards the next level (shown, floored); 0 at the cap */
  pixInLevel: number;
  /** pix still needed for the next level (exact, rounded up for display); 0 at the cap */
  pixToNextLevel: number;
};

export function maxReachable(options?: ScoringOptions): number {
  const cap = options?.maxReachableLevel ?? DEFAULT_MAX_REACHABLE_LEVEL;
  if (!Number.isInteger(cap) || cap < 0 || cap > MAX_LEVEL) {
    throw new RangeError(`maxReachableLevel must be an integer in 0..${MAX_LEVEL}, got ${cap}`);
  }
  return cap;
}

/** Score of one competence from its exact pix sum. */
export function scoreFromPix(exactPix: Fraction, options?: ScoringOptions): CompetenceScore {
  const cap = maxReachable(options);
  const whole = floor(exactPix);
  const rawLevel = Math.floor(whole / PIX_PER_LEVEL);
  const level = Math.min(rawLevel, cap);
  const pix = Math.min(whole, cap * PIX_PER_LEVEL);
  const isMaxLevel = level >= cap;
  if (isMaxLevel) {
    return { exactPix, pix, level, isMaxLevel, pixInLevel: 0, pixToNextLevel: 0 };
  }
  const next = fraction((level + 1) * PIX_PER_LEVEL);
  const missing = sub(next, exactPix);
  return {
    exactPix,
    pix,
    level,
    isMaxLevel,
    pixInLevel: pix - level * PIX_PER_LEVEL,
    pixToNextLevel: Math.ceil(toNumber(missing) - 1e-9),
  };
}

/** Exact pix of the validated knowledge elements of one competence. */
export function competencePix(knowledge: Iterable<ScoredKnowledge>, competenceId: string): Fraction {
  let acc = ZERO;
  for (const ke of knowledge) {
    if (ke.competenceId === competenceId && ke.status === "validated") acc = add(acc, ke.earnedPix);
  }
  return acc;
}

export function scoreCompetence(
  knowledge: Iterable<ScoredKnowledge>,
  competenceId: string,
  options?: ScoringOptions,
): CompetenceScore {
  return scoreFromPix(competencePix(knowledge, competenceId), options);
}

export type ProfileScore = {
  competences: Record<string, CompetenceScore>;
  /** sum of the shown (integer) pix of every competence */
  totalPix: number;
  /** 1024 */
  maxTotalPix: number;
  /** 16 × cap × 8: 640 today */
  reachableTotalPix: number;
};

/**
 * Score of a whole profile: knowledge elements are the latest per skill (see lib/engine
 * latestKnowledge / effectiveKnowledge). One pass, grouped by competence.
 */
export function scoreProfile(
  knowledge: Iterable<ScoredKnowledge>,
  competences: readonly Pick<Competence, "id">[],
  options?: ScoringOptions,
): ProfileScore {
  const cap = maxReachable(options);
  const sums = new Map<string, Fraction>();
  for (const c of competences) sums.set(c.id, ZERO);
  for (const ke of knowledge) {
    if (ke.status !== "validated") continue;
    const current = sums.get(ke.competenceId);
    if (current === undefined) continue;
    sums.set(ke.competenceId, add(current, ke.earnedPix));
  }
  const result: Record<string, CompetenceScore> = {};
  let totalPix = 0;
  for (const c of competences) {
    const score = scoreFromPix(sums.get(c.id) ?? ZERO, { maxReachableLevel: cap });
    result[c.id] = score;
    totalPix += score.pix;
  }
  return {
    competences: result,
    totalPix,
    maxTotalPix: MAX_TOTAL_PIX,
    reachableTotalPix: competences.length * cap * PIX_PER_LEVEL,
  };
}

export type LevelUp =
  | { levelUp: false; level: number }
  | { levelUp: true; from: number; to: number; level: number };

/** Did the answer that moved a competence from `before` to `after` pix raise its level? */
export function detectLevelUp(before: Fraction, after: Fraction, options?: ScoringOptions): LevelUp {
  const from = scoreFromPix(before, options).level;
  const to = scoreFromPix(after, options).level;
  if (to > from) return { levelUp: true, from, to, level: to };
  return { levelUp: false, level: to };
}

export { compare as comparePix };
