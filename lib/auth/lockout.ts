/** Pure lockout rule: every 10 consecutive failures block 2 min, doubling; from 30, until reset. */
export type Lockout = { kind: "none" } | { kind: "until"; until: Date } | { kind: "indefinite" };

export const FAILURES_PER_BLOCK = 10;
export const FIRST_BLOCK_MS = 2 * 60_000;
export const INDEFINITE_FROM = 30;

export function lockoutAfterFailure(consecutiveFailures: number, now: Date): Lockout {
  if (consecutiveFailures >= INDEFINITE_FROM) return { kind: "indefinite" };
  if (consecutiveFailures > 0 && consecutiveFailures % FAILURES_PER_BLOCK === 0) {
    const blocks = consecutiveFailures / FAILURES_PER_BLOCK;
    return { kind: "until", until: new Date(now.getTime() + FIRST_BLOCK_MS * 2 ** (blocks - 1)) };
  }
  return { kind: "none" };
}
