// Creates a competence assessment and serves its first challenge, inside the caller's transaction.
import { randomUUID } from "node:crypto";
import type { Tx } from "@/db/client";
import { assessments } from "@/db/schema";
import { getContentIndex } from "@/lib/content";
import { competencePix } from "@/lib/scoring";
import { loadKnowledge, loadResets, scoredKnowledge } from "./knowledge";
import { nextChallengeFor } from "./next-challenge";

export async function createAssessment(tx: Tx, userId: string, competenceId: string, opts: { retrying: boolean; now: Date }): Promise<string> {
  const id = randomUUID();
  const knowledge = await loadKnowledge(tx, userId, competenceId);
  const resets = await loadResets(tx, userId, competenceId);
  const startPix = competencePix(scoredKnowledge(knowledge, resets).values(), competenceId);
  const next = nextChallengeFor({ assessmentId: id, target: { kind: "competence", competenceId }, knowledge, resets, retrying: opts.retrying, now: opts.now, answers: [] });
  await tx.insert(assessments).values({
    id,
    userId,
    competenceId,
    type: "competence",
    state: next.done ? "completed" : "started",
    isRetry: opts.retrying,
    currentChallengeId: next.done ? null : next.challengeId,
    startPix,
    contentVersion: getContentIndex().version,
    createdAt: opts.now,
    updatedAt: opts.now,
    completedAt: next.done ? opts.now : null,
  });
  return id;
}

/**
 * Creates the test of a campaign participation (the campaign's target profile) and serves its
 * first challenge, inside the caller's transaction. A retry ignores invalidations older than 4 days.
 */
export async function createCampaignAssessment(
  tx: Tx,
  userId: string,
  participation: { id: string; targetProfileId: string },
  opts: { retrying: boolean; now: Date },
): Promise<{ id: string; completed: boolean }> {
  const id = randomUUID();
  const knowledge = await loadKnowledge(tx, userId);
  const resets = await loadResets(tx, userId);
  const next = nextChallengeFor({
    assessmentId: id,
    target: { kind: "profile", profileId: participation.targetProfileId },
    knowledge,
    resets,
    retrying: opts.retrying,
    now: opts.now,
    answers: [],
  });
  await tx.insert(assessments).values({
    id,
    userId,
    competenceId: null,
    type: "campaign",
    campaignParticipationId: participation.id,
    state: next.done ? "completed" : "started",
    isRetry: opts.retrying,
    currentChallengeId: next.done ? null : next.challengeId,
    startPix: { num: 0, den: 1 },
    contentVersion: getContentIndex().version,
    createdAt: opts.now,
    updatedAt: opts.now,
    completedAt: next.done ? opts.now : null,
  });
  return { id, completed: next.done };
}
