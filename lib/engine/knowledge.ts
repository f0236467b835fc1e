// Knowledge elements: outcome of an answer, inference inside a tube, latest state per skill,
// retry and reset filters (DESIGN.md sections 4 and 5). Pure: time is passed in.
import { ZERO } from "@/lib/scoring/fraction";
import { DAY_MS, RETRY_DELAY_DAYS } from "@/lib/scoring/delays";
import { indexReferential, type ReferentialSlice } from "./target";
import type { AnswerStatus, Instant, KnowledgeElement, KnowledgeStatus } from "./types";

export function toMs(t: Instant): number {
  return typeof t === "number" ? t : t.getTime();
}

/**
 * What an answer says of its skill: ok → validated; ko, skipped, timedout → invalidated;
 * focusedOut → invalidated in certification only (the answer was right, so validated elsewhere);
 * unplayable → nothing (no knowledge element).
 */
export function answerOutcome(status: AnswerStatus, options?: { certification?: boolean }): KnowledgeStatus | null {
  switch (status) {
    case "ok":
      return "validated";
    case "focusedOut":
      return options?.certification ? "invalidated" : "validated";
    case "ko":
    case "skipped":
    case "timedout":
      return "invalidated";
    case "unplayable":
      return null;
  }
}

/** Latest knowledge element per skill (by createdAt; on equal times, the later in the list wins). */
export function latestKnowledge(elements: Iterable<KnowledgeElement>): Map<string, KnowledgeElement> {
  const latest = new Map<string, KnowledgeElement>();
  for (const ke of elements) {
    const current = latest.get(ke.skillId);
    if (!current || toMs(ke.createdAt) >= toMs(current.createdAt)) latest.set(ke.skillId, ke);
  }
  return latest;
}

export type KnowledgeOptions = {
  /** the current instant; required when retrying */
  now?: Instant;
  /** a retry: knowledge elements invalidated more than 4 days before `now` are ignored */
  retrying?: boolean;
  /** resets: knowledge of a competence created before its reset instant is ignored */
  resetAt?: Readonly<Record<string, Instant>>;
};

/**
 * The knowledge the engine and scoring use: the latest element per skill, minus what a reset
 * erased, minus (when retrying) invalidations older than 4 days.
 */
export function effectiveKnowledge(
  elements: Iterable<KnowledgeElement> | ReadonlyMap<string, KnowledgeElement>,
  options: KnowledgeOptions = {},
): Map<string, KnowledgeElement> {
  const resetAt = options.resetAt;
  let source: Iterable<KnowledgeElement> = isMap(elements) ? elements.values() : elements;
  if (resetAt) {
    const kept: KnowledgeElement[] = [];
    for (const ke of source) {
      const r = resetAt[ke.competenceId];
      if (r === undefined || toMs(ke.createdAt) >= toMs(r)) kept.push(ke);
    }
    source = kept;
  }
  const latest = isMap(elements) && !resetAt ? new Map(elements) : latestKnowledge(source);
  if (options.retrying) {
    if (options.now === undefined) throw new Error("effectiveKnowledge: `now` is required when retrying");
    const limit = toMs(options.now) - RETRY_DELAY_DAYS * DAY_MS;
    for (const [skillId, ke] of latest) {
      if (ke.status === "invalidated" && toMs(ke.createdAt) < limit) latest.delete(skillId);
    }
  }
  return latest;
}

function isMap<K, V>(x: unknown): x is ReadonlyMap<K, V> {
  return x instanceof Map;
}

export type AnswerToRecord = {
  challengeId: string;
  status: AnswerStatus;
  assessmentId: string;
  now: Instant;
  /** certification: focusedOut counts as a failure */
  certification?: boolean;
};

/**
 * Knowledge elements created by one answer: a direct one for the challenge's skill and inferred
 * ones inside its tube (success at level L validates the easier skills not yet known; failure
 * invalidates the harder ones not yet known). `knowledge` is the effective knowledge before the
 * answer (see effectiveKnowledge). An unplayable answer creates nothing.
 */
export function knowledgeElementsForAnswer(
  ref: ReferentialSlice,
  knowledge: ReadonlyMap<string, KnowledgeElement>,
  answer: AnswerToRecord,
): KnowledgeElement[] {
  const index = indexReferential(ref);
  const challenge = index.challengesById.get(answer.challengeId);
  if (!challenge) throw new Error(`unknown challenge ${answer.challengeId}`);
  const skill = index.skillsById.get(challenge.skillId);
  if (!skill) throw new Error(`unknown skill ${challenge.skillId}`);
  const outcome = answerOutcome(answer.status, answer);
  if (outcome === null) return [];
  const base = {
    createdAt: answer.now,
    assessmentId: answer.assessmentId,
    challengeId: answer.challengeId,
    status: outcome,
  } as const;
  const created: KnowledgeElement[] = [
    {
      ...base,
      skillId: skill.id,
      tubeId: skill.tubeId,
      competenceId: skill.competenceId,
      source: "direct",
      earnedPix: outcome === "validated" ? skill.pix : ZERO,
    },
  ];
  for (const other of index.tubeSkills.get(skill.tubeId) ?? []) {
    if (other.id === skill.id || knowledge.has(other.id)) continue;
    const inferred = outcome === "validated" ? other.level < skill.level : other.level > skill.level;
    if (!inferred) continue;
    created.push({
      ...base,
      skillId: other.id,
      tubeId: other.tubeId,
      competenceId: other.competenceId,
      source: "inferred",
      earnedPix: outcome === "validated" ? other.pix : ZERO,
    });
  }
  return created;
}
