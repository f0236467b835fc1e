import { DEFAULT_TEST_MINUTES, testDeadline, testMinutes } from "./timing";

describe("test duration: 105 minutes plus extra time, rounded up for the candidate", () => {
  it.each([
    [0, 105, 105],
    [10, 105, 116], // 115.5
    [25, 105, 132], // 131.25
    [33, 105, 140], // 139.65
    [50, 105, 158], // 157.5
    [100, 105, 210],
    [20, 60, 72],
  ])("%i %% extra on %i min → %i min", (extra, base, minutes) => expect(testMinutes(extra, base)).toBe(minutes));

  it("defaults to 105 minutes", () => {
    expect(DEFAULT_TEST_MINUTES).toBe(105);
    expect(testMinutes()).toBe(105);
  });

  it("the deadline is the start plus the allowed minutes", () => {
    const start = Date.UTC(2026, 0, 15, 9, 0);
    expect(testDeadline(start, 33)).toBe(Date.UTC(2026, 0, 15, 11, 20));
  });

  it.each([[-1], [101], [Number.NaN]])("refuses %d %% of extra time", (extra) => expect(() => testMinutes(extra)).toThrow(RangeError));
  it("refuses a duration that is not a whole positive number of minutes", () => expect(() => testMinutes(0, 0)).toThrow(RangeError));
});
