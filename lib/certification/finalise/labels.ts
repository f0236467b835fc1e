// Words shared by the finalisation, staff and learner pages.

/** Course states that are not over yet: finalisation needs an abort reason for each. */
export const UNFINISHED_STATES = ["waiting", "authorised", "started", "paused"] as const;

export function isUnfinished(state: string): boolean {
  return (UNFINISHED_STATES as readonly string[]).includes(state);
}

export const COURSE_STATE_LABELS: Record<string, string> = {
  waiting: "En attente d'autorisation",
  authorised: "Autorisé à commencer",
  started: "Test en cours",
  paused: "En pause (reprise à autoriser)",
  ended: "Test terminé",
  "ended-by-invigilator": "Test arrêté par le surveillant",
  "timed-out": "Temps écoulé",
};

export const ABORT_REASONS = {
  candidate: "Abandon du candidat",
  technical: "Problème technique",
  fraud: "Fraude",
  other: "Autre",
} as const;

export type AbortReasonKey = keyof typeof ABORT_REASONS;

export const OUTCOME_LABELS: Record<string, string> = {
  confirmed: "Niveau confirmé",
  lowered: "Niveau abaissé d'un niveau",
  "not-certified": "Non certifiée",
};
