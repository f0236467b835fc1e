import type { KnowledgeElement } from "@/lib/engine";
import type { Referential } from "@/lib/content/types";
import { challengeNeedsJavaScript, composeTest, notComposableReason, type ComposeTestInput } from "./compose-test";
import { challenge, ke, referential, validated } from "./test-helpers";

const C = "competence-1.1";

function compose(
  ref: Referential,
  knowledge: KnowledgeElement[],
  extra: Partial<ComposeTestInput> = {},
  competences: ComposeTestInput["competences"] = [{ competenceId: C, level: 3, pix: 24 }],
) {
  return composeTest({ referential: ref, knowledge, competences, answeredChallengeIds: [], seed: "cert-1", ...extra });
}

const skillsOf = (r: ReturnType<typeof composeTest>) => r.questions.map((q) => q.skillId);

describe("composition inside one competence", () => {
  it.each([
    ["hardest first", { "@a": [1, 2, 3, 4, 5], "@b": [1, 2, 6], "@c": [1, 2, 7] }, ["@a5", "@b6", "@c7", "@a1"], ["@c7", "@b6", "@a5"]],
    ["spread across tubes before a second skill of a tube", { "@a": [3, 4, 5], "@b": [2], "@c": [1] }, ["@a3", "@a4", "@a5", "@b2", "@c1"], ["@a5", "@b2", "@c1"]],
    ["a second skill of a tube once every tube gave one", { "@a": [4, 5], "@b": [2] }, ["@a4", "@a5", "@b2"], ["@a5", "@a4", "@b2"]],
    ["a third skill of one tube when it is the only one", { "@a": [1, 2, 3, 4] }, ["@a1", "@a2", "@a3", "@a4"], ["@a4", "@a3", "@a2"]],
    ["fewer when fewer exist: 2 skills", { "@a": [2, 3] }, ["@a2", "@a3"], ["@a3", "@a2"]],
    ["fewer when fewer exist: 1 skill", { "@a": [2, 3] }, ["@a2"], ["@a2"]],
  ])("%s", (_name, tubes, direct, expected) => {
    const ref = referential({ [C]: tubes });
    const result = compose(ref, validated(ref, direct));
    expect(skillsOf(result)).toEqual(expected);
    expect(result.competences[0]).toMatchObject({ planned: expected.length, certifiable: true, reason: null });
    expect(result.questions.map((q) => q.level)).toEqual([...result.questions.map((q) => q.level)].sort((a, b) => b - a));
  });

  it("never serves a challenge the candidate already answered: another challenge of the skill, or another skill", () => {
    const ref = referential({ [C]: { "@a": [5], "@b": [4], "@c": [3], "@d": [2] } });
    const answered = ["ch-a-5-a", "ch-b-4-a", "ch-b-4-b"];
    const result = compose(ref, validated(ref, ["@a5", "@b4", "@c3", "@d2"]), { answeredChallengeIds: answered });
    expect(result.questions.map((q) => q.challengeId)).toEqual(["ch-a-5-b", expect.stringMatching(/^ch-c-3-/), expect.stringMatching(/^ch-d-2-/)]);
    for (const q of result.questions) expect(answered).not.toContain(q.challengeId);
  });

  it("never uses inferred knowledge, even for harder skills", () => {
    const ref = referential({ [C]: { "@a": [1, 2, 3, 4, 5], "@b": [1, 2, 3] } });
    const knowledge = [ke(ref, "@a2"), ke(ref, "@a5", "validated", "inferred"), ke(ref, "@a4", "validated", "inferred"), ke(ref, "@b3", "validated", "inferred"), ke(ref, "@b1")];
    expect(skillsOf(compose(ref, knowledge))).toEqual(["@a2", "@b1"]);
  });

  it("never uses a skill whose latest element is a failure, nor an invalidated one", () => {
    const ref = referential({ [C]: { "@a": [1, 2, 3] } });
    const knowledge = [ke(ref, "@a3"), ke(ref, "@a3", "invalidated"), ke(ref, "@a2"), ke(ref, "@a1", "invalidated")];
    expect(skillsOf(compose(ref, knowledge))).toEqual(["@a2"]);
  });

  it("only active challenges of active skills", () => {
    const ref = referential({ [C]: { "@a": [1, 2, 3, 4] } }, { inactive: ["ch-a-4-a", "ch-a-4-b", "ch-a-3-a"], inactiveSkills: ["@a2"] });
    const result = compose(ref, validated(ref, ["@a1", "@a2", "@a3", "@a4"]));
    expect(result.questions.map((q) => q.challengeId)).toEqual(["ch-a-3-b", expect.stringMatching(/^ch-a-1-/)]);
  });

  it.each([
    ["only inferred skills", "no-direct-skill", (ref: Referential) => [ke(ref, "@a2", "validated", "inferred")], []],
    ["no knowledge of the competence", "no-direct-skill", () => [], []],
    ["every challenge already answered", "no-challenge-left", (ref: Referential) => validated(ref, ["@a2"]), ["ch-a-2-a", "ch-a-2-b"]],
  ] as const)("with none (%s) the competence is not certifiable: %s", (_name, reason, knowledge, answered) => {
    const ref = referential({ [C]: { "@a": [1, 2] } });
    const result = compose(ref, knowledge(ref), { answeredChallengeIds: answered });
    expect(result.questions).toEqual([]);
    expect(result.competences).toEqual([{ competenceId: C, level: 3, pix: 24, planned: 0, certifiable: false, reason }]);
    expect(result.certifiableCount).toBe(0);
  });
});

describe("determinism: the seed decides ties and the challenge of a skill", () => {
  const ref = referential({ [C]: { "@a": [3], "@b": [3], "@c": [3], "@d": [3], "@e": [3] } }, { perSkill: 4 });
  const knowledge = validated(ref, ["@a3", "@b3", "@c3", "@d3", "@e3"]);
  const ids = (seed: string) => compose(ref, knowledge, { seed }).questions.map((q) => q.challengeId);

  it("same certification, same test", () => {
    expect(ids("cert-42")).toEqual(ids("cert-42"));
    expect(compose(ref, [...knowledge].reverse(), { seed: "cert-42" }).questions.map((q) => q.challengeId)).toEqual(ids("cert-42"));
  });
  it("different certifications get different tests (skills and challenges)", () => {
    const seeds = Array.from({ length: 20 }, (_, i) => `cert-${i}`);
    const tests = new Set(seeds.map((s) => ids(s).join(",")));
    const skillChoices = new Set(seeds.map((s) => compose(ref, knowledge, { seed: s }).questions.map((q) => q.skillId).sort().join(",")));
    const challengeLetters = new Set(seeds.flatMap((s) => ids(s).map((id) => id.slice(-1))));
    expect(tests.size).toBeGreaterThan(10);
    expect(skillChoices.size).toBeGreaterThan(3);
    expect(challengeLetters).toEqual(new Set(["a", "b", "c", "d"]));
  });
  it("the seed never beats a harder skill or an unused tube", () => {
    const ref2 = referential({ [C]: { "@a": [5, 6], "@b": [2], "@c": [2] } });
    for (let i = 0; i < 20; i++) {
      const r = compose(ref2, validated(ref2, ["@a5", "@a6", "@b2", "@c2"]), { seed: `s${i}` });
      expect(skillsOf(r)[0]).toBe("@a6");
      expect(skillsOf(r).slice(1).sort()).toEqual(["@b2", "@c2"]);
    }
  });
});

describe("challenges that need JavaScript (gestures)", () => {
  it("the default test recognises gesture simulators", () => {
    expect(challengeNeedsJavaScript(challenge("ch-x", "@x1", { gesture: true }))).toBe(true);
    expect(challengeNeedsJavaScript(challenge("ch-y", "@y1"))).toBe(false);
  });
  it("inside a skill, a challenge playable without JavaScript is preferred", () => {
    const ref = referential({ [C]: { "@a": [2] } }, { perSkill: 3, gestures: ["ch-a-2-a", "ch-a-2-b"] });
    for (let i = 0; i < 10; i++) {
      expect(compose(ref, validated(ref, ["@a2"]), { seed: `s${i}` }).questions[0]!.challengeId).toBe("ch-a-2-c");
    }
  });
  it("a skill with only gesture challenges is used only when no other skill is left", () => {
    const ref = referential({ [C]: { "@g": [6], "@a": [1, 2], "@b": [3] } }, { gestures: ["ch-g-6-a", "ch-g-6-b"] });
    expect(skillsOf(compose(ref, validated(ref, ["@g6", "@a1", "@a2", "@b3"])))).toEqual(["@b3", "@a2", "@a1"]);
    expect(skillsOf(compose(ref, validated(ref, ["@g6", "@a2", "@b3"])))).toEqual(["@g6", "@b3", "@a2"]);
  });
  it("the caller may say which challenges need JavaScript", () => {
    const ref = referential({ [C]: { "@a": [3], "@b": [1] } }, { perSkill: 1 });
    const r = compose(ref, validated(ref, ["@a3", "@b1"]), { needsJavaScript: (c) => c.id === "ch-a-3-a" });
    expect(skillsOf(r)).toEqual(["@a3", "@b1"]);
    expect(r.questions.length).toBe(2);
  });
});

describe("the whole test", () => {
  const comps = ["competence-1.1", "competence-1.2", "competence-2.1", "competence-3.1", "competence-4.1", "competence-5.1"];
  const ref = referential(Object.fromEntries(comps.map((id, i) => [id, { [`@x${i}`]: [1, 2, 3, 4], [`@y${i}`]: [1, 2] }])));
  const all = comps.flatMap((_, i) => validated(ref, [`@x${i}1`, `@x${i}2`, `@x${i}3`, `@y${i}1`, `@y${i}2`]));
  const profile = comps.map((competenceId, i) => ({ competenceId, level: i + 1, pix: 8 * (i + 1) + 1 }));

  it("orders questions by competence in the referential, whatever the input order, and keeps the profile's level and pix", () => {
    const r = compose(ref, all, {}, [...profile].reverse());
    expect(r.questions).toHaveLength(18);
    expect([...new Set(r.questions.map((q) => q.competenceId))]).toEqual(comps);
    // competence 1.1: @x03 first (hardest), then one level-2 skill of each tube, in an order the seed decides
    const first = r.questions.slice(0, 3);
    expect(first.map((q) => q.level)).toEqual([3, 2, 2]);
    expect(first[0]).toEqual({ challengeId: expect.stringMatching(/^ch-x0-3-/), skillId: "@x03", level: 3, competenceId: "competence-1.1" });
    expect(first.slice(1).map((q) => q.skillId).sort()).toEqual(["@x02", "@y02"]);
    expect(r.competences.map((c) => [c.competenceId, c.level, c.pix, c.planned])).toEqual(profile.map((p) => [p.competenceId, p.level, p.pix, 3]));
    expect(r).toMatchObject({ certifiableCount: 6, eligible: true, reason: null });
  });

  it("every question is unique and belongs to a directly validated skill", () => {
    const r = compose(ref, all);
    const used = new Set(r.questions.map((q) => q.challengeId));
    expect(used.size).toBe(r.questions.length);
    const direct = new Set(all.map((k) => k.skillId));
    for (const q of r.questions) {
      expect(direct.has(q.skillId)).toBe(true);
      expect(ref.challenges.find((c) => c.id === q.challengeId)?.skillId).toBe(q.skillId);
    }
  });

  it("fewer than 5 competences with questions: not eligible, with a reason", () => {
    const answered = ref.challenges.filter((c) => c.skillId.startsWith("@x5") || c.skillId.startsWith("@y5") || c.skillId.startsWith("@x4") || c.skillId.startsWith("@y4")).map((c) => c.id);
    const r = compose(ref, all, { answeredChallengeIds: answered }, profile);
    expect(r.certifiableCount).toBe(4);
    expect(r.eligible).toBe(false);
    expect(r.reason).toBe(notComposableReason(4));
    expect(r.competences.filter((c) => !c.certifiable).map((c) => [c.competenceId, c.reason])).toEqual([
      ["competence-4.1", "no-challenge-left"],
      ["competence-5.1", "no-challenge-left"],
    ]);
  });

  it("refuses a competence the referential does not know", () => {
    expect(() => compose(ref, all, {}, [{ competenceId: "competence-9.9", level: 1, pix: 8 }])).toThrow(/unknown competence/);
  });
});
