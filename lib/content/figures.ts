// Figures about Pix itself, computed from the referential so that the public pages never show a
// number that the content does not back. Pure: no file access, no database.
import type { Referential } from "./types";

export type ContentFigures = {
  areas: number;
  competences: number;
  /** "sujets" */
  tubes: number;
  /** active skills ("acquis") */
  skills: number;
  /** active challenges ("épreuves") of the engine; ABC Diag questions are not among them */
  challenges: number;
  tutorials: number;
  /** target profiles open to every organisation */
  generalTargetProfiles: number;
  abc: {
    /** distinct themes over the ABC Pix target profiles */
    themes: number;
    themeNames: string[];
    /** distinct tubes over the ABC Pix target profiles */
    tubes: number;
    /** active challenges of those tubes */
    questions: number;
  };
  /** null when there is no ABC Diag in the content */
  abcDiag: { questions: number; dimensions: number; minutes: { min: number; max: number } } | null;
};

export function contentFigures(referential: Referential): ContentFigures {
  const activeSkills = referential.skills.filter((s) => s.active);
  const activeSkillTube = new Map(activeSkills.map((s) => [s.id, s.tubeId]));
  const activeChallenges = referential.challenges.filter((c) => c.active && activeSkillTube.has(c.skillId));

  // the profile with the most themes first, so that the themes come in its order (the complete one)
  const abcProfiles = referential.targetProfiles.filter((p) => p.family === "abc").sort((a, b) => b.themes.length - a.themes.length);
  const themeNames = new Map<string, string>();
  const abcTubes = new Set<string>();
  for (const profile of abcProfiles) {
    for (const theme of profile.themes) if (!themeNames.has(theme.id)) themeNames.set(theme.id, theme.name);
    for (const { tubeId } of profile.tubes) abcTubes.add(tubeId);
  }
  const abcQuestions = activeChallenges.filter((c) => abcTubes.has(activeSkillTube.get(c.skillId)!)).length;

  const diag = referential.abcDiag;
  return {
    areas: referential.areas.length,
    competences: referential.competences.length,
    tubes: referential.tubes.length,
    skills: activeSkills.length,
    challenges: activeChallenges.length,
    tutorials: referential.tutorials.length,
    generalTargetProfiles: referential.targetProfiles.filter((p) => p.family === "general").length,
    abc: { themes: themeNames.size, themeNames: [...themeNames.values()], tubes: abcTubes.size, questions: abcQuestions },
    abcDiag: diag ? { questions: diag.questions.length, dimensions: diag.dimensions.length, minutes: { ...diag.minutes } } : null,
  };
}
