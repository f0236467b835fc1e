// A synthetic referential for the simulator and the benchmark, built from a seed: competences
// 1.1 … 5.2, tubes of 2 to 8 levels, two challenges per skill (some timed), pix computed as
// lib/content does (8 ÷ active skills of the competence and level, at most 4).
import type { Challenge, Competence, Referential, Skill, TargetProfile, Tube } from "@/lib/content/types";
import { fraction } from "@/lib/scoring/fraction";
import { mulberry32, randomInt } from "./prng";

export const COMPETENCE_CODES = [
  "1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4", "4.1", "4.2", "4.3", "5.1", "5.2",
];

export type SyntheticOptions = {
  /** number of skills */
  skills: number;
  seed?: number;
  /** number of competences (default: one per ~45 skills, 1 to 16) */
  competences?: number;
  /** number of tubes (default: drawn, about one per 4.3 skills) */
  tubes?: number;
};

export function syntheticReferential(options: SyntheticOptions): Referential {
  const rng = mulberry32(options.seed ?? 20240601);
  const nCompetences = Math.max(1, Math.min(16, options.competences ?? Math.round(options.skills / 45)));
  const competences: Competence[] = COMPETENCE_CODES.slice(0, nCompetences).map((code) => ({
    id: `competence-${code}`,
    code,
    name: `Compétence ${code}`,
    description: "Compétence synthétique",
    areaCode: code[0] as Competence["areaCode"],
  }));
  const tubes: Tube[] = [];
  const skills: Skill[] = [];
  const challenges: Challenge[] = [];
  let remaining = options.skills;
  const sizes = options.tubes ? tubeSizes(options.skills, options.tubes, rng) : null;
  let t = 0;
  while (remaining > 0) {
    const r = rng();
    let size = sizes ? sizes[t] : r < 0.05 ? 8 : r < 0.1 ? 7 : randomInt(rng, 2, 6);
    size = Math.min(size, remaining);
    remaining -= size;
    const competence = competences[t % competences.length];
    const name = `@synth${String(t).padStart(3, "0")}`;
    tubes.push({ id: name, name, title: `Sujet ${t}`, description: "Sujet synthétique", competenceId: competence.id });
    // levels 1..size, with an occasional gap in the middle for tubes of 4 or more
    const levels = Array.from({ length: size }, (_, k) => k + 1);
    if (size >= 4 && size < 8 && rng() < 0.1) levels[size - 1] = size + 1;
    for (const level of levels) {
      const skillId = `${name}${level}`;
      skills.push({
        id: skillId,
        name: skillId,
        tubeId: name,
        competenceId: competence.id,
        level,
        active: true,
        pix: { num: 0, den: 1 },
        pixValue: 0,
        successTutorialIds: [],
        learnMoreTutorialIds: [],
      });
      for (const suffix of ["a", "b"]) {
        const timed = rng() < 0.1;
        challenges.push({
          id: `ch-${skillId.slice(1)}-${suffix}`,
          skillId,
          type: "QCU",
          instruction: "Question synthétique",
          proposals: [
            { id: "1", text: "oui" },
            { id: "2", text: "non" },
          ],
          fields: [],
          solution: { type: "QCU", proposalId: "1" },
          tolerances: [],
          nearMisses: [],
          explanation: "",
          timer: timed ? 60 : null,
          focused: false,
          shuffle: true,
          active: true,
        });
      }
    }
    t++;
  }
  // pix: 8 / (active skills of the same competence and level), at most 4
  const counts = new Map<string, number>();
  for (const s of skills) counts.set(`${s.competenceId}|${s.level}`, (counts.get(`${s.competenceId}|${s.level}`) ?? 0) + 1);
  for (const s of skills) {
    const n = counts.get(`${s.competenceId}|${s.level}`)!;
    s.pix = n === 1 ? fraction(4) : fraction(8, n);
    s.pixValue = s.pix.num / s.pix.den;
  }
  const targetProfiles: TargetProfile[] = [
    {
      id: "synthetic-all",
      name: "Tout le référentiel synthétique",
      description: "",
      family: "general",
      tubes: tubes.map((x) => ({ tubeId: x.id, maxLevel: 8 })),
      themes: [{ id: "tout", name: "Tout", tubeIds: tubes.map((x) => x.id) }],
      stages: [],
    },
    {
      id: "synthetic-capped",
      name: "Sujets plafonnés au niveau 4",
      description: "",
      family: "general",
      tubes: tubes.map((x) => ({ tubeId: x.id, maxLevel: 4 })),
      themes: [{ id: "tout", name: "Tout", tubeIds: tubes.map((x) => x.id) }],
      stages: [],
    },
  ];
  return {
    abcDiag: null,
    version: `synthetic-${options.skills}-${options.seed ?? 20240601}`,
    areas: ["1", "2", "3", "4", "5"].map((code) => ({ code: code as Competence["areaCode"], name: `Domaine ${code}`, color: `area-${code}` })),
    competences,
    tubes,
    skills,
    challenges,
    tutorials: [],
    targetProfiles,
  };
}

/** `tubes` sizes in 2..8 adding up to `skills`. */
function tubeSizes(skills: number, tubes: number, rng: () => number): number[] {
  if (skills < 2 * tubes || skills > 8 * tubes) throw new RangeError("tubes hold 2 to 8 skills");
  const sizes = Array.from({ length: tubes }, () => Math.floor(skills / tubes));
  for (let extra = skills - sizes[0] * tubes, i = 0; extra > 0; extra--, i++) sizes[i]++;
  for (let k = 0; k < tubes * 3; k++) {
    const i = Math.floor(rng() * tubes);
    const j = Math.floor(rng() * tubes);
    if (i !== j && sizes[i] > 2 && sizes[j] < 8) {
      sizes[i]--;
      sizes[j]++;
    }
  }
  return sizes;
}
