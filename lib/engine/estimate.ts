// Level estimate (DESIGN.md section 4, step 3): the level in {0.5, 1, …, 7.5} whose logistic
// predictions best balance the direct answers, with one virtual success at difficulty 0 and one
// virtual failure at difficulty 7.

export const ESTIMATE_LEVELS: readonly number[] = Array.from({ length: 15 }, (_, i) => 0.5 + i * 0.5);
export const START_LEVEL = 2;

export type Observation = { difficulty: number; success: boolean };

export function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** P(success) of a learner of `level` on a skill of `difficulty`. */
export function successProbability(level: number, difficulty: number): number {
  return logistic(level - difficulty);
}

/** Minimises |Σ (outcome − P)| over the grid; the lowest level wins a tie. */
export function estimateLevel(observations: readonly Observation[], grid: readonly number[] = ESTIMATE_LEVELS): number {
  let best = grid[0];
  let bestScore = Infinity;
  for (const level of grid) {
    // virtual success at 0 and virtual failure at 7
    let balance = 1 - successProbability(level, 0) - successProbability(level, 7);
    for (const o of observations) balance += (o.success ? 1 : 0) - successProbability(level, o.difficulty);
    const score = Math.abs(balance);
    if (score < bestScore - 1e-12) {
      bestScore = score;
      best = level;
    }
  }
  return best;
}
