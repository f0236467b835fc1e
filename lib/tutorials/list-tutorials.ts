import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { answers, assessments, savedTutorials, tutorialVotes } from "@/db/schema";
import { assertRegistered, type Actor } from "@/lib/auth/actor";
import { getContentIndex } from "@/lib/content";
import type { Tutorial } from "@/lib/content/types";

export type MyTutorials = { recommended: Tutorial[]; saved: Tutorial[]; savedIds: Set<string> };

/** "Recommandés" (tutorials to succeed next time, from the learner's latest mistakes) and "Enregistrés". */
export async function listMyTutorials(actor: Actor | null): Promise<MyTutorials> {
  assertRegistered(actor);
  const db = getDb();
  const index = getContentIndex();
  const [mistakes, saved] = await Promise.all([
    db
      .select({ challengeId: answers.challengeId })
      .from(answers)
      .innerJoin(assessments, eq(answers.assessmentId, assessments.id))
      .where(and(eq(assessments.userId, actor.userId), inArray(answers.status, ["ko", "skipped", "timedout"])))
      .orderBy(desc(answers.createdAt))
      .limit(100),
    db.select().from(savedTutorials).where(eq(savedTutorials.userId, actor.userId)).orderBy(desc(savedTutorials.createdAt)),
  ]);
  const recommended = new Map<string, Tutorial>();
  for (const m of mistakes) {
    const skill = index.skillById.get(index.challengeById.get(m.challengeId)?.skillId ?? "");
    for (const id of skill?.successTutorialIds ?? []) {
      const t = index.tutorialById.get(id);
      if (t) recommended.set(id, t);
    }
  }
  const savedList = saved.map((s) => index.tutorialById.get(s.tutorialId)).filter((t): t is Tutorial => !!t);
  return { recommended: [...recommended.values()], saved: savedList, savedIds: new Set(savedList.map((t) => t.id)) };
}

/** One tutorial with the learner's saved state and vote. */
export async function getTutorialForLearner(actor: Actor | null, tutorialId: string) {
  assertRegistered(actor);
  const tutorial = getContentIndex().tutorialById.get(tutorialId);
  if (!tutorial) return null;
  const db = getDb();
  const [saved] = await db
    .select()
    .from(savedTutorials)
    .where(and(eq(savedTutorials.userId, actor.userId), eq(savedTutorials.tutorialId, tutorialId)));
  const [vote] = await db
    .select()
    .from(tutorialVotes)
    .where(and(eq(tutorialVotes.userId, actor.userId), eq(tutorialVotes.tutorialId, tutorialId)));
  return { tutorial, saved: !!saved, vote: vote ? vote.useful : null };
}
