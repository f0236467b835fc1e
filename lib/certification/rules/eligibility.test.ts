import { checkEligibility, notEligibleReason } from "./eligibility";
import { ke, referential, validated } from "./test-helpers";

// six competences, each with two tubes of levels 1–6: every skill is worth 4 pix
const ids = ["competence-1.1", "competence-1.2", "competence-2.1", "competence-3.1", "competence-4.1", "competence-5.1"];
const ref = referential(Object.fromEntries(ids.map((id, i) => [id, { [`@t${i}`]: [1, 2, 3, 4, 5, 6], [`@u${i}`]: [1, 2, 3, 4, 5, 6] }])));

/** Both skills of every level up to `level` in competence number i: 8 pix per level. */
function upTo(i: number, level: number) {
  const skills: string[] = [];
  for (let l = 1; l <= level; l++) skills.push(`@t${i}${l}`, `@u${i}${l}`);
  return validated(ref, skills);
}

describe("eligibility: level 1 or more on at least 5 competences", () => {
  it.each([
    ["no knowledge", [0, 0, 0, 0, 0, 0], false, 0],
    ["3 competences", [1, 2, 3, 0, 0, 0], false, 3],
    ["4 competences", [1, 1, 1, 1, 0, 0], false, 4],
    ["exactly 5 competences at level 1", [1, 1, 1, 1, 1, 0], true, 5],
    ["6 competences", [2, 1, 3, 1, 4, 1], true, 6],
  ])("%s → eligible %s", (_name, levels, eligible, count) => {
    const knowledge = levels.flatMap((level, i) => upTo(i, level));
    const result = checkEligibility(knowledge, ref.competences);
    expect(result.eligible).toBe(eligible);
    expect(result.count).toBe(count);
    expect(result.required).toBe(5);
    expect(result.competences.map((c) => c.level)).toEqual(levels.filter((l) => l >= 1));
    expect(result.reason).toBe(eligible ? null : notEligibleReason(count));
  });

  it("says why in plain French", () => {
    expect(notEligibleReason(3)).toBe("Il faut un niveau 1 ou plus dans au moins 5 compétences. Vous en avez 3.");
    expect(notEligibleReason(0)).toBe("Il faut un niveau 1 ou plus dans au moins 5 compétences. Vous n'en avez aucune.");
  });

  it("a competence with 4 pix (level 0) does not count", () => {
    const knowledge = [...[0, 1, 2, 3].flatMap((i) => upTo(i, 1)), ...validated(ref, ["@t41"])];
    const result = checkEligibility(knowledge, ref.competences);
    expect(result.count).toBe(4);
    expect(result.eligible).toBe(false);
  });

  it("lists certifiable competences in the referential's order with their level and integer pix", () => {
    const knowledge = [...upTo(4, 2), ...upTo(0, 1), ...upTo(2, 3), ...validated(ref, ["@t24"])];
    expect(checkEligibility(knowledge, ref.competences).competences).toEqual([
      { competenceId: "competence-1.1", level: 1, pix: 8, exactPix: { num: 8, den: 1 } },
      { competenceId: "competence-2.1", level: 3, pix: 28, exactPix: { num: 28, den: 1 } },
      { competenceId: "competence-4.1", level: 2, pix: 16, exactPix: { num: 16, den: 1 } },
    ]);
  });

  it("inferred knowledge counts for the profile (it is scored), direct or not", () => {
    const knowledge = [0, 1, 2, 3, 4].flatMap((i) => [ke(ref, `@t${i}1`, "validated", "inferred"), ke(ref, `@u${i}1`, "validated", "inferred")]);
    expect(checkEligibility(knowledge, ref.competences).eligible).toBe(true);
  });

  it("only the latest element of a skill counts (a later failure cancels a success)", () => {
    const knowledge = [0, 1, 2, 3, 4].flatMap((i) => upTo(i, 1));
    knowledge.push(ke(ref, "@t01", "invalidated"));
    const result = checkEligibility(knowledge, ref.competences);
    expect(result.count).toBe(4);
  });

  it("levels and pix are capped at MAX_REACHABLE_LEVEL, exact pix kept", () => {
    const knowledge = [0, 1, 2, 3, 4].flatMap((i) => upTo(i, i === 0 ? 6 : 1));
    expect(checkEligibility(knowledge, ref.competences).competences[0]).toEqual({
      competenceId: "competence-1.1",
      level: 5,
      pix: 40,
      exactPix: { num: 48, den: 1 },
    });
    expect(checkEligibility(knowledge, ref.competences, { maxReachableLevel: 6 }).competences[0]!.level).toBe(6);
    expect(checkEligibility(knowledge, ref.competences, { maxReachableLevel: 6 }).competences[0]!.pix).toBe(48);
  });
});
