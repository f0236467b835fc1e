import "server-only";
import { and, count, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { diagAnswers, diagRuns } from "@/db/schema";
import { toChallengeView, type ChallengeView } from "@/lib/assessments/challenge-view";
import { assertUser, type Actor } from "@/lib/auth/actor";
import { touchAnonymousSession } from "@/lib/auth/sessions";
import { getContentIndex } from "@/lib/content";

export type DiagQuestion =
  | { kind: "none" }
  | { kind: "completed"; runId: string }
  | { kind: "question"; runId: string; number: number; total: number; challenge: ChallengeView };

/** The actor's ABC Diag in progress: the question to answer now (1 to 10), or where they stand. */
export async function getDiagQuestion(actor: Actor | null, now = new Date()): Promise<DiagQuestion> {
  assertUser(actor);
  const db = getDb();
  const [run] = await db
    .select({ id: diagRuns.id, state: diagRuns.state })
    .from(diagRuns)
    .where(eq(diagRuns.userId, actor.userId))
    .orderBy(desc(diagRuns.createdAt))
    .limit(1);
  if (!run) return { kind: "none" };
  if (run.state === "completed") return { kind: "completed", runId: run.id };
  const questions = getContentIndex().referential.abcDiag?.questions ?? [];
  const [{ n }] = (await db.select({ n: count() }).from(diagAnswers).where(and(eq(diagAnswers.runId, run.id)))) as [{ n: number }];
  const q = questions[Number(n)];
  if (!q) return { kind: "completed", runId: run.id };
  if (actor.isAnonymous) await touchAnonymousSession(db, actor.sessionId, now);
  return { kind: "question", runId: run.id, number: Number(n) + 1, total: questions.length, challenge: toChallengeView(q.challenge, run.id, "diag") };
}
