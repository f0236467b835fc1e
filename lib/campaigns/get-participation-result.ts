import "server-only";
import { getDb } from "@/db/client";
import { assertUser, type Actor } from "@/lib/auth/actor";
import { getContentIndex } from "@/lib/content";
import { NotFound } from "@/lib/errors";
import { retryEligibility, type DelayEligibility } from "@/lib/scoring";
import { getMyParticipation, type MyCampaign } from "./get-my-participation";
import { learnerResults } from "./learner-results";
import { percent, type CampaignResults, type Stage } from "./results";
import type { ParticipationSnapshot } from "@/db/schema/campaigns";

export type ParticipationResult = {
  campaign: MyCampaign;
  status: "started" | "completed" | "shared";
  sharedAt: Date | null;
  /** assessment campaigns: live until shared, then what was sent (themes without the tube detail) */
  results: CampaignResults | null;
  /** every competence of the profile: live until shared, then what was sent (profile collection) */
  competences: ParticipationSnapshot["competences"];
  totalPix: number;
  /** profile collection: the learner has a profile to send */
  hasProfile: boolean;
  /** multiple sendings, once shared: when a new try is possible */
  retry: DelayEligibility | null;
};

/** The actor's result in this campaign (only their own). */
export async function getParticipationResult(actor: Actor | null, input: { code: string }, now = new Date()): Promise<ParticipationResult> {
  assertUser(actor);
  const db = getDb();
  const mine = await getMyParticipation(db, actor, input.code);
  if (!mine || mine.campaign.type === "abc-diag") throw new NotFound("Vous ne participez pas à ce parcours.");
  const { campaign, participation: p } = mine;
  const status = p.status as ParticipationResult["status"];
  const retry = status === "shared" && campaign.multipleSendings && p.sharedAt && !campaign.archived ? retryEligibility(p.sharedAt, now) : null;
  if (status === "shared" && p.snapshot) {
    return {
      campaign,
      status,
      sharedAt: p.sharedAt,
      results: frozenResults(campaign.targetProfileId, p),
      competences: p.snapshot.competences,
      totalPix: p.pixScore ?? 0,
      hasProfile: true,
      retry,
    };
  }
  const live = await learnerResults(db, actor.userId, campaign.targetProfileId);
  return {
    campaign,
    status,
    sharedAt: p.sharedAt,
    results: live.results,
    competences: live.snapshot.competences,
    totalPix: live.score.totalPix,
    hasProfile: live.hasProfile,
    retry,
  };
}

function frozenResults(
  targetProfileId: string | null,
  p: { snapshot: ParticipationSnapshot | null; validatedSkills: number | null; targetSkills: number | null; masteryBasisPoints: number | null; stageReached: number | null },
): CampaignResults | null {
  if (!targetProfileId || p.validatedSkills === null || p.targetSkills === null) return null;
  const profile = getContentIndex().targetProfileById.get(targetProfileId);
  const stages = profile?.stages ?? [];
  const stage: Stage | null = p.stageReached && stages[p.stageReached - 1] ? { ...stages[p.stageReached - 1]!, number: p.stageReached } : null;
  return {
    themes: (p.snapshot?.themes ?? []).map((t) => ({ ...t, known: t.total, tubes: [] })),
    validated: p.validatedSkills,
    known: p.targetSkills,
    total: p.targetSkills,
    masteryPercent: percent(p.validatedSkills, p.targetSkills),
    masteryBasisPoints: p.masteryBasisPoints ?? 0,
    stage,
    stagesCount: stages.length,
  };
}
