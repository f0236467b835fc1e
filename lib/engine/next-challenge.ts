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

function boundary(s: State, cap: number): NextChallenge {
  void cap;
  return reference(s);
}
