import {
  INCIDENT_CATEGORIES,
  INCIDENT_CATEGORY_LABELS,
  incidentCategorySchema,
  neutralisedQuestions,
  neutralisesQuestion,
  rescoreCertification,
  type IncidentCategory,
} from "./neutralisation";
import { scoreCertification, type ScoreCertificationInput } from "./score";

describe("which incidents neutralise their question", () => {
  it.each([
    ["question", "q1", true],
    ["technical", "q1", true],
    ["late-or-leaving", "q1", false],
    ["fraud", "q1", false],
    ["other", "q1", false],
    ["question", null, false],
    ["technical", undefined, false],
  ] as const)("%s tied to %s → %s", (category, challengeId, expected) => {
    expect(neutralisesQuestion({ category, challengeId })).toBe(expected);
    expect(neutralisedQuestions({ incidents: [{ category, challengeId }] }).size).toBe(expected ? 1 : 0);
  });

  it("every category has a French label and the schema refuses an unknown one in French", () => {
    for (const c of INCIDENT_CATEGORIES) expect(INCIDENT_CATEGORY_LABELS[c]).toMatch(/^[A-Z]/);
    expect(incidentCategorySchema.parse("question")).toBe("question");
    expect(incidentCategorySchema.safeParse("panne").error!.issues[0]!.message).toBe("Choisissez le type d'incident.");
  });
});

describe("staff decisions", () => {
  const incidents: { category: IncidentCategory; challengeId: string }[] = [
    { category: "question", challengeId: "q1" },
    { category: "technical", challengeId: "q2" },
    { category: "fraud", challengeId: "q3" },
  ];
  it.each([
    ["incidents only", {}, ["q1", "q2"]],
    ["an overrule removes an automatic neutralisation", { overruled: ["q2"] }, ["q1"]],
    ["staff neutralise a question by hand", { neutralisedByStaff: ["q3"] }, ["q1", "q2", "q3"]],
    ["a hand neutralisation wins over an overrule of the same question", { overruled: ["q1", "q3"], neutralisedByStaff: ["q3"] }, ["q2", "q3"]],
    ["ids outside the test are left out", { neutralisedByStaff: ["zz"], questions: ["q1", "q2", "q3"] }, ["q1", "q2"]],
  ] as const)("%s", (_name, decisions, expected) => {
    expect([...neutralisedQuestions({ incidents, ...decisions })].sort()).toEqual(expected);
  });
});

describe("neutralisation changes the outcome (rescoring = scoring again)", () => {
  // A: 3 questions, 2 right; B: 3 questions, all right → R = 5/6 = 83 %
  const base: Omit<ScoreCertificationInput, "neutralised"> = {
    competences: [
      { competenceId: "A", level: 3, pix: 26 },
      { competenceId: "B", level: 2, pix: 16 },
    ],
    questions: ["a1", "a2", "a3", "b1", "b2", "b3"].map((id) => ({ challengeId: id, competenceId: id[0]!.toUpperCase() })),
    answers: { a1: "ok", a2: "ok", a3: "ko", b1: "ok", b2: "ok", b3: "ok" },
  };

  it("a wrong question neutralised: n = 2, k = 2 → confirmed, even with low R", () => {
    const lowR = { ...base, answers: { ...base.answers, b1: "ko", b2: "ko" } } as const;
    const before = scoreCertification(lowR);
    expect(before.reproducibility.percent).toBe(50);
    expect(before.competences[0]).toMatchObject({ n: 3, k: 2, outcome: "lowered", level: 2, pix: 18 });
    const after = rescoreCertification(lowR, { incidents: [{ category: "question", challengeId: "a3" }] });
    expect(after.competences[0]).toMatchObject({ n: 2, k: 2, outcome: "confirmed", level: 3, pix: 26 });
    expect(after.totalPix).toBe(before.totalPix + 8);
  });

  it("neutralising the candidate's only failures lifts R above 50 %: rejected → validated", () => {
    const poor = { ...base, answers: { a1: "ko", a2: "ko", a3: "ko", b1: "ok", b2: "ok", b3: "ko" } } as const;
    expect(scoreCertification(poor).status).toBe("rejected");
    const after = rescoreCertification(poor, {
      incidents: [
        { category: "technical", challengeId: "a1" },
        { category: "technical", challengeId: "a2" },
        { category: "technical", challengeId: "a3" },
      ],
    });
    expect(after.status).toBe("validated");
    expect(after.competences.map((c) => [c.competenceId, c.n, c.k, c.outcome, c.level])).toEqual([
      ["A", 0, 0, "lowered", 2],
      ["B", 3, 2, "lowered", 1],
    ]);
  });

  it("an overrule before publication restores the first result", () => {
    const incidents = [{ category: "question", challengeId: "a3" }] as const;
    const neutralised = rescoreCertification(base, { incidents: [...incidents] });
    const overruled = rescoreCertification(base, { incidents: [...incidents], overruled: ["a3"] });
    expect(neutralised.competences[0]!.outcome).toBe("confirmed");
    expect(overruled).toEqual(scoreCertification(base));
  });
});
