import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { challengePreviews } from "@/db/schema";
import type { AnswerStatus } from "@/lib/answers";
import { toChallengeView, type ChallengeView } from "@/lib/assessments/challenge-view";
import { assertAdmin, type Actor } from "@/lib/auth/actor";
import { getContentIndex } from "@/lib/content";
import type { Challenge } from "@/lib/content/types";
import { NotFound } from "@/lib/errors";

export type PreviewView = {
  challenge: Challenge;
  /** the staff member's latest preview of it, if any */
  latest:
    | null
    | { id: string; status: null; view: ChallengeView }
    | { id: string; status: AnswerStatus; value: unknown; answeredAt: Date };
};

/** A challenge and the staff member's latest preview of it (their own previews only). */
export async function getPreview(actor: Actor | null, challengeId: string): Promise<PreviewView> {
  assertAdmin(actor);
  const challenge = getContentIndex().challengeById.get(challengeId);
  if (!challenge) throw new NotFound("Cette épreuve n'existe pas.");
  const [row] = await getDb()
    .select()
    .from(challengePreviews)
    .where(and(eq(challengePreviews.userId, actor.userId), eq(challengePreviews.challengeId, challengeId)))
    .orderBy(desc(challengePreviews.createdAt))
    .limit(1);
  if (!row) return { challenge, latest: null };
  if (row.status === null) return { challenge, latest: { id: row.id, status: null, view: toChallengeView(challenge, row.id, "apercu") } };
  return { challenge, latest: { id: row.id, status: row.status as AnswerStatus, value: row.value, answeredAt: row.answeredAt ?? row.createdAt } };
}
