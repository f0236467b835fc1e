import {
  add,
  detectLevelUp,
  floor,
  fraction,
  masteryRate,
  profileMasteryRate,
  resetEligibility,
  retryEligibility,
  scoreCompetence,
  scoreFromPix,
  scoreProfile,
  sum,
  DAY_MS,
} from "@/lib/scoring";

const ke = (competenceId: string, num: number, den = 1, status: "validated" | "invalidated" = "validated") => ({
  competenceId,
  status,
  earnedPix: fraction(num, den),
});

describe("exact pix sums", () => {
  it("six skills of 8/6 make exactly 8 pix, level 1", () => {
    const six = Array.from({ length: 6 }, () => fraction(8, 6));
    const total = sum(six);
    expect(total).toEqual({ num: 8, den: 1 });
    expect(scoreFromPix(total).level).toBe(1);
    // the float sum would fall short
    expect(Array.from({ length: 6 }, () => 8 / 6).reduce((a, b) => a + b) < 8).toBe(true);
  });
  it.each([
    [[[8, 3], [8, 3], [8, 3]], 8],
    [[[8, 7], [8, 7], [8, 7], [8, 7], [8, 7], [8, 7], [8, 7]], 8],
    [[[8, 6], [8, 3], [4, 1]], 8],
    [[[8, 5], [8, 5], [8, 5], [8, 5], [8, 5], [8, 7]], 9],
  ])("floor of %j is %i", (parts, expected) => {
    expect(floor(sum(parts.map(([n, d]) => fraction(n, d))))).toBe(expected);
  });
  it("reduces fractions", () => {
    expect(add(fraction(8, 6), fraction(8, 6))).toEqual({ num: 8, den: 3 });
  });
});

describe("competence score", () => {
  it.each([
    // [exact pix, cap, level, shown pix, pixInLevel, pixToNextLevel, isMaxLevel]
    [fraction(0), 5, 0, 0, 0, 8, false],
    [fraction(23, 3), 5, 0, 7, 7, 1, false],
    [fraction(8), 5, 1, 8, 0, 8, false],
    [fraction(77, 3), 5, 3, 25, 1, 7, false],
    [fraction(39), 5, 4, 39, 7, 1, false],
    [fraction(40), 5, 5, 40, 0, 0, true],
    [fraction(52), 5, 5, 40, 0, 0, true],
    [fraction(52), 8, 6, 52, 4, 4, false],
    [fraction(64), 8, 8, 64, 0, 0, true],
  ])("%j pix with cap %i → level %i, shown %i", (pix, cap, level, shown, inLevel, toNext, isMax) => {
    const s = scoreFromPix(pix, { maxReachableLevel: cap });
    expect([s.level, s.pix, s.pixInLevel, s.pixToNextLevel, s.isMaxLevel]).toEqual([level, shown, inLevel, toNext, isMax]);
  });
  it("keeps pix above the cap without showing them", () => {
    const s = scoreCompetence([ke("c1", 30), ke("c1", 22), ke("c2", 5)], "c1");
    expect(s.exactPix).toEqual({ num: 52, den: 1 });
    expect(s.pix).toBe(40);
  });
  it("ignores invalidated knowledge", () => {
    expect(scoreCompetence([ke("c1", 8), ke("c1", 8, 1, "invalidated")], "c1").pix).toBe(8);
  });
  it("rejects an impossible cap", () => {
    expect(() => scoreFromPix(fraction(1), { maxReachableLevel: 9 })).toThrow();
  });
});

describe("profile total", () => {
  const competences = Array.from({ length: 16 }, (_, i) => ({ id: `c${i}` }));
  it("sums the shown pix of the 16 competences: 640 reachable, 1024 in theory", () => {
    const all = competences.map((c) => ke(c.id, 64));
    const today = scoreProfile(all, competences);
    expect([today.totalPix, today.reachableTotalPix, today.maxTotalPix]).toEqual([640, 640, 1024]);
    const later = scoreProfile(all, competences, { maxReachableLevel: 8 });
    expect([later.totalPix, later.reachableTotalPix]).toEqual([1024, 1024]);
  });
  it("floors each competence before summing", () => {
    const s = scoreProfile([ke("c0", 8, 3), ke("c1", 8, 3)], competences);
    expect(s.totalPix).toBe(4);
  });
});

describe("level-up", () => {
  it.each([
    [fraction(46, 6), fraction(8), { levelUp: true, from: 0, to: 1, level: 1 }],
    [fraction(8), fraction(12), { levelUp: false, level: 1 }],
    [fraction(39), fraction(44), { levelUp: true, from: 4, to: 5, level: 5 }],
    [fraction(40), fraction(48), { levelUp: false, level: 5 }],
  ])("%j → %j", (before, after, expected) => {
    expect(detectLevelUp(before, after)).toEqual(expected);
  });
});

describe("retry and reset delays", () => {
  const end = Date.UTC(2024, 0, 10, 12);
  it.each([
    [0, false, 4, false, 7],
    [1, false, 4, false, 7],
    [4 * DAY_MS - 1, false, 1, false, 4],
    [4 * DAY_MS, true, 0, false, 3],
    [6.5 * DAY_MS, true, 0, false, 1],
    [7 * DAY_MS, true, 0, true, 0],
  ])("%i ms after the end: retry %s (%i days left), reset %s (%i days left)", (elapsed, retry, retryLeft, reset, resetLeft) => {
    const now = new Date(end + elapsed);
    expect(retryEligibility(new Date(end), now)).toMatchObject({ allowed: retry, daysLeft: retryLeft });
    expect(resetEligibility(end, now)).toMatchObject({ allowed: reset, daysLeft: resetLeft });
  });
});

describe("mastery rate", () => {
  const skills = [1, 2, 3, 4, 5].map((level) => ({ id: `@t${level}`, tubeId: "@t", level, active: true }));
  const profile = { tubes: [{ tubeId: "@t", maxLevel: 4 }] };
  it.each([
    [[], 0],
    [["@t1"], 0.25],
    [["@t1", "@t2", "@t5"], 0.5],
    [["@t1", "@t2", "@t3", "@t4"], 1],
  ])("validated %j of a tube capped at 4 → %d", (validated, rate) => {
    const knowledge = validated.map((skillId) => ({ skillId, status: "validated" as const }));
    expect(profileMasteryRate(profile, skills, knowledge)).toBe(rate);
  });
  it("counts invalidated skills as not mastered and an empty target as 0", () => {
    expect(masteryRate(["a", "b"], [{ skillId: "a", status: "invalidated" }])).toBe(0);
    expect(masteryRate([], [])).toBe(0);
  });
});
