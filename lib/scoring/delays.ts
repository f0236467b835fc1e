// Retry and reset delays of a finished competence (DESIGN.md section 5). Time is passed in.

export const DAY_MS = 24 * 60 * 60 * 1000;
/** A finished competence can be retried after 4 days. */
export const RETRY_DELAY_DAYS = 4;
/** …and reset to zero after 7 days. */
export const RESET_DELAY_DAYS = 7;

export type Instant = Date | number;

export function toMs(t: Instant): number {
  return typeof t === "number" ? t : t.getTime();
}

export type DelayEligibility = {
  allowed: boolean;
  /** whole days still to wait (rounded up); 0 when allowed */
  daysLeft: number;
  /** the instant from which it is allowed, in ms since the epoch */
  allowedFrom: number;
};

function eligibility(endedAt: Instant, now: Instant, days: number): DelayEligibility {
  const allowedFrom = toMs(endedAt) + days * DAY_MS;
  const wait = allowedFrom - toMs(now);
  if (wait <= 0) return { allowed: true, daysLeft: 0, allowedFrom };
  return { allowed: false, daysLeft: Math.ceil(wait / DAY_MS), allowedFrom };
}

/** Retry: at least 4 days after the end of the competence assessment. */
export function retryEligibility(endedAt: Instant, now: Instant): DelayEligibility {
  return eligibility(endedAt, now, RETRY_DELAY_DAYS);
}

/** Reset to zero: at least 7 days after the end of the competence assessment. */
export function resetEligibility(endedAt: Instant, now: Instant): DelayEligibility {
  return eligibility(endedAt, now, RESET_DELAY_DAYS);
}
