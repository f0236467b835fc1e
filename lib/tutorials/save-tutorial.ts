import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { savedTutorials } from "@/db/schema";
import { assertRegistered, type Actor } from "@/lib/auth/actor";
import { getContentIndex } from "@/lib/content";
import { NotFound } from "@/lib/errors";

/** "Enregistrer" / "Retirer": saving twice is harmless. */
export async function setTutorialSaved(actor: Actor | null, input: { tutorialId: string; saved: boolean }, now = new Date()): Promise<void> {
  assertRegistered(actor);
  if (!getContentIndex().tutorialById.has(input.tutorialId)) throw new NotFound("Ce tutoriel n'existe pas.");
  const db = getDb();
  if (input.saved) {
    await db.insert(savedTutorials).values({ userId: actor.userId, tutorialId: input.tutorialId, createdAt: now }).onConflictDoNothing();
  } else {
    await db.delete(savedTutorials).where(and(eq(savedTutorials.userId, actor.userId), eq(savedTutorials.tutorialId, input.tutorialId)));
  }
}
