import "server-only";
import { getDb } from "@/db/client";
import { checkpointOf, type Checkpoint } from "@/lib/assessments/get-checkpoint";
import { assertUser, type Actor } from "@/lib/auth/actor";
import { NotFound } from "@/lib/errors";
import { getMyParticipation, type MyCampaign } from "./get-my-participation";

/** The correction of one series of 5 answers of the actor's test in this campaign (none for absolute beginners). */
export async function getCampaignCheckpoint(
  actor: Actor | null,
  input: { code: string; series: number },
): Promise<Omit<Checkpoint, "competence"> & { campaign: MyCampaign }> {
  assertUser(actor);
  const db = getDb();
  const mine = await getMyParticipation(db, actor, input.code);
  if (!mine?.assessment || mine.campaign.forAbsoluteNovice) throw new NotFound("Cette série de questions n'existe pas.");
  return { campaign: mine.campaign, ...(await checkpointOf(db, mine.assessment, input.series)) };
}
