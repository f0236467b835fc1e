// Counts of the referential per competence, and the authoring targets each competence should
// reach (content:check prints both). Pure: works on a loaded referential.
import { buildContentIndex, type ContentIndex } from "./content-index";
import type { ChallengeType, Competence, Referential } from "./types";

export const FREE_AND_CHOICE_TYPES: ChallengeType[] = ["QCU", "QCM", "QROC", "QROCM-ind", "QROCM-dep"];
export const ALL_TYPES: ChallengeType[] = [...FREE_AND_CHOICE_TYPES, "SIMULATOR"];

export const TARGETS = {
  tubes: 5,
  skills: 20,
  skillsPerLevel: 2,
  levelsWithTwoSkills: [1, 2, 3, 4, 5],
  challengesPerSkill: 2,
  attachmentShare: 0.1,
} as const;

export type CompetenceStats = {
  competence: Competence;
  tubes: number;
  /** active skills per level 1..8 (index 0 = level 1) */
  skillsPerLevel: number[];
  skills: number;
  /** active challenges of active skills */
  challenges: number;
  challengesPerType: Record<ChallengeType, number>;
  withAttachment: number;
  timed: number;
  /** distinct tutorials linked from the competence's skills */
  tutorials: number;
  /** tubes lacking a "success" or a "learnMore" tutorial */
  tubesMissingTutorial: { tubeId: string; missing: ("success" | "learnMore")[] }[];
};

export function competenceStats(ref: Referential, index: ContentIndex = buildContentIndex(ref)): CompetenceStats[] {
  return ref.competences.map((competence) => {
    const tubes = index.tubesByCompetence.get(competence.id) ?? [];
    const skills = (index.skillsByCompetence.get(competence.id) ?? []).filter((s) => s.active);
    const challenges = skills.flatMap((s) => index.playableChallenges(s.id));
    const challengesPerType = Object.fromEntries(ALL_TYPES.map((t) => [t, 0])) as Record<ChallengeType, number>;
    for (const c of challenges) challengesPerType[c.type]++;
    const tutorials = new Set(skills.flatMap((s) => [...s.successTutorialIds, ...s.learnMoreTutorialIds]));
    const tubesMissingTutorial = tubes
      .map((t) => {
        const tubeSkills = (index.skillsByTube.get(t.id) ?? []).filter((s) => s.active);
        const missing: ("success" | "learnMore")[] = [];
        if (!tubeSkills.some((s) => s.successTutorialIds.length > 0)) missing.push("success");
        if (!tubeSkills.some((s) => s.learnMoreTutorialIds.length > 0)) missing.push("learnMore");
        return { tubeId: t.id, missing };
      })
      .filter((t) => t.missing.length > 0);
    return {
      competence,
      tubes: tubes.length,
      skillsPerLevel: Array.from({ length: 8 }, (_, i) => skills.filter((s) => s.level === i + 1).length),
      skills: skills.length,
      challenges: challenges.length,
      challengesPerType,
      withAttachment: challenges.filter((c) => c.attachment).length,
      timed: challenges.filter((c) => c.timer !== null).length,
      tutorials: tutorials.size,
      tubesMissingTutorial,
    };
  });
}

/** What a competence still misses against the authoring targets, in plain words. */
export function targetMisses(s: CompetenceStats): string[] {
  if (s.tubes === 0) return ["no tube yet"];
  const misses: string[] = [];
  if (s.tubes < TARGETS.tubes) misses.push(`${s.tubes} tube(s), target ${TARGETS.tubes}`);
  if (s.skills < TARGETS.skills) misses.push(`${s.skills} active skill(s), target ${TARGETS.skills}`);
  const thin = TARGETS.levelsWithTwoSkills.filter((l) => s.skillsPerLevel[l - 1] < TARGETS.skillsPerLevel);
  if (thin.length > 0) misses.push(`fewer than ${TARGETS.skillsPerLevel} skills at level ${thin.join(", ")} (a level with 1 skill cannot be completed)`);
  if (s.skills > 0 && s.challenges / s.skills < TARGETS.challengesPerSkill)
    misses.push(`${(s.challenges / s.skills).toFixed(1)} challenges per skill on average, target ${TARGETS.challengesPerSkill}`);
  const unused = FREE_AND_CHOICE_TYPES.filter((t) => s.challengesPerType[t] === 0);
  if (unused.length > 0) misses.push(`type(s) not used: ${unused.join(", ")}`);
  if (s.challenges === 0 || s.withAttachment / s.challenges < TARGETS.attachmentShare)
    misses.push(`${s.challenges ? Math.round((100 * s.withAttachment) / s.challenges) : 0} % of challenges with an attachment, target ${TARGETS.attachmentShare * 100} %`);
  for (const t of s.tubesMissingTutorial) misses.push(`${t.tubeId} has no "${t.missing.join('" nor "')}" tutorial`);
  return misses;
}
