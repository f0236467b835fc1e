// In-memory indexes over a loaded referential. Built once per process (see index.ts).
import type { Area, AreaCode, Challenge, Competence, Referential, Skill, TargetProfile, Tube, Tutorial } from "./types";

export type ContentIndex = {
  referential: Referential;
  version: string;
  areaByCode: ReadonlyMap<AreaCode, Area>;
  competenceById: ReadonlyMap<string, Competence>;
  competenceByCode: ReadonlyMap<string, Competence>;
  tubeById: ReadonlyMap<string, Tube>;
  skillById: ReadonlyMap<string, Skill>;
  challengeById: ReadonlyMap<string, Challenge>;
  /** ABC Diag's questions (kept apart from the engine's challenges), by challenge id */
  abcDiagChallengeById: ReadonlyMap<string, Challenge>;
  tutorialById: ReadonlyMap<string, Tutorial>;
  targetProfileById: ReadonlyMap<string, TargetProfile>;
  /** competences of an area, by code */
  competencesByArea: ReadonlyMap<AreaCode, Competence[]>;
  /** tubes of a competence id, by name */
  tubesByCompetence: ReadonlyMap<string, Tube[]>;
  /** skills (active or not) of a tube id, sorted by level */
  skillsByTube: ReadonlyMap<string, Skill[]>;
  /** skills (active or not) of a competence id, sorted by tube then level */
  skillsByCompetence: ReadonlyMap<string, Skill[]>;
  /** challenges (active or not) of a skill id, in file order */
  challengesBySkill: ReadonlyMap<string, Challenge[]>;
  /** the skill of a tube at a level, e.g. skillAt("@rechercheWeb", 3) */
  skillAt(tubeId: string, level: number): Skill | undefined;
  /** active challenges of a skill (those that can be served) */
  playableChallenges(skillId: string): Challenge[];
  /** the tube, competence and area a challenge belongs to */
  locate(challengeId: string): { challenge: Challenge; skill: Skill; tube: Tube; competence: Competence; area: Area } | undefined;
  /** the active skills a target profile aims at: its tubes, levels up to maxLevel */
  targetProfileSkills(targetProfileId: string): Skill[];
};

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

export function buildContentIndex(referential: Referential): ContentIndex {
  const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((i) => [i.id, i] as const));
  const areaByCode = new Map(referential.areas.map((a) => [a.code, a] as const));
  const competenceById = byId(referential.competences);
  const competenceByCode = new Map(referential.competences.map((c) => [c.code, c] as const));
  const tubeById = byId(referential.tubes);
  const skillById = byId(referential.skills);
  const challengeById = byId(referential.challenges);
  const tutorialById = byId(referential.tutorials);
  const targetProfileById = byId(referential.targetProfiles);

  const competencesByArea = groupBy(referential.competences, (c) => c.areaCode);
  const tubesByCompetence = groupBy(referential.tubes, (t) => t.competenceId);
  const skillsByTube = groupBy(referential.skills, (s) => s.tubeId);
  for (const list of skillsByTube.values()) list.sort((a, b) => a.level - b.level);
  const skillsByCompetence = new Map<string, Skill[]>();
  for (const c of referential.competences) {
    skillsByCompetence.set(
      c.id,
      (tubesByCompetence.get(c.id) ?? []).flatMap((t) => skillsByTube.get(t.id) ?? []),
    );
  }
  const challengesBySkill = groupBy(referential.challenges, (c) => c.skillId);
  const skillByTubeLevel = new Map(referential.skills.map((s) => [`${s.tubeId}|${s.level}`, s] as const));
  const playable = new Map<string, Challenge[]>();
  for (const [skillId, list] of challengesBySkill) playable.set(skillId, list.filter((c) => c.active));

  return {
    referential,
    version: referential.version,
    areaByCode,
    competenceById,
    competenceByCode,
    tubeById,
    skillById,
    challengeById,
    abcDiagChallengeById: new Map((referential.abcDiag?.questions ?? []).map((q) => [q.challenge.id, q.challenge])),
    tutorialById,
    targetProfileById,
    competencesByArea,
    tubesByCompetence,
    skillsByTube,
    skillsByCompetence,
    challengesBySkill,
    skillAt: (tubeId, level) => skillByTubeLevel.get(`${tubeId}|${level}`),
    playableChallenges: (skillId) => playable.get(skillId) ?? [],
    locate(challengeId) {
      const challenge = challengeById.get(challengeId);
      const skill = challenge && skillById.get(challenge.skillId);
      const tube = skill && tubeById.get(skill.tubeId);
      const competence = tube && competenceById.get(tube.competenceId);
      const area = competence && areaByCode.get(competence.areaCode);
      return challenge && skill && tube && competence && area ? { challenge, skill, tube, competence, area } : undefined;
    },
    targetProfileSkills(targetProfileId) {
      const tp = targetProfileById.get(targetProfileId);
      if (!tp) return [];
      return tp.tubes.flatMap((t) => (skillsByTube.get(t.tubeId) ?? []).filter((s) => s.active && s.level <= t.maxLevel));
    },
  };
}
