import { centroidOf, kMeans, rmsGap, sqDistance } from "./kmeans";
import { seededRandom } from "./prng";

const N = NaN;

describe("distance with missing themes: shared themes only, rescaled to the full dimension", () => {
  test.each([
    ["all themes measured", [0, 0, 0], [1, 1, 0], 2],
    ["one theme missing on the person: 2 shared themes scaled by 3/2", [0, 0, N], [1, 0, 1], 1.5],
    ["one theme missing on the centre", [0.2, 0.4, 0.6], [0.2, N, 0.1], 0.375],
    ["missing on both sides, different themes", [N, 0.5, 0.5], [0.5, N, 0.5], 0],
    ["no shared theme counts as maximally different", [0.3, N], [N, 0.3], 2],
    ["identical vectors", [0.3, 0.7], [0.3, 0.7], 0],
  ])("%s", (_, x, c, expected) => {
    expect(sqDistance(x, c)).toBeCloseTo(expected, 12);
    expect(sqDistance(c, x)).toBeCloseTo(expected, 12);
  });

  test("the gap shown to mediators is a root-mean-square per theme, in [0, 1]", () => {
    expect(rmsGap([0.2, 0.8], [0.3, 0.7])).toBeCloseTo(0.1, 12);
    expect(rmsGap([0, 0, N], [1, 1, 1])).toBeCloseTo(1, 12);
  });
});

describe("centroid: mean per theme over the members measured on it", () => {
  test.each([
    ["plain mean", [[0, 1], [1, 0]], [0.5, 0.5]],
    ["missing values are left out, not counted as 0", [[0.2, N], [0.4, 0.9]], [0.3, 0.9]],
    ["a theme nobody measured stays missing", [[0.2, N], [0.4, N]], [0.3, N]],
  ])("%s", (_, points, expected) => {
    expect(centroidOf(points, points.map((__, i) => i), 2)).toEqual(expected.map((v) => (Number.isNaN(v) ? NaN : expect.closeTo(v, 12))));
  });
});

describe("k-means core", () => {
  test("never leaves a cluster empty, even with all points identical", () => {
    const points = Array.from({ length: 7 }, () => [0.5, 0.5]);
    const r = kMeans(points, 4, seededRandom("x"), 3);
    expect(new Set(r.assignment).size).toBe(4);
    expect(r.withinSS).toBe(0);
  });

  test("the best of several restarts is never worse than a single run", () => {
    const points = Array.from({ length: 60 }, (_, i) => [((i * 37) % 60) / 60, ((i * 11) % 60) / 60]);
    const one = kMeans(points, 4, seededRandom("s"), 1);
    const many = kMeans(points, 4, seededRandom("s"), 10);
    expect(many.withinSS).toBeLessThanOrEqual(one.withinSS + 1e-12);
  });
});

describe("seeded random numbers", () => {
  test("same seed, same sequence; different seed, different sequence; always in [0, 1)", () => {
    const draw = (seed: string) => {
      const r = seededRandom(seed);
      return Array.from({ length: 1000 }, () => r());
    };
    const a = draw("campagne-42");
    expect(draw("campagne-42")).toEqual(a);
    expect(draw("campagne-43")).not.toEqual(a);
    expect(a.every((v) => v >= 0 && v < 1)).toBe(true);
    const mean = a.reduce((s, v) => s + v, 0) / a.length;
    expect(mean).toBeGreaterThan(0.4);
    expect(mean).toBeLessThan(0.6);
  });
});
