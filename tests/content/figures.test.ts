import path from "node:path";
import { buildContentIndex, loadReferentialFrom } from "@/lib/content";
import { contentFigures } from "@/lib/content/figures";
import type { Challenge, Referential, Skill, TargetProfile } from "@/lib/content/types";
import { VALID } from "./helpers";

// A referential made by hand: only the fields contentFigures reads matter.
function skill(id: string, tubeId: string, active = true): Skill {
  return { id, name: id, tubeId, competenceId: "competence-1.1", level: 1, active } as Skill;
}
function challenge(id: string, skillId: string, active = true): Challenge {
  return { id, skillId, active } as Challenge;
}
function profile(id: string, family: "general" | "abc", themes: [string, string][], tubeIds: string[]): TargetProfile {
  return {
    id,
    family,
    themes: themes.map(([tid, name]) => ({ id: tid, name, tubeIds: [] })),
    tubes: tubeIds.map((tubeId) => ({ tubeId, maxLevel: 3 })),
  } as unknown as TargetProfile;
}
function referential(parts: Partial<Referential>): Referential {
  return { version: "x", areas: [], competences: [], tubes: [], skills: [], challenges: [], tutorials: [], targetProfiles: [], abcDiag: null, ...parts } as Referential;
}

describe("contentFigures on hand-made referentials", () => {
  const cases: { name: string; ref: Referential; expected: Record<string, unknown> }[] = [
    { name: "an empty referential counts zero everywhere", ref: referential({}), expected: { skills: 0, challenges: 0, abc: { themes: 0, themeNames: [], tubes: 0, questions: 0 }, abcDiag: null } },
    {
      name: "inactive skills and challenges are not counted, nor challenges of an inactive skill",
      ref: referential({
        skills: [skill("@a1", "@a"), skill("@a2", "@a", false)],
        challenges: [challenge("c1", "@a1"), challenge("c2", "@a1", false), challenge("c3", "@a2")],
      }),
      expected: { skills: 1, challenges: 1 },
    },
    {
      name: "ABC themes and tubes are counted once across profiles; general profiles are not ABC",
      ref: referential({
        skills: [skill("@abcX1", "@abcX"), skill("@abcY1", "@abcY"), skill("@gen1", "@gen")],
        challenges: [challenge("c1", "@abcX1"), challenge("c2", "@abcY1"), challenge("c3", "@abcY1", false), challenge("c4", "@gen1")],
        targetProfiles: [
          profile("abc-x", "abc", [["outils", "Les outils"]], ["@abcX"]),
          profile("abc-all", "abc", [["outils", "Les outils"], ["web", "Le web"]], ["@abcX", "@abcY"]),
          profile("gen", "general", [["g", "Général"]], ["@gen", "@abcX"]),
        ],
      }),
      expected: { generalTargetProfiles: 1, challenges: 3, abc: { themes: 2, themeNames: ["Les outils", "Le web"], tubes: 2, questions: 2 } },
    },
    {
      name: "ABC Diag: its questions, dimensions and duration",
      ref: referential({
        abcDiag: {
          name: "ABC Diag",
          description: "",
          minutes: { min: 5, max: 15 },
          dimensions: [{ id: "a", name: "", description: "", workOn: "" }, { id: "b", name: "", description: "", workOn: "" }],
          questions: [{ dimension: "a", gesture: "", challenge: challenge("d1", "abc-diag") }],
        },
      }),
      expected: { challenges: 0, abcDiag: { questions: 1, dimensions: 2, minutes: { min: 5, max: 15 } } },
    },
  ];
  test.each(cases)("$name", ({ ref, expected }) => {
    expect(contentFigures(ref)).toMatchObject(expected);
  });
});

describe("contentFigures against counts made another way", () => {
  test("the valid fixture gives the counts its files hold (9 skills and 11 challenges, @veille5 and its challenge retired)", () => {
    const f = contentFigures(loadReferentialFrom(VALID));
    expect(f).toMatchObject({ areas: 2, competences: 3, tubes: 4, skills: 8, challenges: 10, tutorials: 2, generalTargetProfiles: 1, abc: { themes: 0, tubes: 0, questions: 0 } });
  });

  test("the real content matches its indexes", () => {
    const ref = loadReferentialFrom(path.join(process.cwd(), "content"));
    const index = buildContentIndex(ref);
    const f = contentFigures(ref);

    expect(f.areas).toBe(index.areaByCode.size);
    expect(f.competences).toBe(index.competenceById.size);
    expect(f.tubes).toBe(index.tubeById.size);
    expect(f.tutorials).toBe(index.tutorialById.size);
    let skills = 0;
    let challenges = 0;
    for (const list of index.skillsByTube.values())
      for (const s of list) {
        if (!s.active) continue;
        skills += 1;
        challenges += (index.challengesBySkill.get(s.id) ?? []).filter((c) => c.active).length;
      }
    expect(f.skills).toBe(skills);
    expect(f.challenges).toBe(challenges);

    const abcTubes = new Set(ref.targetProfiles.filter((p) => p.family === "abc").flatMap((p) => p.tubes.map((t) => t.tubeId)));
    const abcQuestions = [...abcTubes]
      .flatMap((t) => index.skillsByTube.get(t) ?? [])
      .filter((s) => s.active)
      .flatMap((s) => index.challengesBySkill.get(s.id) ?? [])
      .filter((c) => c.active).length;
    const themes = new Set(ref.targetProfiles.filter((p) => p.family === "abc").flatMap((p) => p.themes.map((t) => t.id)));
    expect(f.abc).toMatchObject({ tubes: abcTubes.size, questions: abcQuestions, themes: themes.size });
    expect(f.abc.themeNames).toHaveLength(themes.size);
    expect(f.abcDiag).toEqual({ questions: index.abcDiagChallengeById.size, dimensions: ref.abcDiag!.dimensions.length, minutes: ref.abcDiag!.minutes });

    // what DESIGN.md promises of the referential
    expect(f).toMatchObject({ areas: 5, competences: 16, abcDiag: { questions: 10, dimensions: 3 } });
    expect(f.abc.themes).toBe(6);
  });
});
