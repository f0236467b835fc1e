// Small referentials and knowledge elements for the unit tests of the certification rules.
// Not used by the application.
import type { Challenge, Referential, Skill } from "@/lib/content/types";
import type { KnowledgeElement, KnowledgeSource, KnowledgeStatus } from "@/lib/engine";
import { ZERO, fraction } from "@/lib/scoring";

export type ChallengeSpec = {
  /** challenges per skill, named ch-<tube>-<level>-a, -b, … (default 2) */
  perSkill?: number;
  /** challenge ids made inactive */
  inactive?: string[];
  /** challenge ids made gesture simulators (need JavaScript) */
  gestures?: string[];
  /** skill ids made inactive */
  inactiveSkills?: string[];
};

/**
 * A referential from competence id → tube name → levels. Every level of a competence holds the
 * skills given; their pix is 8 ÷ (skills of that competence and level), at most 4, as lib/content
 * computes it.
 */
export function referential(spec: Record<string, Record<string, number[]>>, options: ChallengeSpec = {}): Referential {
  const perSkill = options.perSkill ?? 2;
  const skills: Skill[] = [];
  const challenges: Challenge[] = [];
  const tubes: Referential["tubes"] = [];
  for (const [competenceId, tubeSpec] of Object.entries(spec)) {
    const perLevel = new Map<number, number>();
    for (const levels of Object.values(tubeSpec)) for (const l of levels) perLevel.set(l, (perLevel.get(l) ?? 0) + 1);
    for (const [tube, levels] of Object.entries(tubeSpec)) {
      tubes.push({ id: tube, name: tube, title: tube, description: "", competenceId });
      for (const level of levels) {
        const id = `${tube}${level}`;
        const pix = fraction(8, Math.max(2, perLevel.get(level)!));
        skills.push({
          id,
          name: id,
          tubeId: tube,
          competenceId,
          level,
          active: !options.inactiveSkills?.includes(id),
          pix,
          pixValue: pix.num / pix.den,
          successTutorialIds: [],
          learnMoreTutorialIds: [],
        });
        for (let i = 0; i < perSkill; i++) {
          const chId = `ch-${tube.slice(1)}-${level}-${"abcdefgh"[i]}`;
          challenges.push(challenge(chId, id, { active: !options.inactive?.includes(chId), gesture: options.gestures?.includes(chId) }));
        }
      }
    }
  }
  return {
    version: "test",
    areas: [],
    competences: Object.keys(spec).map((id) => ({ id, code: id.replace("competence-", ""), name: id, description: "", areaCode: "1" })),
    tubes,
    skills,
    challenges,
    tutorials: [],
    targetProfiles: [],
    abcDiag: null,
  };
}

export function challenge(id: string, skillId: string, options: { active?: boolean; gesture?: boolean } = {}): Challenge {
  return {
    id,
    skillId,
    type: options.gesture ? "SIMULATOR" : "QCU",
    instruction: "?",
    proposals: [],
    fields: [],
    solution: options.gesture
      ? { type: "SIMULATOR", simulator: "gestes", scenario: {}, goal: {}, walkthrough: [], wrongPaths: [] }
      : { type: "QCU", proposalId: "1" },
    tolerances: [],
    nearMisses: [],
    explanation: "",
    timer: null,
    focused: false,
    shuffle: false,
    active: options.active ?? true,
  };
}

let clock = 0;

/** A knowledge element for a skill of `ref`; later calls are later in time. */
export function ke(
  ref: Referential,
  skillId: string,
  status: KnowledgeStatus = "validated",
  source: KnowledgeSource = "direct",
): KnowledgeElement {
  const skill = ref.skills.find((s) => s.id === skillId);
  if (!skill) throw new Error(`no skill ${skillId}`);
  return {
    skillId,
    tubeId: skill.tubeId,
    competenceId: skill.competenceId,
    status,
    source,
    earnedPix: status === "validated" ? skill.pix : ZERO,
    createdAt: ++clock,
    assessmentId: "a1",
    challengeId: `ch-${skill.tubeId.slice(1)}-${skill.level}-a`,
  };
}

/** Direct validations of every given skill. */
export function validated(ref: Referential, skillIds: string[]): KnowledgeElement[] {
  return skillIds.map((id) => ke(ref, id));
}
