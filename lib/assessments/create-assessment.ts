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
  const next = nextChallengeFor({ assessmentId: id, competenceId, knowledge, resets, retrying: opts.retrying, now: opts.now, answers: [] });
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
