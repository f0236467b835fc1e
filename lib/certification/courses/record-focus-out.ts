import "server-only";
import { z } from "zod";
import { getDb } from "@/db/client";
import { assertRegistered, type Actor } from "@/lib/auth/actor";
import { getContentIndex } from "@/lib/content";
import { Conflict } from "@/lib/errors";
import { guardAnswer, storeAndAdvance, type CertificationAnswerOutcome } from "./answer-question";

export const focusOutSchema = z.object({ courseId: z.uuid(), challengeId: z.string().min(1).max(200) });

/**
 * The candidate left the page during a "focus" question: the question is recorded as
 * "focusedOut" (wrong in certification) and the next one is served. Same guards as an answer;
 * a repeat changes nothing; a question that is not a focus question is refused.
 */
export async function recordFocusOut(actor: Actor | null, raw: z.input<typeof focusOutSchema>, now: Date): Promise<CertificationAnswerOutcome> {
  assertRegistered(actor);
  const input = focusOutSchema.parse(raw);
  return getDb().transaction(async (tx) => {
    const { course, outcome } = await guardAnswer(tx, actor, input, now);
    if (outcome) return outcome;
    const challenge = getContentIndex().challengeById.get(input.challengeId);
    if (!challenge?.focused) throw new Conflict("Cette question n'est pas une question « focus ».");
    // only once it was shown: a warning screen left open is not a question left
    if (!course.currentServedAt) throw new Conflict("Cette question n'est pas encore affichée.");
    return storeAndAdvance(tx, course, { challengeId: challenge.id, value: null, status: "focusedOut" }, now);
  });
}
