import "server-only";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { answers, assessments, savedTutorials, tutorialProposals, tutorialVotes } from "@/db/schema";
import { assertRegistered, type Actor } from "@/lib/auth/actor";
import { getContentIndex } from "@/lib/content";
import type { Tutorial } from "@/lib/content/types";

/** The mark shown on every tutorial that comes from a learner's accepted proposal. */
export const COMMUNITY_TUTORIAL_MARK = "Proposé par un utilisateur de Pix";

/** A tutorial proposed by a learner and accepted by staff, attached to a skill. */
export type CommunityTutorial = {
  id: string;
  skillId: string;
  title: string;
  /** a web link, or null when the proposer wrote the tutorial */
  url: string | null;
  /** plain text, or null */
  body: string | null;
  mark: typeof COMMUNITY_TUTORIAL_MARK;
};

/** Accepted proposals attached to these skills (oldest accepted first). Not a guard: callers have checked the actor. */
export async function acceptedProposalsOf(db: DbOrTx, skillIds: readonly string[]): Promise<CommunityTutorial[]> {
  if (skillIds.length === 0) return [];
  const rows = await db
    .select({ id: tutorialProposals.id, skillId: tutorialProposals.skillId, title: tutorialProposals.title, url: tutorialProposals.url, body: tutorialProposals.body })
    .from(tutorialProposals)
    .where(and(eq(tutorialProposals.state, "accepted"), inArray(tutorialProposals.skillId, [...new Set(skillIds)])))
    .orderBy(asc(tutorialProposals.reviewedAt), asc(tutorialProposals.id));
  return rows.map((r) => ({ ...r, mark: COMMUNITY_TUTORIAL_MARK }));
}

export type MyTutorials = {
  recommended: Tutorial[];
  /** accepted learners' proposals on the skills of the learner's latest mistakes ("Proposé par un utilisateur de Pix") */
  community: CommunityTutorial[];
  saved: Tutorial[];
  savedIds: Set<string>;
};

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
  const skillIds = new Set<string>();
  for (const m of mistakes) {
    const skill = index.skillById.get(index.challengeById.get(m.challengeId)?.skillId ?? "");
    if (skill) skillIds.add(skill.id);
    for (const id of skill?.successTutorialIds ?? []) {
      const t = index.tutorialById.get(id);
      if (t) recommended.set(id, t);
    }
  }
  const savedList = saved.map((s) => index.tutorialById.get(s.tutorialId)).filter((t): t is Tutorial => !!t);
  const community = await acceptedProposalsOf(db, [...skillIds]);
  return { recommended: [...recommended.values()], community, saved: savedList, savedIds: new Set(savedList.map((t) => t.id)) };
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
