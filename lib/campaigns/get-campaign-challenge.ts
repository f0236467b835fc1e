import "server-only";
import { getDb } from "@/db/client";
import { serveChallenge, type ServedChallenge } from "@/lib/assessments/get-current-challenge";
import { assertUser, type Actor } from "@/lib/auth/actor";
import { NotFound } from "@/lib/errors";
import { getMyParticipation, type MyCampaign } from "./get-my-participation";
import { learnerResults } from "./learner-results";
import type { ThemeResult } from "./results";

export type CampaignChallenge =
  | { kind: "completed"; campaign: MyCampaign }
  | ({
      kind: "challenge";
      campaign: MyCampaign;
      /** per theme, how much of it the test has already covered (for the progress bar) */
      progress: Pick<ThemeResult, "id" | "name" | "known" | "total">[];
    } & ServedChallenge);

/** The question of the actor's test in this campaign, with the themes' progress. */
export async function getCampaignChallenge(actor: Actor | null, input: { code: string }, now = new Date()): Promise<CampaignChallenge> {
  assertUser(actor);
  const db = getDb();
  const mine = await getMyParticipation(db, actor, input.code);
  if (!mine?.assessment || mine.campaign.type !== "assessment") throw new NotFound("Vous ne participez pas à ce parcours.");
  const a = mine.assessment;
  if (a.state === "completed" || !a.currentChallengeId) return { kind: "completed", campaign: mine.campaign };
  const [served, r] = await Promise.all([serveChallenge(db, a, now), learnerResults(db, actor.userId, mine.campaign.targetProfileId)]);
  return {
    kind: "challenge",
    campaign: mine.campaign,
    progress: (r.results?.themes ?? []).map(({ id, name, known, total }) => ({ id, name, known, total })),
    ...served,
  };
}
