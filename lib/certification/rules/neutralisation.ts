// Neutralisation of questions after incidents (DESIGN.md section 7). Pure: the set it returns
// feeds scoreCertification; rescoring is scoring again with the new set.
import { z } from "zod";
import { scoreCertification, type CertificationScore, type ScoreCertificationInput } from "./score";
import type { ScoringOptions } from "@/lib/scoring";

export type IncidentCategory = "late-or-leaving" | "technical" | "question" | "fraud" | "other";

export const INCIDENT_CATEGORIES: readonly IncidentCategory[] = ["late-or-leaving", "technical", "question", "fraud", "other"];

/** Labels for the finalisation form and the reports. */
export const INCIDENT_CATEGORY_LABELS: Readonly<Record<IncidentCategory, string>> = {
  "late-or-leaving": "Retard, absence ou départ",
  technical: "Problème technique",
  question: "Problème sur une question",
  fraud: "Suspicion de fraude",
  other: "Autre",
};

/** Categories that neutralise the question they are tied to. */
export const NEUTRALISING_CATEGORIES: readonly IncidentCategory[] = ["question", "technical"];

export const incidentCategorySchema = z.enum(["late-or-leaving", "technical", "question", "fraud", "other"], {
  error: "Choisissez le type d'incident.",
});

/** What neutralisation needs of an incident report. */
export type IncidentReport = {
  category: IncidentCategory;
  /** the question (challenge id) the incident is about, if any */
  challengeId?: string | null;
};

export type NeutralisationInput = {
  /** the incident reports of one candidate's test */
  incidents: readonly IncidentReport[];
  /** staff overrule: questions NOT to neutralise although an incident would */
  overruled?: Iterable<string>;
  /** staff neutralise these questions by hand, with or without an incident */
  neutralisedByStaff?: Iterable<string>;
  /** the test's questions: when given, ids outside the test are left out */
  questions?: Iterable<string>;
};

/** Whether an incident, by itself, neutralises its question. */
export function neutralisesQuestion(incident: IncidentReport): boolean {
  return !!incident.challengeId && NEUTRALISING_CATEGORIES.includes(incident.category);
}

/**
 * The neutralised questions: those tied to a "question" or "technical" incident, minus those
 * staff overruled, plus those staff neutralised by hand. A hand neutralisation wins over an
 * overrule of the same question (the overrule only cancels what incidents decided).
 */
export function neutralisedQuestions(input: NeutralisationInput): Set<string> {
  const overruled = new Set(input.overruled ?? []);
  const result = new Set<string>();
  for (const incident of input.incidents) {
    if (neutralisesQuestion(incident) && !overruled.has(incident.challengeId!)) result.add(incident.challengeId!);
  }
  for (const id of input.neutralisedByStaff ?? []) result.add(id);
  if (input.questions) {
    const inTest = new Set(input.questions);
    for (const id of result) if (!inTest.has(id)) result.delete(id);
  }
  return result;
}

/** Scores a test again with the neutralisations decided at finalisation (or changed before publication). */
export function rescoreCertification(
  test: Omit<ScoreCertificationInput, "neutralised">,
  neutralisation: NeutralisationInput,
  options?: ScoringOptions,
): CertificationScore {
  const neutralised = neutralisedQuestions({ ...neutralisation, questions: test.questions.map((q) => q.challengeId) });
  return scoreCertification({ ...test, neutralised }, options);
}
