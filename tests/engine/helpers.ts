import type { Challenge, Referential, Skill } from "@/lib/content/types";
import { fraction } from "@/lib/scoring";

/** A tiny referential: tubes given as name → levels, one competence unless said otherwise. */
export function tinyReferential(
  tubes: Record<string, number[]>,
  options: { competenceOf?: Record<string, string>; timed?: string[]; extraChallenges?: string[] } = {},
): Referential {
  const skills: Skill[] = [];
  const challenges: Challenge[] = [];
  for (const [tube, levels] of Object.entries(tubes)) {
    for (const level of levels) {
      const id = `${tube}${level}`;
      skills.push({
        id,
        name: id,
        tubeId: tube,
        competenceId: options.competenceOf?.[tube] ?? "competence-1.1",
        level,
        active: true,
        pix: fraction(8, 2),
        pixValue: 4,
        successTutorialIds: [],
        learnMoreTutorialIds: [],
      });
      const suffixes = ["a", ...(options.extraChallenges?.includes(id) ? ["b", "c"] : [])];
      for (const suffix of suffixes) {
        const chId = `ch-${id.slice(1)}-${suffix}`;
        challenges.push({
          id: chId,
          skillId: id,
          type: "QCU",
          instruction: "?",
          proposals: [],
          fields: [],
          solution: { type: "QCU", proposalId: "1" },
          tolerances: [],
          nearMisses: [],
          explanation: "",
          timer: options.timed?.includes(chId) ? 30 : null,
          focused: false,
          shuffle: false,
          active: true,
        });
      }
    }
  }
  const competenceIds = [...new Set(skills.map((s) => s.competenceId))];
  return {
    abcDiag: null,
    version: "test",
    areas: [],
    competences: competenceIds.map((id) => ({ id, code: id.replace("competence-", ""), name: id, description: "", areaCode: "1" })),
    tubes: Object.keys(tubes).map((name) => ({
      id: name,
      name,
      title: name,
      description: "",
      competenceId: options.competenceOf?.[name] ?? "competence-1.1",
    })),
    skills,
    challenges,
    tutorials: [],
    targetProfiles: [],
  };
}
