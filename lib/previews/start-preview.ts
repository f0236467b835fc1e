import "server-only";
import { getDb } from "@/db/client";
import { challengePreviews } from "@/db/schema";
import { assertAdmin, type Actor } from "@/lib/auth/actor";
import { getContentIndex } from "@/lib/content";
import { NotFound } from "@/lib/errors";

/** Starts a fresh preview of a challenge for a staff member (a new simulator state, no answer yet). */
export async function startPreview(actor: Actor | null, challengeId: string, now = new Date()): Promise<{ previewId: string }> {
  assertAdmin(actor);
  if (!getContentIndex().challengeById.has(challengeId)) throw new NotFound("Cette épreuve n'existe pas.");
  const [row] = await getDb().insert(challengePreviews).values({ userId: actor.userId, challengeId, createdAt: now }).returning({ id: challengePreviews.id });
  return { previewId: row!.id };
}
