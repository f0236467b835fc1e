import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { campaignParticipations, campaigns, diagRuns, organisations } from "@/db/schema";
import { assertRegistered, type Actor } from "@/lib/auth/actor";

export type MyParticipation = {
  participationId: string;
  campaignName: string;
  organisationName: string;
  type: string;
  /** "en-cours" | "termine" */
  status: "en-cours" | "termine";
  startedAt: Date;
};

/** "Mes parcours": the learner's own participations, newest first, with where each stands. */
export async function listMyParticipations(actor: Actor | null): Promise<MyParticipation[]> {
  assertRegistered(actor);
  const rows = await getDb()
    .select({
      id: campaignParticipations.id,
      createdAt: campaignParticipations.createdAt,
      campaignName: campaigns.name,
      type: campaigns.type,
      organisationName: organisations.name,
      runState: diagRuns.state,
    })
    .from(campaignParticipations)
    .innerJoin(campaigns, eq(campaigns.id, campaignParticipations.campaignId))
    .innerJoin(organisations, eq(organisations.id, campaigns.organisationId))
    .leftJoin(diagRuns, eq(diagRuns.participationId, campaignParticipations.id))
    .where(eq(campaignParticipations.userId, actor.userId))
    .orderBy(desc(campaignParticipations.createdAt));
  const byId = new Map<string, MyParticipation>();
  for (const r of rows) {
    const done = r.runState === "completed";
    const seen = byId.get(r.id);
    if (seen) {
      if (done) seen.status = "termine";
      continue;
    }
    byId.set(r.id, {
      participationId: r.id,
      campaignName: r.campaignName,
      organisationName: r.organisationName,
      type: r.type,
      status: done ? "termine" : "en-cours",
      startedAt: r.createdAt,
    });
  }
  return [...byId.values()];
}
