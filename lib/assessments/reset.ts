import "server-only";
import { getDb } from "@/db/client";
import { competenceResets } from "@/db/schema";
import { assertRegistered, type Actor } from "@/lib/auth/actor";
import { Conflict } from "@/lib/errors";
import { resetEligibility } from "@/lib/scoring";
import { competenceByCode, latestAssessment, loadResets } from "./knowledge";

/** "Remettre à zéro": the competence's knowledge is ignored from now on, 7 days after the end of its test. */
export async function resetCompetence(actor: Actor | null, input: { competenceCode: string }, now = new Date()): Promise<void> {
  assertRegistered(actor);
  const competence = competenceByCode(input.competenceCode);
  await getDb().transaction(async (tx) => {
    const resets = await loadResets(tx, actor.userId, competence.id);
    const latest = await latestAssessment(tx, actor.userId, competence.id, resets[competence.id]);
    if (!latest || latest.state !== "completed") throw new Conflict("Vous ne pouvez remettre à zéro qu'une compétence terminée.");
    const e = resetEligibility(latest.completedAt ?? latest.updatedAt, now);
    if (!e.allowed) throw new Conflict(`Vous pourrez remettre cette compétence à zéro dans ${e.daysLeft} jour${e.daysLeft > 1 ? "s" : ""}.`);
    await tx.insert(competenceResets).values({ userId: actor.userId, competenceId: competence.id, resetAt: now });
  });
}
