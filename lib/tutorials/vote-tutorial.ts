import "server-only";
import { getDb } from "@/db/client";
import { tutorialVotes } from "@/db/schema";
import { assertRegistered, type Actor } from "@/lib/auth/actor";
import { getContentIndex } from "@/lib/content";
import { NotFound } from "@/lib/errors";

/** "Utile" / "Pas utile": one vote per learner and tutorial; voting again replaces it. */
export async function voteTutorial(actor: Actor | null, input: { tutorialId: string; useful: boolean }, now = new Date()): Promise<void> {
  assertRegistered(actor);
  if (!getContentIndex().tutorialById.has(input.tutorialId)) throw new NotFound("Ce tutoriel n'existe pas.");
  await getDb()
    .insert(tutorialVotes)
    .values({ userId: actor.userId, tutorialId: input.tutorialId, useful: input.useful, updatedAt: now })
    .onConflictDoUpdate({ target: [tutorialVotes.userId, tutorialVotes.tutorialId], set: { useful: input.useful, updatedAt: now } });
}
