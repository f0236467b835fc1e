// Composition of a certification test (DESIGN.md section 7). Pure and deterministic: the seed
// (the certification id) decides ties and which challenge of a skill is served.
import type { Challenge, Competence, Referential, Skill } from "@/lib/content/types";
import { effectiveKnowledge, seededHash, type KnowledgeElement } from "@/lib/engine";
import { simulatorNamed } from "@/lib/simulators/registry";
import { MIN_CERTIFIABLE_COMPETENCES, type CertifiableCompetence } from "./eligibility";

/** Questions planned per certifiable competence. */
export const QUESTIONS_PER_COMPETENCE = 3;

/** One question of the test, in the order it is served. */
export type PlannedQuestion = {
  challengeId: string;
  competenceId: string;
  skillId: string;
  /** the skill's level (1–8) */
  level: number;
};

/** Why a competence of level ≥ 1 gets no question. */
export type NotCertifiableReason =
  /** no skill of the competence was validated directly (only inferred ones) */
  | "no-direct-skill"
  /** directly validated skills exist but none has an active challenge left that was never answered */
  | "no-challenge-left";

export type ComposedCompetence = {
  competenceId: string;
  /** the profile's level and pix at composition: what "confirmed" certifies */
  level: number;
  pix: number;
  /** questions planned for it: 1 to 3, or 0 when not certifiable */
  planned: number;
  certifiable: boolean;
  reason: NotCertifiableReason | null;
};

export type ComposedTest = {
  /** by competence order in the referential, within a competence hardest first */
  questions: PlannedQuestion[];
  /** every competence given as input, in the referential's order (certifiable or not) */
  competences: ComposedCompetence[];
  /** competences with at least one question */
  certifiableCount: number;
  /** certifiableCount ≥ 5: services refuse to start the test otherwise */
  eligible: boolean;
  /** plain French when not eligible, else null */
  reason: string | null;
};

export type ComposeTestInput = {
  referential: Pick<Referential, "competences" | "skills" | "challenges">;
  /** the candidate's knowledge elements (made effective by the caller; the latest per skill counts) */
  knowledge: Iterable<KnowledgeElement> | ReadonlyMap<string, KnowledgeElement>;
  /** the certifiable competences with the profile's level and pix (checkEligibility().competences) */
  competences: readonly Pick<CertifiableCompetence, "competenceId" | "level" | "pix">[];
  /** every challenge the candidate ever answered (any assessment): never served again */
  answeredChallengeIds: Iterable<string>;
  /** the certification id: same seed, same test */
  seed: string;
  /**
   * Whether a challenge cannot be played without JavaScript. Default: a SIMULATOR challenge whose
   * simulator declares `needsJavaScript` (the gesture exercises).
   */
  needsJavaScript?: (challenge: Challenge) => boolean;
};

/** Default `needsJavaScript`: gesture simulators (lib/simulators, `needsJavaScript: true`). */
export function challengeNeedsJavaScript(challenge: Challenge): boolean {
  return challenge.solution.type === "SIMULATOR" && simulatorNamed(challenge.solution.simulator)?.needsJavaScript === true;
}

/** "Il faut au moins 5 compétences où l'on peut vous poser des questions. Vous en avez 4." */
export function notComposableReason(count: number): string {
  const have = count === 0 ? "Vous n'en avez aucune." : `Vous en avez ${count}.`;
  return `Il faut au moins ${MIN_CERTIFIABLE_COMPETENCES} compétences de niveau 1 ou plus avec des questions que vous n'avez jamais vues, sur des acquis que vous avez réussis vous-même. ${have}`;
}

type Candidate = {
  skill: Skill;
  challenge: Challenge;
  /** 0: playable without JavaScript; 1: needs JavaScript (used only when nothing else is left) */
  tier: number;
  /** tie-break under the seed */
  hash: number;
};

/**
 * The questions of a certification test:
 * - for each certifiable competence, up to 3 skills the candidate validated DIRECTLY (latest
 *   knowledge element: validated, direct), active, each with at least one active challenge never
 *   answered by the candidate; one challenge per skill;
 * - hardest skills first, spread across tubes: a second skill of a tube is taken only once every
 *   tube with a candidate skill has given one;
 * - challenges that need JavaScript (gestures) only when no other skill is left, and inside a
 *   skill another challenge is preferred;
 * - ties (equal level) and the challenge of a skill are decided by a hash of the seed, so the same
 *   certification always gets the same test and two certifications usually differ.
 */
export function composeTest(input: ComposeTestInput): ComposedTest {
  const { referential, seed } = input;
  const needsJs = input.needsJavaScript ?? challengeNeedsJavaScript;
  const answered = new Set(input.answeredChallengeIds);
  const knowledge = effectiveKnowledge(input.knowledge);

  const competenceOrder = new Map<string, number>(referential.competences.map((c: Pick<Competence, "id">, i) => [c.id, i]));
  for (const c of input.competences) {
    if (!competenceOrder.has(c.competenceId)) throw new RangeError(`unknown competence ${c.competenceId}`);
  }
  const skillsById = new Map(referential.skills.map((s) => [s.id, s]));
  const challengesBySkill = new Map<string, Challenge[]>();
  for (const ch of referential.challenges) {
    if (!ch.active || answered.has(ch.id)) continue;
    const list = challengesBySkill.get(ch.skillId);
    if (list) list.push(ch);
    else challengesBySkill.set(ch.skillId, [ch]);
  }

  // directly validated skills, grouped by competence
  const directByCompetence = new Map<string, Skill[]>();
  for (const ke of knowledge.values()) {
    if (ke.status !== "validated" || ke.source !== "direct") continue;
    const skill = skillsById.get(ke.skillId);
    if (!skill || !skill.active) continue;
    const list = directByCompetence.get(skill.competenceId);
    if (list) list.push(skill);
    else directByCompetence.set(skill.competenceId, [skill]);
  }

  const ordered = [...input.competences].sort(
    (a, b) => competenceOrder.get(a.competenceId)! - competenceOrder.get(b.competenceId)!,
  );
  const questions: PlannedQuestion[] = [];
  const competences: ComposedCompetence[] = [];
  for (const c of ordered) {
    const direct = directByCompetence.get(c.competenceId) ?? [];
    const candidates: Candidate[] = [];
    for (const skill of direct) {
      const challenge = pickChallenge(challengesBySkill.get(skill.id) ?? [], seed, needsJs);
      if (!challenge) continue;
      candidates.push({
        skill,
        challenge: challenge.challenge,
        tier: challenge.needsJs ? 1 : 0,
        hash: seededHash(seed, "skill:" + skill.id),
      });
    }
    const picked = pickSkills(candidates, QUESTIONS_PER_COMPETENCE);
    picked.sort((a, b) => b.skill.level - a.skill.level || a.hash - b.hash || cmp(a.skill.id, b.skill.id));
    for (const p of picked) {
      questions.push({ challengeId: p.challenge.id, competenceId: c.competenceId, skillId: p.skill.id, level: p.skill.level });
    }
    const certifiable = picked.length > 0;
    competences.push({
      competenceId: c.competenceId,
      level: c.level,
      pix: c.pix,
      planned: picked.length,
      certifiable,
      reason: certifiable ? null : direct.length === 0 ? "no-direct-skill" : "no-challenge-left",
    });
  }
  const certifiableCount = competences.filter((c) => c.certifiable).length;
  const eligible = certifiableCount >= MIN_CERTIFIABLE_COMPETENCES;
  return { questions, competences, certifiableCount, eligible, reason: eligible ? null : notComposableReason(certifiableCount) };
}

/** The challenge served for a skill: the smallest seeded hash, playable without JavaScript if possible. */
function pickChallenge(
  challenges: readonly Challenge[],
  seed: string,
  needsJs: (c: Challenge) => boolean,
): { challenge: Challenge; needsJs: boolean } | null {
  let best: { challenge: Challenge; needsJs: boolean; hash: number } | null = null;
  for (const challenge of challenges) {
    const js = needsJs(challenge);
    const hash = seededHash(seed, "challenge:" + challenge.id);
    if (
      !best ||
      Number(js) < Number(best.needsJs) ||
      (js === best.needsJs && (hash < best.hash || (hash === best.hash && challenge.id < best.challenge.id)))
    ) {
      best = { challenge, needsJs: js, hash };
    }
  }
  return best;
}

/**
 * Greedy choice, one skill at a time: playable without JavaScript first, then the tube used the
 * fewest times so far (spread across tubes), then the hardest skill, then the seeded hash.
 */
function pickSkills(candidates: readonly Candidate[], count: number): Candidate[] {
  const left = [...candidates];
  const usedTubes = new Map<string, number>();
  const picked: Candidate[] = [];
  while (picked.length < count && left.length > 0) {
    let bestIndex = 0;
    for (let i = 1; i < left.length; i++) {
      if (better(left[i]!, left[bestIndex]!, usedTubes)) bestIndex = i;
    }
    const [best] = left.splice(bestIndex, 1);
    picked.push(best!);
    usedTubes.set(best!.skill.tubeId, (usedTubes.get(best!.skill.tubeId) ?? 0) + 1);
  }
  return picked;
}

function better(a: Candidate, b: Candidate, usedTubes: ReadonlyMap<string, number>): boolean {
  if (a.tier !== b.tier) return a.tier < b.tier;
  const ua = usedTubes.get(a.skill.tubeId) ?? 0;
  const ub = usedTubes.get(b.skill.tubeId) ?? 0;
  if (ua !== ub) return ua < ub;
  if (a.skill.level !== b.skill.level) return a.skill.level > b.skill.level;
  if (a.hash !== b.hash) return a.hash < b.hash;
  return a.skill.id < b.skill.id;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
