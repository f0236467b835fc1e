// Simulated learners against the engine (issue 4, item 5). Pure given its inputs.
import type { Referential } from "@/lib/content/types";
import {
  compileTarget,
  knowledgeElementsForAnswer,
  parseTarget,
  pickNextChallenge,
  type CompiledTarget,
  type EngineAnswer,
  type EngineName,
  type KnowledgeElement,
} from "@/lib/engine";
import { ZERO, add, type Fraction } from "@/lib/scoring/fraction";
import { scoreFromPix } from "@/lib/scoring/score";
import { mulberry32, randomInt } from "./prng";

export type Learner = {
  id: string;
  target: string;
  /** tube name → level; "*" for the others */
  levels: Record<string, number>;
  slip: number;
  guess: number;
  seed: number;
};

export type LearnerResult = {
  id: string;
  questions: number;
  estimatedPix: number;
  estimatedLevel: number;
  truePix: number;
  trueLevel: number;
  masteryRate: number;
  trueMasteryRate: number;
};

export type Summary = {
  learners: number;
  meanQuestions: number;
  exactLevelRate: number;
  withinOneLevelRate: number;
  meanAbsPixError: number;
};

export type GenerateOptions = {
  count: number;
  target: string;
  slip: number;
  guess: number;
  seed: number;
  spread?: number;
};

/** Base level uniform in 0–5; with spread s, each tube is s levels below (¼) or above (¼), clamped 0..8. */
export function generateLearners(ref: Referential, options: GenerateOptions): Learner[] {
  const rng = mulberry32(options.seed);
  const target = compileTarget(ref, parseTarget(options.target, ref));
  const spread = options.spread ?? 0;
  const learners: Learner[] = [];
  const width = String(options.count).length;
  for (let i = 0; i < options.count; i++) {
    const base = randomInt(rng, 0, 5);
    const levels: Record<string, number> = { "*": base };
    if (spread > 0) {
      for (const tube of target.tubes) {
        const r = rng();
        const level = r < 0.25 ? base - spread : r < 0.5 ? base + spread : base;
        const clamped = Math.max(0, Math.min(8, level));
        if (clamped !== base) levels[tube.id] = clamped;
      }
    }
    learners.push({
      id: `s${options.seed}-${String(i + 1).padStart(width, "0")}`,
      target: options.target,
      levels,
      slip: options.slip,
      guess: options.guess,
      seed: Math.floor(rng() * 4294967296),
    });
  }
  return learners;
}

export type RunOptions = {
  engine?: EngineName;
  maxReachableLevel?: number;
  /** safety net against a looping engine */
  maxQuestions?: number;
};

function tubeNames(ref: Referential): Map<string, string> {
  return new Map(ref.tubes.map((t) => [t.id, t.name]));
}

/** Shown pix and level summed over the competences of a target. */
function scoreSkills(
  t: CompiledTarget,
  acquired: (i: number) => boolean,
  maxReachableLevel: number,
): { pix: number; level: number; count: number } {
  const sums: Fraction[] = t.competenceIds.map(() => ZERO);
  let count = 0;
  for (let i = 0; i < t.skills.length; i++) {
    if (!acquired(i)) continue;
    count++;
    sums[t.competenceOf[i]] = add(sums[t.competenceOf[i]], t.skills[i].pix);
  }
  let pix = 0;
  let level = 0;
  for (const s of sums) {
    const score = scoreFromPix(s, { maxReachableLevel });
    pix += score.pix;
    level += score.level;
  }
  return { pix, level, count };
}

export function simulateLearner(ref: Referential, learner: Learner, options: RunOptions = {}): LearnerResult {
  const maxReachableLevel = options.maxReachableLevel ?? 5;
  const target = compileTarget(ref, parseTarget(learner.target, ref));
  const names = tubeNames(ref);
  const levelOf = (tubeId: string): number => learner.levels[names.get(tubeId) ?? tubeId] ?? learner.levels["*"] ?? 0;
  const rng = mulberry32(learner.seed);
  const knowledge = new Map<string, KnowledgeElement>();
  const answers: EngineAnswer[] = [];
  const limit = options.maxQuestions ?? 10 * target.skills.length + 10;
  for (let q = 0; q < limit; q++) {
    const next = pickNextChallenge({
      referential: ref,
      target,
      knowledgeElements: knowledge,
      answers,
      assessmentId: learner.id,
      engine: options.engine,
      maxReachableLevel,
    });
    if (next.done) break;
    const skill = target.index.skillsById.get(next.skillId)!;
    const p = skill.level <= levelOf(skill.tubeId) ? 1 - learner.slip : learner.guess;
    const status = rng() < p ? "ok" : "ko";
    for (const ke of knowledgeElementsForAnswer(ref, knowledge, {
      challengeId: next.challengeId,
      status,
      assessmentId: learner.id,
      now: q,
    })) {
      knowledge.set(ke.skillId, ke);
    }
    answers.push({ challengeId: next.challengeId, skillId: next.skillId, status });
  }
  const estimated = scoreSkills(target, (i) => knowledge.get(target.skills[i].id)?.status === "validated", maxReachableLevel);
  const truth = scoreSkills(target, (i) => target.level[i] <= levelOf(target.skills[i].tubeId), maxReachableLevel);
  const n = target.skills.length || 1;
  return {
    id: learner.id,
    questions: answers.length,
    estimatedPix: estimated.pix,
    estimatedLevel: estimated.level,
    truePix: truth.pix,
    trueLevel: truth.level,
    masteryRate: round(estimated.count / n),
    trueMasteryRate: round(truth.count / n),
  };
}

export function round(x: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export function summarize(results: readonly LearnerResult[]): Summary {
  const n = results.length || 1;
  let questions = 0;
  let exact = 0;
  let withinOne = 0;
  let pixError = 0;
  for (const r of results) {
    questions += r.questions;
    if (r.estimatedLevel === r.trueLevel) exact++;
    if (Math.abs(r.estimatedLevel - r.trueLevel) <= 1) withinOne++;
    pixError += Math.abs(r.estimatedPix - r.truePix);
  }
  return {
    learners: results.length,
    meanQuestions: round(questions / n),
    exactLevelRate: round(exact / n),
    withinOneLevelRate: round(withinOne / n),
    meanAbsPixError: round(pixError / n),
  };
}

export function simulate(
  ref: Referential,
  learners: readonly Learner[],
  options: RunOptions = {},
): { learners: LearnerResult[]; summary: Summary } {
  const results = learners.map((l) => simulateLearner(ref, l, options));
  return { learners: results, summary: summarize(results) };
}
