import "server-only";
import type { DbOrTx } from "@/db/client";
import { loadKnowledge, loadResets, scoredKnowledge, scoringOptions } from "@/lib/assessments/knowledge";
import { getContentIndex, getReferential } from "@/lib/content";
import type { TargetProfile } from "@/lib/content/types";
import { compileTarget } from "@/lib/engine";
import { scoreProfile, type ProfileScore } from "@/lib/scoring";
import { campaignResults, snapshotOf, type CampaignResults } from "./results";
import type { ParticipationSnapshot } from "@/db/schema/campaigns";

export type LearnerResults = {
  profile: TargetProfile | null;
  results: CampaignResults | null;
  score: ProfileScore;
  snapshot: ParticipationSnapshot;
  /** the learner has at least one knowledge element (a profile to share) */
  hasProfile: boolean;
};

/**
 * A learner's results now: on a target profile (assessment campaigns) or the whole profile
 * (profile collection, `targetProfileId` null). Resets apply as on the profile page.
 */
export async function learnerResults(db: DbOrTx, userId: string, targetProfileId: string | null): Promise<LearnerResults> {
  const index = getContentIndex();
  const [knowledge, resets] = await Promise.all([loadKnowledge(db, userId), loadResets(db, userId)]);
  const known = scoredKnowledge(knowledge, resets);
  const score = scoreProfile(known.values(), index.referential.competences, scoringOptions());
  const profile = targetProfileId ? (index.targetProfileById.get(targetProfileId) ?? null) : null;
  if (targetProfileId && !profile) throw new Error(`unknown target profile ${targetProfileId}`);
  const skills = profile ? compileTarget(getReferential(), { kind: "profile", profileId: profile.id }).skills : [];
  const results = profile ? campaignResults(profile, skills, index.tubeById, known) : null;
  const snapshot = results
    ? snapshotOf(results, skills, known, index.referential.competences, score)
    : snapshotOf(campaignResults({ themes: [], stages: [] }, [], index.tubeById, known), [], known, index.referential.competences, score);
  return { profile, results, score, snapshot, hasProfile: known.size > 0 };
}
