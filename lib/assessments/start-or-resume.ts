import "server-only";
import { getDb } from "@/db/client";
import { assertRegistered, type Actor } from "@/lib/auth/actor";
import { Conflict, NotFound } from "@/lib/errors";
import { createAssessment } from "./create-assessment";
import { competenceByCode, hasPlayableContent, latestAssessment, loadResets } from "./knowledge";

/**
 * "Commencer" / "Reprendre": the learner's test in progress on this competence, or a new one.
 * A finished competence is not started again here: that is a retry (after 4 days).
 */
export async function startOrResume(actor: Actor | null, input: { competenceCode: string }, now = new Date()): Promise<{ assessmentId: string; resumed: boolean }> {
  assertRegistered(actor);
  const competence = competenceByCode(input.competenceCode);
  if (!hasPlayableContent(competence.id)) throw new NotFound("Cette compétence n'a pas encore de questions.");
  return getDb().transaction(async (tx) => {
    const resets = await loadResets(tx, actor.userId, competence.id);
    const latest = await latestAssessment(tx, actor.userId, competence.id, resets[competence.id]);
    if (latest?.state === "started") return { assessmentId: latest.id, resumed: true };
    if (latest?.state === "completed") throw new Conflict("Vous avez déjà terminé cette compétence. Vous pourrez la retenter 4 jours après la fin du test.");
    const assessmentId = await createAssessment(tx, actor.userId, competence.id, { retrying: false, now });
    return { assessmentId, resumed: false };
  });
}
