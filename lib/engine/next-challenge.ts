// Choice of the next challenge (DESIGN.md section 4). One function for the app: pickNextChallenge.
import { answerOutcome, effectiveKnowledge, type KnowledgeOptions } from "./knowledge";
import { estimateLevel, successProbability, START_LEVEL, type Observation } from "./estimate";
import { seededHash } from "./hash";
import { compileTarget, type CompiledTarget, type ReferentialSlice, type TargetSpec } from "./target";
import {
  DEFAULT_ENGINE,
  type EngineAnswer,
  type EngineName,
  type KnowledgeElement,
  type NextChallenge,
} from "./types";
import { DEFAULT_MAX_REACHABLE_LEVEL } from "@/lib/scoring/score";

export type PickNextChallengeInput = {
  referential: ReferentialSlice;
  /** a target spec, or a target compiled once with compileTarget */
  target: TargetSpec | CompiledTarget;
  /**
   * The user's knowledge: every knowledge element (the latest per skill is used, retry and
   * reset filters applied from `knowledgeOptions`), or an already effective map per skill.
   */
  knowledgeElements: Iterable<KnowledgeElement> | ReadonlyMap<string, KnowledgeElement>;
  knowledgeOptions?: KnowledgeOptions;
  /** the answers of this assessment, in order (unplayable ones included) */
  answers: readonly EngineAnswer[];
  /** seeds the deterministic tie-breaks */
  assessmentId: string;
  engine?: EngineName;
  /** MAX_REACHABLE_LEVEL (default 5), used by the "boundary" engine's stop rule */
  maxReachableLevel?: number;
};

const UNKNOWN = 0;
const VALIDATED = 1;
const INVALIDATED = 2;

/** Everything a decision needs, in flat arrays indexed like target.skills. */
type State = {
  t: CompiledTarget;
  known: Uint8Array;
  answered: Set<string>;
  observations: Observation[];
  lastWasTimed: boolean;
  seed: string;
};

function isCompiled(x: TargetSpec | CompiledTarget): x is CompiledTarget {
  return "skillIndex" in x;
}

function buildState(input: PickNextChallengeInput): State {
  const t = isCompiled(input.target) ? input.target : compileTarget(input.referential, input.target);
  const known = new Uint8Array(t.skills.length);
  const ke =
    input.knowledgeElements instanceof Map && !input.knowledgeOptions
      ? (input.knowledgeElements as ReadonlyMap<string, KnowledgeElement>)
      : effectiveKnowledge(input.knowledgeElements, input.knowledgeOptions);
  if (ke.size < t.skills.length) {
    for (const [skillId, k] of ke) {
      const i = t.skillIndex.get(skillId);
      if (i !== undefined) known[i] = k.status === "validated" ? VALIDATED : INVALIDATED;
    }
  } else {
    for (let i = 0; i < t.skills.length; i++) {
      const k = ke.get(t.skills[i].id);
      if (k) known[i] = k.status === "validated" ? VALIDATED : INVALIDATED;
    }
  }
  const answered = new Set<string>();
  const observations: Observation[] = [];
  let lastWasTimed = false;
  for (const a of input.answers) {
    answered.add(a.challengeId);
    const challenge = t.index.challengesById.get(a.challengeId);
    lastWasTimed = !!challenge && challenge.timer !== null && challenge.timer > 0;
    const outcome = answerOutcome(a.status);
    if (outcome === null) continue;
    const skill = t.index.skillsById.get(a.skillId ?? challenge?.skillId ?? "");
    if (!skill) continue;
    observations.push({ difficulty: skill.level, success: outcome === "validated" });
  }
  return { t, known, answered, observations, lastWasTimed, seed: input.assessmentId };
}

/** 0: no playable challenge; 1: only timed ones; 2: at least one untimed. */
function playability(s: State, i: number): number {
  let best = 0;
  for (const c of s.t.challenges[i]) {
    if (s.answered.has(c.id)) continue;
    if (!c.timed) return 2;
    best = 1;
  }
  return best;
}

function chooseChallenge(s: State, i: number, avoidTimed: boolean): NextChallenge {
  let bestId = "";
  let bestHash = Infinity;
  let bestTimed = true;
  for (const c of s.t.challenges[i]) {
    if (s.answered.has(c.id)) continue;
    const h = seededHash(s.seed, c.id);
    // untimed first when asked to avoid timed ones, then the smallest hash
    const better = avoidTimed && bestTimed !== c.timed ? !c.timed : h < bestHash;
    if (bestId === "" || better) {
      bestId = c.id;
      bestHash = h;
      bestTimed = c.timed;
    }
  }
  return { done: false, challengeId: bestId, skillId: s.t.skills[i].id };
}

/** Among candidate skills with equal best score, the smallest seeded hash wins. */
function tieBreak(s: State, pool: number[]): number {
  let best = pool[0];
  let bestHash = seededHash(s.seed, s.t.skills[best].id);
  for (let k = 1; k < pool.length; k++) {
    const h = seededHash(s.seed, s.t.skills[pool[k]].id);
    if (h < bestHash) {
      bestHash = h;
      best = pool[k];
    }
  }
  return best;
}

type Candidate = { i: number; play: number };

function candidates(s: State): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < s.t.skills.length; i++) {
    if (s.known[i] !== UNKNOWN) continue;
    const play = playability(s, i);
    if (play > 0) out.push({ i, play });
  }
  return out;
}

/** Step 2: first question of the assessment. */
function firstQuestion(s: State, cands: Candidate[]): NextChallenge {
  const t = s.t;
  let pool = cands.filter((c) => t.tubes[t.tubeOf[c.i]].maxLevel <= 3);
  if (pool.length === 0) pool = cands;
  const untimed = pool.filter((c) => c.play === 2);
  if (untimed.length > 0) pool = untimed;
  let level = Infinity;
  for (const c of pool) if (t.level[c.i] === START_LEVEL) level = START_LEVEL;
  if (level !== START_LEVEL) for (const c of pool) level = Math.min(level, t.level[c.i]);
  const chosen = tieBreak(
    s,
    pool.filter((c) => t.level[c.i] === level).map((c) => c.i),
  );
  return chooseChallenge(s, chosen, true);
}

/** Unknown target skills of each candidate's tube at or below / at or above it. */
function unknownCounts(s: State, i: number): { below: number; above: number } {
  const t = s.t;
  const L = t.level[i];
  let below = 0;
  let above = 0;
  for (const j of t.tubes[t.tubeOf[i]].skills) {
    if (s.known[j] !== UNKNOWN) continue;
    if (t.level[j] <= L) below++;
    if (t.level[j] >= L) above++;
  }
  return { below, above };
}

function reference(s: State): NextChallenge {
  let cands = candidates(s);
  if (cands.length === 0) return { done: true };
  if (s.observations.length === 0) return firstQuestion(s, cands);
  const t = s.t;
  const estimate = estimateLevel(s.observations);
  cands = cands.filter((c) => t.level[c.i] <= estimate + 2);
  let avoidTimed = false;
  if (s.lastWasTimed) {
    const untimed = cands.filter((c) => c.play === 2);
    if (untimed.length > 0) {
      cands = untimed;
      avoidTimed = true;
    }
  }
  let bestGain = 0;
  let pool: number[] = [];
  for (const c of cands) {
    const p = successProbability(estimate, t.level[c.i]);
    const { below, above } = unknownCounts(s, c.i);
    const gain = p * below + (1 - p) * above;
    if (gain > bestGain + 1e-9) {
      bestGain = gain;
      pool = [c.i];
    } else if (Math.abs(gain - bestGain) <= 1e-9 && gain > 0) {
      pool.push(c.i);
    }
  }
  if (pool.length === 0 || bestGain <= 0) return { done: true };
  return chooseChallenge(s, tieBreak(s, pool), avoidTimed);
}

/**
 * The next challenge of an assessment, or done. Same inputs (assessment id, knowledge, answers)
 * ⇒ same output: ties are broken by a hash seeded with the assessment id.
 */
export function pickNextChallenge(input: PickNextChallengeInput): NextChallenge {
  const state = buildState(input);
  const engine = input.engine ?? DEFAULT_ENGINE;
  if (engine === "reference") return reference(state);
  if (engine === "boundary") return boundary(state, input.maxReachableLevel ?? DEFAULT_MAX_REACHABLE_LEVEL);
  throw new Error(`unknown engine ${String(engine)}`);
}

// ---------------------------------------------------------------------------------------------
// "boundary" engine (docs/engine.md): same candidates, estimate, drop, timing and first-question
// rules, but each tube is searched for its boundary (the learner's level in the tube) with the
// policy that minimises the expected number of questions under a prior taken from the estimate,
// and the assessment stops as soon as the shown pix of a competence can no longer change.

/** Discrimination and offset of the per-tube prior P(tube level ≥ d) = σ(a·(centre − d + c)). */
export const BOUNDARY_PRIOR = { a: 2, c: 0.5 };

type TubePolicy = {
  /** expected questions for the interval [lo, hi] of boundary positions, at lo * 9 + hi */
  cost: Float64Array;
  /** best position to ask (1-based skill index in the tube), 0 when nothing to ask */
  choice: Int8Array;
  /** prior weight of each boundary position 0..m */
  weight: Float64Array;
};

const policies = new WeakMap<CompiledTarget, Map<number, TubePolicy>>();

function tubePolicy(t: CompiledTarget, tube: number, center: number, estimate: number): TubePolicy {
  let perTarget = policies.get(t);
  if (!perTarget) {
    perTarget = new Map();
    policies.set(t, perTarget);
  }
  const key = (tube * 32 + Math.round(center * 2)) * 32 + Math.round(estimate * 2);
  const cached = perTarget.get(key);
  if (cached) return cached;
  const skills = t.tubes[tube].skills;
  const m = skills.length;
  // S[k] = P(level ≥ level of the k-th skill), k = 1..m; S[0] = 1, S[m+1] = 0
  const S = new Float64Array(m + 2);
  S[0] = 1;
  for (let k = 1; k <= m; k++) {
    const p = 1 / (1 + Math.exp(-BOUNDARY_PRIOR.a * (center - t.level[skills[k - 1]] + BOUNDARY_PRIOR.c)));
    S[k] = Math.min(S[k - 1], p);
  }
  const weight = new Float64Array(m + 1);
  for (let k = 0; k <= m; k++) weight[k] = Math.max(S[k] - S[k + 1], 1e-9);
  const askable = (k: number): boolean => t.level[skills[k - 1]] <= estimate + 2;
  const cost = new Float64Array(81);
  const choice = new Int8Array(81);
  for (let len = 1; len <= m; len++) {
    for (let lo = 0; lo + len <= m; lo++) {
      const hi = lo + len;
      let total = 0;
      for (let k = lo; k <= hi; k++) total += weight[k];
      let best = Infinity;
      let bestJ = 0;
      let below = 0; // weight of [lo, j-1]
      for (let j = lo + 1; j <= hi; j++) {
        below += weight[j - 1];
        if (!askable(j)) continue;
        const c = 1 + (below / total) * cost[lo * 9 + j - 1] + ((total - below) / total) * cost[j * 9 + hi];
        if (c < best - 1e-12) {
          best = c;
          bestJ = j;
        }
      }
      cost[lo * 9 + hi] = bestJ === 0 ? 0 : best;
      choice[lo * 9 + hi] = bestJ;
    }
  }
  const policy = { cost, choice, weight };
  perTarget.set(key, policy);
  return policy;
}

function boundary(s: State, cap: number): NextChallenge {
  const all = candidates(s);
  if (all.length === 0) return { done: true };
  if (s.observations.length === 0) return firstQuestion(s, all);
  const t = s.t;
  const estimate = estimateLevel(s.observations);
  let cands = all.filter((c) => t.level[c.i] <= estimate + 2);
  if (cands.length === 0) return { done: true };
  if (t.isCompetence && shownPixSettled(s, cands, cap)) return { done: true };
  let avoidTimed = false;
  if (s.lastWasTimed) {
    const untimed = cands.filter((c) => c.play === 2);
    if (untimed.length > 0) {
      cands = untimed;
      avoidTimed = true;
    }
  }
  const isCandidate = new Uint8Array(t.skills.length);
  for (const c of cands) isCandidate[c.i] = 1;
  const center = priorCenter(s, estimate);
  let bestGain = 0;
  let pool: number[] = [];
  for (let tube = 0; tube < t.tubes.length; tube++) {
    const skills = t.tubes[tube].skills;
    const m = skills.length;
    // interval of boundary positions still possible: validated up to lo, invalidated from hi + 1
    let lo = 0;
    let hi = m;
    let anyCandidate = false;
    for (let k = 1; k <= m; k++) {
      const j = skills[k - 1];
      if (s.known[j] === VALIDATED) lo = k;
      else if (s.known[j] === INVALIDATED && hi === m) hi = k - 1;
      if (isCandidate[j]) anyCandidate = true;
    }
    if (!anyCandidate || hi <= lo) continue;
    const policy = tubePolicy(t, tube, center, estimate);
    let k = policy.choice[lo * 9 + hi];
    if (k === 0 || !isCandidate[skills[k - 1]]) {
      // the optimal question is not playable here: fall back to the candidate nearest the split
      k = 0;
      for (let q = lo + 1; q <= hi; q++) if (isCandidate[skills[q - 1]] && (k === 0 || Math.abs(q - (lo + hi + 1) / 2) < Math.abs(k - (lo + hi + 1) / 2))) k = q;
      if (k === 0) continue;
    }
    let total = 0;
    let up = 0;
    for (let q = lo; q <= hi; q++) {
      total += policy.weight[q];
      if (q >= k) up += policy.weight[q];
    }
    const p = up / total;
    let below = 0;
    let above = 0;
    for (let q = lo + 1; q <= hi; q++) {
      if (s.known[skills[q - 1]] !== UNKNOWN) continue;
      if (q <= k) below++;
      if (q >= k) above++;
    }
    const gain = p * below + (1 - p) * above;
    if (gain > bestGain + 1e-9) {
      bestGain = gain;
      pool = [skills[k - 1]];
    } else if (Math.abs(gain - bestGain) <= 1e-9 && gain > 0) {
      pool.push(skills[k - 1]);
    }
  }
  if (pool.length === 0) return { done: true };
  return chooseChallenge(s, tieBreak(s, pool), avoidTimed);
}

/**
 * Centre of the per-tube prior: the mean level of the tubes already resolved in this target
 * (the learner's level is about the same across tubes), or the logistic estimate − 0.5 before any
 * tube is resolved. Rounded to half levels so the tube policies can be cached.
 */
function priorCenter(s: State, estimate: number): number {
  const t = s.t;
  let sum = 0;
  let n = 0;
  for (const tube of t.tubes) {
    let lo = 0;
    let resolved = true;
    for (let k = 1; k <= tube.skills.length; k++) {
      const state = s.known[tube.skills[k - 1]];
      if (state === UNKNOWN) {
        resolved = false;
        break;
      }
      if (state === INVALIDATED) break;
      lo = k;
    }
    // a tube validated to its top only bounds the level from below: not used
    if (!resolved || (lo === tube.skills.length)) continue;
    sum += lo === 0 ? 0 : t.level[tube.skills[lo - 1]];
    n++;
  }
  const raw = n >= MIN_RESOLVED ? sum / n : estimate + FALLBACK_SHIFT;
  return Math.round(Math.max(0, Math.min(8, raw)) * 2) / 2;
}
/** resolved tubes needed before their mean replaces the logistic estimate */
const MIN_RESOLVED = 2;
const FALLBACK_SHIFT = -0.5;

/**
 * True when no answer can change the shown pix of any competence of the target: the floor of
 * the validated pix and the floor of validated + every skill still askable, both capped, agree.
 */
function shownPixSettled(s: State, cands: Candidate[], cap: number): boolean {
  const t = s.t;
  const low = new Float64Array(t.competenceIds.length);
  const high = new Float64Array(t.competenceIds.length);
  for (let i = 0; i < t.skills.length; i++) {
    if (s.known[i] === VALIDATED) low[t.competenceOf[i]] += t.pixValue[i];
  }
  high.set(low);
  for (const c of cands) high[t.competenceOf[c.i]] += t.pixValue[c.i];
  const max = cap * 8;
  for (let k = 0; k < low.length; k++) {
    // 1e-9 absorbs float sums of 8/n (the exact sums are in lib/scoring)
    if (Math.min(Math.floor(low[k] + 1e-9), max) !== Math.min(Math.floor(high[k] + 1e-9), max)) return false;
  }
  return true;
}
