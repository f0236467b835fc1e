import { challengeStats, formatPercent, formatSeconds, type ChallengeAnswerCounts } from "@/lib/admin/content/challenge-stats";

const counts = (over: Partial<ChallengeAnswerCounts>): ChallengeAnswerCounts => ({ total: 0, ok: 0, skipped: 0, unplayable: 0, meanTimeMs: null, ...over });

describe("challengeStats: rates", () => {
  test.each([
    ["no answer: no rate", counts({}), null, null],
    ["all ok", counts({ total: 10, ok: 10 }), 1, 0],
    ["skipped count as not succeeded and in the skip rate", counts({ total: 10, ok: 5, skipped: 5 }), 0.5, 0.5],
    ["unplayable answers are left out of the success rate only", counts({ total: 10, ok: 4, unplayable: 2 }), 0.5, 0],
    ["only unplayable: no success rate", counts({ total: 3, unplayable: 3 }), null, 0],
    ["one skip in four", counts({ total: 4, ok: 1, skipped: 1 }), 0.25, 0.25],
  ])("%s", (_name, c, success, skip) => {
    const s = challengeStats(c, 3);
    expect(s.successRate).toBe(success);
    expect(s.skipRate).toBe(skip);
    expect(s.served).toBe(c.total);
  });
});

describe("challengeStats: warnings", () => {
  test.each([
    ["level 5 succeeded by 29 of 30: too easy", counts({ total: 30, ok: 29 }), 5, /Réussie par 97\s% des personnes alors qu'elle est de niveau 5 : elle est peut-être trop facile\./],
    ["level 4 succeeded by 28 of 30 (93 %): too easy", counts({ total: 30, ok: 28 }), 4, /trop facile/],
    ["level 3 succeeded by 30 of 30: level too low to warn", counts({ total: 30, ok: 30 }), 3, null],
    ["level 5 at exactly 90 %: no warning", counts({ total: 30, ok: 27 }), 5, null],
    ["level 5 with 29 answers all ok: too few answers", counts({ total: 29, ok: 29 }), 5, null],
    ["level 1 succeeded by 5 of 30 (17 %): too hard", counts({ total: 30, ok: 5 }), 1, /Réussie par seulement 17\s% des personnes alors qu'elle est de niveau 1/],
    ["level 2 succeeded by 0 of 40: too hard", counts({ total: 40 }), 2, /niveau 2 : elle est peut-être trop difficile/],
    ["level 3 succeeded by 0 of 40: no warning", counts({ total: 40 }), 3, null],
    ["level 1 at exactly 20 %: no warning", counts({ total: 30, ok: 6 }), 1, null],
    ["unknown level: no warning", counts({ total: 100, ok: 100 }), null, null],
    ["30 answers of which 30 unplayable: no rate, no warning", counts({ total: 30, unplayable: 30 }), 1, null],
  ])("%s", (_name, c, level, expected) => {
    const w = challengeStats(c, level).warning;
    if (expected === null) expect(w).toBeNull();
    else expect(w).toMatch(expected);
  });
});

describe("French formats", () => {
  test.each([
    [0.95, "95\u00a0%"],
    [29 / 30, "97\u00a0%"],
    [0, "0\u00a0%"],
    [1, "100\u00a0%"],
  ])("formatPercent(%p) = %p", (rate, text) => expect(formatPercent(rate)).toBe(text));
  test.each([
    [12_480, "12,5\u00a0s"],
    [3_000, "3\u00a0s"],
    [61_040, "61\u00a0s"],
  ])("formatSeconds(%p) = %p", (ms, text) => expect(formatSeconds(ms)).toBe(text));
});
