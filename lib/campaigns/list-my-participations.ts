import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { assessments, campaignParticipations, campaigns, diagRuns, organisations } from "@/db/schema";
import { assertRegistered, type Actor } from "@/lib/auth/actor";
import { retryEligibility } from "@/lib/scoring";

/** Where a participation stands, as "Mes parcours" says it. */
export type MyParticipationStatus = "en-cours" | "a-envoyer" | "envoye" | "a-retenter";

export type MyParticipationItem = {
  participationId: string;
  code: string;
  campaignName: string;
  organisationName: string;
  /** "abc-diag" | "assessment" | "profiles" */
  type: string;
  status: MyParticipationStatus;
  startedAt: Date;
  sharedAt: Date | null;
  /** the ABC Diag's result code (its result page) */
  resultCode: string | null;
  /** where "Reprendre", "Envoyer" or "Voir mon résultat" leads */
  href: string;
};

/** "Mes parcours": the learner's current participations, newest first, with where each stands. */
export async function listMyParticipations(actor: Actor | null, now = new Date()): Promise<MyParticipationItem[]> {
  assertRegistered(actor);
  const rows = await getDb()
    .select({
      p: campaignParticipations,
      code: campaigns.code,
      campaignName: campaigns.name,
      type: campaigns.type,
      multipleSendings: campaigns.multipleSendings,
      archivedAt: campaigns.archivedAt,
      organisationName: organisations.name,
      assessmentState: assessments.state,
      runState: diagRuns.state,
      resultCode: diagRuns.resultCode,
    })
    .from(campaignParticipations)
    .innerJoin(campaigns, eq(campaigns.id, campaignParticipations.campaignId))
    .innerJoin(organisations, eq(organisations.id, campaigns.organisationId))
    .leftJoin(assessments, eq(assessments.campaignParticipationId, campaignParticipations.id))
    .leftJoin(diagRuns, eq(diagRuns.participationId, campaignParticipations.id))
    .where(and(eq(campaignParticipations.userId, actor.userId), eq(campaignParticipations.isImproved, false)))
    .orderBy(desc(campaignParticipations.createdAt), desc(diagRuns.createdAt));
  const byId = new Map<string, MyParticipationItem>();
  for (const r of rows) {
    const seen = byId.get(r.p.id);
    // an ABC Diag may have been taken again: the latest run counts, a finished one wins
    if (seen) {
      if (seen.type === "abc-diag" && seen.status === "en-cours" && r.runState === "completed") {
        seen.status = "envoye";
        seen.resultCode = r.resultCode;
        seen.href = diagResultHref(r.resultCode);
      }
      continue;
    }
    let status: MyParticipationStatus;
    let href: string;
    if (r.type === "abc-diag") {
      status = r.runState === "completed" ? "envoye" : "en-cours";
      href = status === "envoye" ? diagResultHref(r.resultCode) : "/abc-diag/question";
    } else if (r.p.status === "shared") {
      const retry = r.multipleSendings && !r.archivedAt && r.p.sharedAt ? retryEligibility(r.p.sharedAt, now) : null;
      status = retry?.allowed ? "a-retenter" : "envoye";
      href = `/campagnes/${r.code}/resultat`;
    } else if (r.type === "assessment" && r.assessmentState === "started") {
      status = "en-cours";
      href = `/campagnes/${r.code}/evaluation`;
    } else {
      status = "a-envoyer";
      href = `/campagnes/${r.code}/resultat`;
    }
    byId.set(r.p.id, {
      participationId: r.p.id,
      code: r.code,
      campaignName: r.campaignName,
      organisationName: r.organisationName,
      type: r.type,
      status,
      startedAt: r.p.createdAt,
      sharedAt: r.p.sharedAt,
      resultCode: r.type === "abc-diag" ? r.resultCode : null,
      href,
    });
  }
  return [...byId.values()];
}

function diagResultHref(code: string | null): string {
  return code ? `/abc-diag/resultat?code=${encodeURIComponent(code)}` : "/abc-diag/resultat";
}
