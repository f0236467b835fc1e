import "server-only";
import { getDb } from "@/db/client";
import { assertUser, type Actor } from "@/lib/auth/actor";
import { Conflict, NotFound } from "@/lib/errors";
import { freezeParticipation } from "./freeze-participation";
import { getMyParticipation } from "./get-my-participation";
import { learnerResults } from "./learner-results";

/**
 * "J'envoie mes résultats" (assessment campaigns, once the test is over) or "J'envoie mon
 * profil" (profile collection, once the learner has a profile): the scores are frozen and the
 * structure sees them. Sending twice changes nothing.
 */
export async function shareParticipation(actor: Actor | null, input: { code: string }, now = new Date()): Promise<{ alreadyShared: boolean }> {
  assertUser(actor);
  return getDb().transaction(async (tx) => {
    const mine = await getMyParticipation(tx, actor, input.code);
    if (!mine || mine.campaign.type === "abc-diag") throw new NotFound("Vous ne participez pas à ce parcours.");
    const { campaign, participation: p } = mine;
    if (p.status === "shared") return { alreadyShared: true };
    if (campaign.archived) throw new Conflict("Ce parcours est terminé : la structure ne reçoit plus de résultats.");
    if (campaign.type === "assessment" && p.status !== "completed") throw new Conflict("Terminez d'abord le test, puis envoyez vos résultats.");
    if (campaign.type === "profiles" && !(await learnerResults(tx, actor.userId, null)).hasProfile)
      throw new Conflict("Vous n'avez pas encore de profil à envoyer. Commencez par tester une compétence.");
    const changed = await freezeParticipation(tx, { participationId: p.id, userId: actor.userId, targetProfileId: campaign.targetProfileId }, now);
    return { alreadyShared: !changed };
  });
}
