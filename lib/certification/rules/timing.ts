// Test duration (DESIGN.md section 7): 105 minutes (configurable) plus the candidate's extra
// time. Pure: the services enforce it with the clock they pass in.

/** Default duration of a certification test, in minutes. */
export const DEFAULT_TEST_MINUTES = 105;
/** Extra time is a percentage of the base duration, from 0 to this. */
export const MAX_EXTRA_TIME_PERCENT = 100;

/**
 * Minutes allowed to a candidate: base × (1 + extra time ÷ 100), rounded UP to the whole minute
 * (the rounding always goes to the candidate). 105 min with 33 % → 140 min (139.65 rounded up).
 */
export function testMinutes(extraTimePercent = 0, baseMinutes = DEFAULT_TEST_MINUTES): number {
  if (!Number.isInteger(baseMinutes) || baseMinutes <= 0) throw new RangeError(`invalid test duration ${baseMinutes}`);
  if (!Number.isFinite(extraTimePercent) || extraTimePercent < 0 || extraTimePercent > MAX_EXTRA_TIME_PERCENT) {
    throw new RangeError(`extra time must be between 0 and ${MAX_EXTRA_TIME_PERCENT} %, got ${extraTimePercent}`);
  }
  // integer arithmetic where possible: 105 × 133 / 100, not 105 × 1.33
  return Math.ceil((baseMinutes * (100 + extraTimePercent)) / 100 - 1e-9);
}

/** The instant (ms since the epoch) after which no answer is accepted. */
export function testDeadline(startedAtMs: number, extraTimePercent = 0, baseMinutes = DEFAULT_TEST_MINUTES): number {
  return startedAtMs + testMinutes(extraTimePercent, baseMinutes) * 60_000;
}
