// The result of ABC Diag, from the status of each of its 10 answers. Pure. The rule is
// documented in content/README.md ("ABC Diag") and shown to the mediator with the result.
import type { AnswerStatus } from "@/lib/answers";
import type { AbcDiag } from "@/lib/content/types";

export type DimensionLevel = "acquis" | "en-cours" | "a-travailler" | "non-mesure";

/** A dimension is "acquis" from 75 % of its playable questions right, "en cours" from 34 %, else "à travailler". */
export const ACQUIS_FROM = 0.75;
export const EN_COURS_FROM = 0.34;

export type Orientation = "autonome" | "abc-pix" | "accompagnement";

export type DimensionResult = {
  id: string;
  name: string;
  right: number;
  /** questions that could be played (unplayable ones do not count) */
  played: number;
  level: DimensionLevel;
  /** the gestures of the questions missed in this dimension, in the order asked */
  missed: string[];
};

export type AbcDiagResult = {
  dimensions: DimensionResult[];
  orientation: Orientation;
  /** what the mediator works on first: a dimension's advice and its missed gestures; null when everything is acquired */
  workOnFirst: { dimension: string; advice: string; gestures: string[] } | null;
};

export function dimensionLevel(right: number, played: number): DimensionLevel {
  if (played === 0) return "non-mesure";
  const share = right / played;
  if (share >= ACQUIS_FROM) return "acquis";
  if (share >= EN_COURS_FROM) return "en-cours";
  return "a-travailler";
}

/**
 * - every dimension "acquis" (or not measured, at least one measured) → "autonome": Pix en accès libre;
 * - the first two dimensions (identify, gestures) at least "en cours" → "abc-pix": ABC Pix;
 * - otherwise → "accompagnement": work with a mediator on the missed gestures.
 * Unanswered questions count as missed.
 */
export function abcDiagResult(diag: Pick<AbcDiag, "dimensions" | "questions">, statusByChallenge: ReadonlyMap<string, AnswerStatus>): AbcDiagResult {
  const dimensions: DimensionResult[] = diag.dimensions.map((d) => {
    const qs = diag.questions.filter((q) => q.dimension === d.id);
    let right = 0;
    let played = 0;
    const missed: string[] = [];
    for (const q of qs) {
      const status = statusByChallenge.get(q.challenge.id);
      if (status === "unplayable") continue;
      played += 1;
      if (status === "ok" || status === "focusedOut") right += 1;
      else missed.push(q.gesture);
    }
    return { id: d.id, name: d.name, right, played, level: dimensionLevel(right, played), missed };
  });
  const measured = dimensions.filter((d) => d.level !== "non-mesure");
  const basics = dimensions.slice(0, 2);
  let orientation: Orientation;
  if (measured.length > 0 && measured.every((d) => d.level === "acquis")) orientation = "autonome";
  else if (basics.every((d) => d.level === "acquis" || d.level === "en-cours" || d.level === "non-mesure")) orientation = "abc-pix";
  else orientation = "accompagnement";
  const rank: Record<DimensionLevel, number> = { "a-travailler": 0, "en-cours": 1, acquis: 2, "non-mesure": 3 };
  // the weakest dimension first; between equals, the one asked first (the basics come first)
  const first = [...dimensions].filter((d) => d.level === "a-travailler" || d.level === "en-cours").sort((a, b) => rank[a.level] - rank[b.level])[0];
  const advice = first ? diag.dimensions.find((d) => d.id === first.id)!.workOn : null;
  return { dimensions, orientation, workOnFirst: first && advice ? { dimension: first.name, advice, gestures: first.missed } : null };
}
