import "server-only";
import { eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { campaignParticipations, campaigns, diagAnswers, diagRuns, users } from "@/db/schema";
import { abcDiagResult, type AbcDiagResult } from "@/lib/abc-diag/result";
import type { AnswerStatus } from "@/lib/answers";
import { assertUser, type Actor } from "@/lib/auth/actor";
import { assertOrgMember } from "@/lib/auth/memberships";
import { getContentIndex } from "@/lib/content";
import { NotFound } from "@/lib/errors";

export type DiagParticipantResult = {
  participationId: string;
  /** "Participant anonyme" when the person has no account */
  name: string;
  externalId: string | null;
  resultCode: string;
  completed: boolean;
  answered: number;
  result: AbcDiagResult | null;
};

/**
 * What a structure reads of its ABC Diag campaign: each participant's result code, progress and,
 * once finished, the dimensions and orientation. Members of the campaign's organisation only.
 */
export async function listDiagResults(actor: Actor | null, campaignId: string): Promise<DiagParticipantResult[]> {
  assertUser(actor);
  const db = getDb();
  const [campaign] = await db.select({ organisationId: campaigns.organisationId }).from(campaigns).where(eq(campaigns.id, campaignId));
  if (!campaign) throw new NotFound();
  await assertOrgMember(db, actor, campaign.organisationId);
  const diag = getContentIndex().referential.abcDiag;
  const rows = await db
    .select({ p: campaignParticipations, run: diagRuns, user: { firstName: users.firstName, lastName: users.lastName, isAnonymous: users.isAnonymous } })
    .from(campaignParticipations)
    .innerJoin(diagRuns, eq(diagRuns.participationId, campaignParticipations.id))
    .innerJoin(users, eq(users.id, campaignParticipations.userId))
    .where(eq(campaignParticipations.campaignId, campaignId));
  const answers = rows.length
    ? await db.select().from(diagAnswers).where(inArray(diagAnswers.runId, rows.map((r) => r.run.id)))
    : [];
  return rows.map(({ p, run, user }) => {
    const mine = answers.filter((a) => a.runId === run.id);
    const completed = run.state === "completed";
    return {
      participationId: p.id,
      name: user.isAnonymous ? "Participant anonyme" : `${user.firstName} ${user.lastName}`,
      externalId: p.externalId,
      resultCode: run.resultCode,
      completed,
      answered: mine.length,
      result: completed && diag ? abcDiagResult(diag, new Map(mine.map((a) => [a.challengeId, a.status as AnswerStatus]))) : null,
    };
  });
}
