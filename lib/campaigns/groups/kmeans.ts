// k-means on mastery vectors with missing values (NaN), k-means++ start, several restarts.
// Pure and deterministic: all randomness comes from the Random passed in.
import type { Random } from "./prng";

/** A point or a centre: one number per theme, NaN where not measured. */
export type Vector = readonly number[];

/**
 * NaN test on the hot path. Same as Number.isNaN, but a plain self-comparison: under Jest's VM
 * sandbox Number.isNaN is ~70× slower and made the 2,000-participant case take seconds.
 */
export function isMissing(v: number): boolean {
  return v !== v;
}

/**
 * Squared distance over the themes measured on both sides, rescaled to the full dimension
 * (D / shared × sum of squares) so people measured on fewer themes are not artificially close.
 * With no shared theme the pair is treated as maximally different (every gap = 1).
 */
export function sqDistance(x: Vector, c: Vector): number {
  const dims = x.length;
  let sum = 0;
  let shared = 0;
  for (let j = 0; j < dims; j++) {
    const a = x[j]!;
    const b = c[j]!;
    if (isMissing(a) || isMissing(b)) continue;
    const d = a - b;
    sum += d * d;
    shared++;
  }
  if (shared === 0) return dims;
  return (sum * dims) / shared;
}

/** Root-mean-square gap per shared theme, in [0, 1]: what the page shows ("8 points d'écart"). */
export function rmsGap(x: Vector, c: Vector): number {
  return x.length === 0 ? 0 : Math.sqrt(sqDistance(x, c) / x.length);
}

/** Per-theme mean over the members measured on it (NaN when none was). */
export function centroidOf(points: readonly Vector[], members: readonly number[], dims: number): number[] {
  const sum = new Array<number>(dims).fill(0);
  const count = new Array<number>(dims).fill(0);
  for (const i of members) {
    const p = points[i]!;
    for (let j = 0; j < dims; j++) {
      const v = p[j]!;
      if (isMissing(v)) continue;
      sum[j]! += v;
      count[j]!++;
    }
  }
  return sum.map((s, j) => (count[j]! > 0 ? s / count[j]! : NaN));
}

export interface KMeansResult {
  /** Cluster index per point (same order as the points). */
  assignment: number[];
  centroids: number[][];
  withinSS: number;
}

/** k-means++: first centre uniform, then each next centre drawn with probability ∝ D². */
function kMeansPlusPlus(points: readonly Vector[], k: number, random: Random): number[][] {
  const n = points.length;
  const chosen: number[] = [Math.min(n - 1, Math.floor(random() * n))];
  const minD = points.map((p) => sqDistance(p, points[chosen[0]!]!));
  while (chosen.length < k) {
    const total = minD.reduce((a, b) => a + b, 0);
    let pick = -1;
    if (total > 0) {
      const r = random() * total;
      let cum = 0;
      for (let i = 0; i < n; i++) {
        if (minD[i]! <= 0) continue;
        cum += minD[i]!;
        if (cum > r) {
          pick = i;
          break;
        }
      }
      if (pick < 0) pick = minD.findLastIndex((d) => d > 0); // rounding at the very end
    } else {
      // every point coincides with a centre already: take the first point not yet chosen
      pick = points.findIndex((_, i) => !chosen.includes(i));
    }
    chosen.push(pick);
    const c = points[pick]!;
    for (let i = 0; i < n; i++) minD[i] = Math.min(minD[i]!, sqDistance(points[i]!, c));
  }
  return chosen.map((i) => [...points[i]!]);
}

/** Closest centre; on an exact tie keep the current cluster, else the lowest index. */
function nearest(p: Vector, centroids: readonly Vector[], current: number): number {
  let best = current >= 0 ? current : 0;
  let bestD = sqDistance(p, centroids[best]!);
  for (let c = 0; c < centroids.length; c++) {
    const d = sqDistance(p, centroids[c]!);
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}

/** An empty cluster takes the point farthest from its own centre among clusters of 2 or more. */
function refillEmpty(points: readonly Vector[], assignment: number[], centroids: readonly Vector[], k: number): void {
  const size = new Array<number>(k).fill(0);
  for (const c of assignment) size[c]!++;
  for (let empty = 0; empty < k; empty++) {
    if (size[empty]! > 0) continue;
    let far = -1;
    let farD = -1;
    for (let i = 0; i < points.length; i++) {
      const own = assignment[i]!;
      if (size[own]! < 2) continue;
      const d = sqDistance(points[i]!, centroids[own]!);
      if (d > farD) {
        far = i;
        farD = d;
      }
    }
    size[assignment[far]!]!--;
    assignment[far] = empty;
    size[empty] = 1;
  }
}

export function withinSS(points: readonly Vector[], assignment: readonly number[], centroids: readonly Vector[]): number {
  let ss = 0;
  for (let i = 0; i < points.length; i++) ss += sqDistance(points[i]!, centroids[assignment[i]!]!);
  return ss;
}

function membersByCluster(assignment: readonly number[], k: number): number[][] {
  const members: number[][] = Array.from({ length: k }, () => []);
  assignment.forEach((c, i) => members[c]!.push(i));
  return members;
}

/** One Lloyd run from a k-means++ start. Requires 1 ≤ k ≤ points.length. */
export function kMeansOnce(points: readonly Vector[], k: number, random: Random, maxIterations = 100): KMeansResult {
  const dims = points[0]?.length ?? 0;
  let centroids = kMeansPlusPlus(points, k, random);
  let assignment = new Array<number>(points.length).fill(-1);
  for (let iter = 0; iter < maxIterations; iter++) {
    const next = points.map((p, i) => nearest(p, centroids, assignment[i]!));
    refillEmpty(points, next, centroids, k);
    const changed = next.some((c, i) => c !== assignment[i]);
    assignment = next;
    centroids = membersByCluster(assignment, k).map((m) => centroidOf(points, m, dims));
    if (!changed) break;
  }
  return { assignment, centroids, withinSS: withinSS(points, assignment, centroids) };
}

/** Several runs; keeps the lowest within-group sum of squares (the earliest run on a tie). */
export function kMeans(points: readonly Vector[], k: number, random: Random, restarts: number): KMeansResult {
  let best: KMeansResult | null = null;
  for (let r = 0; r < Math.max(1, restarts); r++) {
    const run = kMeansOnce(points, k, random);
    if (best === null || run.withinSS < best.withinSS - 1e-12 * Math.max(1, best.withinSS)) best = run;
  }
  return best!;
}
