// The engine call shared by start, answer and retry (inside their transaction).
import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { answers } from "@/db/schema";
import { getReferential } from "@/lib/content";
import { pickNextChallenge, type AnswerStatus, type KnowledgeElement, type NextChallenge } from "@/lib/engine";
import type { TargetSpec } from "@/lib/engine/target";
import { scoringOptions } from "./knowledge";

export async function engineAnswers(db: DbOrTx, assessmentId: string) {
  const rows = await db
    .select({ challengeId: answers.challengeId, status: answers.status })
    .from(answers)
    .where(eq(answers.assessmentId, assessmentId))
    .orderBy(asc(answers.position));
  return rows.map((r) => ({ challengeId: r.challengeId, status: r.status as AnswerStatus }));
}

/** What an assessment targets: its competence, or its campaign's target profile. */
export function assessmentTarget(a: { competenceId: string | null }, targetProfileId?: string | null): TargetSpec {
  if (a.competenceId) return { kind: "competence", competenceId: a.competenceId };
  if (!targetProfileId) throw new Error("a campaign assessment needs its target profile");
  return { kind: "profile", profileId: targetProfileId };
}

export function nextChallengeFor(input: {
  assessmentId: string;
  target: TargetSpec;
  knowledge: readonly KnowledgeElement[];
  resets: Record<string, Date>;
  retrying: boolean;
  now: Date;
  answers: { challengeId: string; status: AnswerStatus }[];
}): NextChallenge {
  return pickNextChallenge({
    referential: getReferential(),
    target: input.target,
    knowledgeElements: input.knowledge,
    knowledgeOptions: { now: input.now, retrying: input.retrying, resetAt: input.resets },
    answers: input.answers,
    assessmentId: input.assessmentId,
    maxReachableLevel: scoringOptions().maxReachableLevel,
  });
}
