import "server-only";
import { getDb } from "@/db/client";
import { assertRegistered, type Actor } from "@/lib/auth/actor";
import { Conflict } from "@/lib/errors";
import { retryEligibility } from "@/lib/scoring";
import { createAssessment } from "./create-assessment";
import { competenceByCode, latestAssessment, loadResets } from "./knowledge";

/** "Retenter": a new test on a finished competence, 4 days after its end. Other competences are untouched. */
export async function retryCompetence(actor: Actor | null, input: { competenceCode: string }, now = new Date()): Promise<{ assessmentId: string }> {
  assertRegistered(actor);
  const competence = competenceByCode(input.competenceCode);
  return getDb().transaction(async (tx) => {
    const resets = await loadResets(tx, actor.userId, competence.id);
    const latest = await latestAssessment(tx, actor.userId, competence.id, resets[competence.id]);
    if (!latest || latest.state !== "completed") throw new Conflict("Vous ne pouvez retenter qu'une compétence terminée.");
    const e = retryEligibility(latest.completedAt ?? latest.updatedAt, now);
    if (!e.allowed) throw new Conflict(`Vous pourrez retenter cette compétence dans ${e.daysLeft} jour${e.daysLeft > 1 ? "s" : ""}.`);
    return { assessmentId: await createAssessment(tx, actor.userId, competence.id, { retrying: true, now }) };
  });
}
