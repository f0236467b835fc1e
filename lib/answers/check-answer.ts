import type { Challenge, Field, Solution, Tolerance } from "../content/types";
import { simulatorNamed } from "../simulators/registry";
import { boundedLevenshtein } from "./distance";
import { normalizeText, parseNumber } from "./normalize";

/** What a learner sends back, by challenge type. */
export type Answer =
  | { proposalId: string } // QCU
  | { proposalIds: string[] } // QCM
  | { fields: Record<string, string> } // QROC, QROCM-ind, QROCM-dep
  | { state: unknown }; // SIMULATOR: the state the server kept for this learner and challenge

/** The part of a challenge the checker needs (solutions stay on the server). */
export type CheckableChallenge = {
  type: Challenge["type"];
  solution: Solution;
  tolerances?: readonly Tolerance[];
  fields?: readonly Pick<Field, "key" | "format">[];
};

export type CheckResult = "ok" | "ko";

export const DEFAULT_TOLERANCES: readonly Tolerance[] = ["T1", "T2", "T3"];

/** A free answer longer than this is never right (no variant is that long); it is rejected before any work. */
export const MAX_FREE_ANSWER_LENGTH = 2000;

/** T3: the number of edits forgiven is at most 25 % of the length of the expected variant (after T1/T2). */
export const T3_RATIO = 0.25;

/**
 * Checks an answer against the challenge's solution. Pure and total: whatever `answer` is
 * (wrong shape, unknown ids, huge strings, emoji), the result is "ok" or "ko", never a throw.
 */
export function checkAnswer(challenge: CheckableChallenge, answer: unknown): CheckResult {
  try {
    return check(challenge, answer) ? "ok" : "ko";
  } catch {
    return "ko";
  }
}

function check(challenge: CheckableChallenge, answer: unknown): boolean {
  const solution = challenge.solution;
  if (!isObject(answer) || !isObject(solution) || solution.type !== challenge.type) return false;
  const tolerances = Array.isArray(challenge.tolerances) ? challenge.tolerances : DEFAULT_TOLERANCES;

  switch (solution.type) {
    case "QCU": {
      const given = answer.proposalId;
      return typeof given === "string" && given === solution.proposalId;
    }
    case "QCM": {
      const given = answer.proposalIds;
      if (!Array.isArray(given) || !given.every((id) => typeof id === "string")) return false;
      const givenSet = new Set(given);
      if (givenSet.size !== given.length) return false; // duplicates: not something a form sends
      const expected = new Set(solution.proposalIds);
      return givenSet.size === expected.size && [...givenSet].every((id) => expected.has(id));
    }
    case "QROC":
    case "QROCM-ind": {
      const fields = readFields(answer);
      const keys = Object.keys(solution.variants);
      if (!fields || keys.length === 0) return false;
      return keys.every((key) => {
        const given = fields[key];
        return typeof given === "string" && matchesAny(given, solution.variants[key], formatOf(challenge, key), tolerances);
      });
    }
    case "QROCM-dep": {
      const fields = readFields(answer);
      if (!fields) return false;
      const declared = Array.isArray(challenge.fields) && challenge.fields.length > 0;
      const keys = declared ? challenge.fields!.map((f) => f.key) : Object.keys(fields);
      if (!Array.isArray(solution.groups) || keys.length === 0 || keys.length > solution.groups.length) return false;
      if (!declared && keys.length !== solution.groups.length) return false;
      const candidates: number[][] = [];
      for (const key of keys) {
        const given = fields[key];
        if (typeof given !== "string") return false;
        const format = formatOf(challenge, key);
        const matching = solution.groups.flatMap((group, index) => (matchesAny(given, group, format, tolerances) ? [index] : []));
        if (matching.length === 0) return false;
        candidates.push(matching);
      }
      return hasPerfectMatching(candidates, solution.groups.length);
    }
    case "SIMULATOR": {
      const sim = simulatorNamed(solution.simulator);
      return sim !== undefined && isObject(answer) && "state" in answer && sim.reachesGoal(solution.goal, answer.state, solution.scenario);
    }
    default:
      return false;
  }
}

type PreparedVariant = { number: number | null; normalized: string; allowedEdits: number };

// Normalised variants, computed once per variants list (the loaded referential is immutable).
// A memo, not state: the result of matchesAny depends only on its arguments.
const prepared = new WeakMap<readonly string[], Map<string, PreparedVariant[]>>();

function prepare(variants: readonly string[], format: Field["format"], tolerances: readonly Tolerance[]): PreparedVariant[] {
  const key = `${format}|${tolerances.join(",")}`;
  let byKey = prepared.get(variants);
  const hit = byKey?.get(key);
  if (hit) return hit;
  const list = variants
    .filter((v): v is string => typeof v === "string")
    .map((variant) => {
      const normalized = normalizeText(variant, tolerances);
      // T3 forgives typos on words, never on figures.
      const t3 = tolerances.includes("T3") && !/^[\d\s.,+-]+$/.test(normalized);
      return {
        number: format === "number" ? parseNumber(variant) : null,
        normalized,
        allowedEdits: t3 ? Math.floor(Array.from(normalized).length * T3_RATIO) : 0,
      };
    });
  if (!byKey) {
    byKey = new Map();
    prepared.set(variants, byKey);
  }
  byKey.set(key, list);
  return list;
}

/** True when the given free answer matches one of the accepted variants under the tolerances. */
export function matchesAny(
  given: string,
  variants: readonly string[],
  format: Field["format"],
  tolerances: readonly Tolerance[],
): boolean {
  if (typeof given !== "string" || !Array.isArray(variants)) return false;
  if (given.length > MAX_FREE_ANSWER_LENGTH) return false;
  const normalizedGiven = normalizeText(given, tolerances);
  if (normalizedGiven.trim().length === 0) return false; // an empty answer is never right
  const givenNumber = format === "number" ? parseNumber(given) : null;

  return prepare(variants, format, tolerances).some((expected) => {
    // A number field whose variant is a number: compare values, never forgive a typo.
    if (expected.number !== null) return givenNumber !== null && givenNumber === expected.number;
    if (expected.normalized.trim().length === 0) return false;
    if (normalizedGiven === expected.normalized) return true;
    const allowed = expected.allowedEdits;
    return allowed > 0 && boundedLevenshtein(normalizedGiven, expected.normalized, allowed) <= allowed;
  });
}

function formatOf(challenge: CheckableChallenge, key: string): Field["format"] {
  const field = Array.isArray(challenge.fields) ? challenge.fields.find((f) => f && f.key === key) : undefined;
  return field?.format === "number" ? "number" : "text";
}

function readFields(answer: Record<string, unknown>): Record<string, unknown> | null {
  const fields = answer.fields;
  return isObject(fields) ? fields : null;
}

/** Each answer (row) must take a different group; small sizes, so a simple augmenting-path matching. */
function hasPerfectMatching(candidates: number[][], groupCount: number): boolean {
  const owner = new Array<number>(groupCount).fill(-1);
  const tryAssign = (row: number, seen: boolean[]): boolean => {
    for (const group of candidates[row]) {
      if (seen[group]) continue;
      seen[group] = true;
      if (owner[group] === -1 || tryAssign(owner[group], seen)) {
        owner[group] = row;
        return true;
      }
    }
    return false;
  };
  return candidates.every((_, row) => tryAssign(row, new Array<boolean>(groupCount).fill(false)));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

