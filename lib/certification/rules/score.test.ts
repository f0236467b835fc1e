import {
  competenceOutcome,
  scoreCertification,
  type CertificationAnswerStatus,
  type CompetenceOutcome,
  type ScoreCertificationInput,
} from "./score";

const C = "competence-C";

type Built = ScoreCertificationInput & { neutralised: string[] };

/**
 * A test where competence C (profile level 3, 28 pix) has 3 planned questions: `n` counted, `k`
 * of them right, the other 3 − n neutralised; filler competences (3 questions each, profile
 * level 2, 16 pix) bring the whole test to `correct` right out of `counted`.
 */
function build(n: number, k: number, correct: number, counted: number): Built {
  const competences = [{ competenceId: C, level: 3, pix: 28 }];
  const questions: ScoreCertificationInput["questions"][number][] = [];
  const answers = new Map<string, CertificationAnswerStatus>();
  const neutralised: string[] = [];
  for (let i = 0; i < 3; i++) {
    const id = `c${i}`;
    questions.push({ challengeId: id, competenceId: C });
    if (i >= n) {
      neutralised.push(id);
      answers.set(id, "ok"); // a neutralised question does not count, even when right
    } else answers.set(id, i < k ? "ok" : "ko");
  }
  const fillerCounted = counted - n;
  const fillerCorrect = correct - k;
  if (fillerCorrect < 0 || fillerCorrect > fillerCounted) throw new Error("impossible test");
  for (let i = 0; i < fillerCounted; i++) {
    const competenceId = `filler-${Math.floor(i / 3)}`;
    if (i % 3 === 0) competences.push({ competenceId, level: 2, pix: 16 });
    questions.push({ challengeId: `f${i}`, competenceId });
    answers.set(`f${i}`, i < fillerCorrect ? "ok" : "ko");
  }
  return { competences, questions, answers, neutralised };
}

const R = {
  "just under 50 %": [49, 99],
  "at 50 %": [50, 100],
  "just under 80 %": [79, 99],
  "at 80 %": [80, 100],
} as const;

type Expected = CompetenceOutcome;
/** [n, k, outcome when 50 % ≤ R < 80 %, outcome when R ≥ 80 %] */
const TABLE: [number, number, Expected, Expected][] = [
  [3, 3, "confirmed", "confirmed"],
  [3, 2, "lowered", "confirmed"],
  [3, 1, "not-certified", "not-certified"],
  [3, 0, "not-certified", "not-certified"],
  [2, 2, "confirmed", "confirmed"],
  [2, 1, "lowered", "lowered"],
  [2, 0, "not-certified", "not-certified"],
  [1, 1, "lowered", "confirmed"],
  [1, 0, "not-certified", "not-certified"],
  [0, 0, "lowered", "lowered"],
];

const CELLS = TABLE.flatMap(([n, k, low, high]) =>
  (Object.keys(R) as (keyof typeof R)[]).map((r) => {
    const expected: Expected | "rejected" = r === "just under 50 %" ? "rejected" : r === "at 80 %" ? high : low;
    return [n, k, r, expected] as const;
  }),
);

const CERTIFIED: Record<CompetenceOutcome, { level: number; pix: number }> = {
  confirmed: { level: 3, pix: 28 },
  lowered: { level: 2, pix: 20 },
  "not-certified": { level: 0, pix: 0 },
};

describe("the rule table, every cell at every threshold of R", () => {
  it.each(CELLS)("n = %i, k = %i, R %s → %s", (n, k, r, expected) => {
    const [correct, counted] = R[r];
    const result = scoreCertification(build(n, k, correct, counted));
    expect(result.reproducibility).toMatchObject({ correct, counted });
    expect(result.reproducibility.rate!.num * counted).toBe(correct * result.reproducibility.rate!.den);
    const c = result.competences.find((x) => x.competenceId === C)!;
    expect({ n: c.n, k: c.k }).toEqual({ n, k });
    if (expected === "rejected") {
      expect(result.status).toBe("rejected");
      expect(result.rejectionReason).toBe("low-reproducibility");
      expect(result.totalPix).toBe(0);
      expect(result.competences.every((x) => x.outcome === "not-certified" && x.level === 0 && x.pix === 0)).toBe(true);
    } else {
      expect(result.status).toBe("validated");
      expect(result.rejectionReason).toBeNull();
      expect(c.tableOutcome).toBe(expected);
      expect(c.outcome).toBe(expected);
      expect({ level: c.level, pix: c.pix }).toEqual(CERTIFIED[expected]);
      expect(result.totalPix).toBe(result.competences.reduce((s, x) => s + x.pix, 0));
    }
  });

  it.each(TABLE.flatMap(([n, k, low, high]) => [[n, k, false, low], [n, k, true, high]] as const))(
    "competenceOutcome(n = %i, k = %i, R ≥ 80 %% %s) → %s",
    (n, k, high, expected) => expect(competenceOutcome(n, k, high)).toBe(expected),
  );

  it.each([
    [4, 4],
    [2, 3],
    [-1, 0],
    [1, 0.5],
  ])("no rule for n = %d, k = %d", (n, k) => expect(() => competenceOutcome(n, k, true)).toThrow(RangeError));
});

describe("reproducibility rate", () => {
  it.each([
    [49, 99, 49],
    [79, 99, 79],
    [80, 100, 80],
    [2, 3, 66],
    [199, 200, 99],
  ])("%i right out of %i shows %i %% (rounded down, never past a threshold it did not reach)", (correct, counted, percent) => {
    expect(scoreCertification(build(0, 0, correct, counted)).reproducibility.percent).toBe(percent);
  });

  it("is exact: 4 out of 5 is 80 %, and confirms", () => {
    const result = scoreCertification(build(1, 1, 4, 5));
    expect(result.reproducibility.rate).toEqual({ num: 4, den: 5 });
    expect(result.competences[0]!.outcome).toBe("confirmed");
  });

  it("no counted question at all (everything neutralised): rejected, nothing was measured", () => {
    const result = scoreCertification(build(0, 0, 0, 0));
    expect(result).toMatchObject({ status: "rejected", rejectionReason: "no-counted-question", totalPix: 0 });
    expect(result.reproducibility).toEqual({ rate: null, correct: 0, counted: 0, percent: null });
  });
});

describe("answer statuses", () => {
  const competences = [
    { competenceId: "A", level: 2, pix: 17 },
    { competenceId: "B", level: 4, pix: 35 },
  ];
  const questions = ["a1", "a2", "a3", "b1", "b2", "b3"].map((id) => ({ challengeId: id, competenceId: id[0]!.toUpperCase() }));

  it.each([
    ["ko", false],
    ["skipped", false],
    ["timedout", false],
    ["focusedOut", false],
    ["unanswered", false],
    ["ok", true],
  ] as const)("%s counts as answered, right: %s", (status, right) => {
    const result = scoreCertification({ competences, questions, answers: { a1: "ok", a2: "ok", a3: "ok", b1: "ok", b2: "ok", b3: status } });
    expect(result.reproducibility).toMatchObject({ counted: 6, correct: right ? 6 : 5 });
    const b = result.competences[1]!;
    expect({ n: b.n, k: b.k, outcome: b.outcome }).toEqual({ n: 3, k: right ? 3 : 2, outcome: "confirmed" });
  });

  it("a question never answered (time ran out, test ended) is unanswered and counts as wrong", () => {
    const result = scoreCertification({ competences, questions, answers: new Map([["a1", "ok"], ["a2", "ok"], ["a3", "ok"], ["b1", "ok"]]) });
    expect(result.questions.filter((q) => q.status === "unanswered").map((q) => q.challengeId)).toEqual(["b2", "b3"]);
    expect(result.reproducibility).toMatchObject({ counted: 6, correct: 4, percent: 66 });
    expect(result.competences.map((c) => [c.competenceId, c.n, c.k, c.outcome, c.level, c.pix])).toEqual([
      ["A", 3, 3, "confirmed", 2, 17],
      ["B", 3, 1, "not-certified", 0, 0],
    ]);
    expect(result.totalPix).toBe(17);
  });

  it("ended before the first answer: every question unanswered, rejected", () => {
    expect(scoreCertification({ competences, questions, answers: {} })).toMatchObject({ status: "rejected", rejectionReason: "low-reproducibility" });
  });

  it("an unplayable question (gesture with JavaScript off) counts like a neutralised one", () => {
    const result = scoreCertification({ competences, questions, answers: { a1: "ok", a2: "ok", a3: "ok", b1: "ok", b2: "ok", b3: "unplayable" } });
    expect(result.reproducibility).toMatchObject({ counted: 5, correct: 5 });
    expect(result.competences[1]).toMatchObject({ planned: 3, n: 2, k: 2, outcome: "confirmed" });
  });

  it("refuses an answer to a question that is not in the test, and a question planned twice", () => {
    expect(() => scoreCertification({ competences, questions, answers: { zz: "ok" } })).toThrow(/not a question of the test/);
    expect(() => scoreCertification({ competences, questions: [...questions, questions[0]!], answers: {} })).toThrow(/planned twice/);
  });
});

describe("levels and pix", () => {
  const one = (level: number, pix: number, statuses: CertificationAnswerStatus[], neutralised: string[] = []) => {
    const questions = statuses.map((_, i) => ({ challengeId: `q${i}`, competenceId: "X" }));
    const answers = Object.fromEntries(statuses.map((s, i) => [`q${i}`, s]));
    // a second competence, all right, keeps R at 50 % or more
    const fill = ["ok", "ok", "ok"].map((_, i) => ({ challengeId: `y${i}`, competenceId: "Y" }));
    return scoreCertification({
      competences: [
        { competenceId: "X", level, pix },
        { competenceId: "Y", level: 1, pix: 8 },
      ],
      questions: [...questions, ...fill],
      answers: { ...answers, y0: "ok", y1: "ok", y2: "ok" },
      neutralised,
    }).competences[0]!;
  };

  it.each([
    ["lowered from level 1 → not certified", 1, 12, ["ok", "ko"], "lowered", "not-certified", 0, 0],
    ["lowered from level 2 → level 1, pix − 8", 2, 19, ["ok", "ko"], "lowered", "lowered", 1, 11],
    ["lowered from level 5 → level 4", 5, 40, ["ok", "ko"], "lowered", "lowered", 4, 32],
    ["confirmed keeps the profile's level and pix", 4, 37, ["ok", "ok"], "confirmed", "confirmed", 4, 37],
    ["all neutralised at level 1 → not certified", 1, 8, ["ok", "ok", "ok"], "lowered", "not-certified", 0, 0],
  ] as const)("%s", (_name, level, pix, statuses, table, outcome, certifiedLevel, certifiedPix) => {
    const neutralised = _name.startsWith("all neutralised") ? ["q0", "q1", "q2"] : [];
    const c = one(level, pix, [...statuses], neutralised);
    expect({ tableOutcome: c.tableOutcome, outcome: c.outcome, level: c.level, pix: c.pix }).toEqual({
      tableOutcome: table,
      outcome,
      level: certifiedLevel,
      pix: certifiedPix,
    });
  });

  it("the profile's level and pix are capped at MAX_REACHABLE_LEVEL, as lib/scoring shows them", () => {
    expect(one(6, 50, ["ok", "ok"])).toMatchObject({ profileLevel: 5, profilePix: 40, level: 5, pix: 40 });
    expect(one(6, 50, ["ok", "ko"])).toMatchObject({ level: 4, pix: 32 });
  });

  it("a competence with no planned question is not certified", () => {
    const result = scoreCertification({
      competences: [
        { competenceId: "X", level: 3, pix: 24 },
        { competenceId: "Y", level: 2, pix: 16 },
      ],
      questions: [{ challengeId: "y0", competenceId: "Y" }],
      answers: { y0: "ok" },
    });
    expect(result.competences[0]).toMatchObject({ planned: 0, n: 0, outcome: "not-certified", level: 0, pix: 0 });
    expect(result.totalPix).toBe(16);
  });

  it("refuses pix or levels that are not integers", () => {
    expect(() => one(2, 16.5, ["ok"])).toThrow(/integers/);
  });
});
