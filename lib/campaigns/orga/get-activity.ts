import "server-only";
import { and, desc, eq, gte, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { answers, assessments, campaignParticipations as cp, diagAnswers, diagRuns, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getContentIndex } from "@/lib/content";
import { getOrgCampaign, type OrgCampaign } from "./get-org-campaign";

/** Someone is "testing now" when their test moved in the last 15 minutes. */
export const LIVE_WINDOW_MS = 15 * 60_000;
/** Days of the "participations per day" chart. */
export const ACTIVITY_DAYS = 30;
/** At most this many rows in the live view (a room holds far fewer people). */
const LIVE_LIMIT = 100;

export type LiveParticipant = {
  participationId: string;
  /** the person's name, or "Participant anonyme" */
  name: string;
  isAnonymous: boolean;
  externalId: string | null;
  /** ABC Diag's result code, shown for anonymous participants */
  resultCode: string | null;
  /** the question on screen now (1-based); for a finished test, the number of answers */
  question: number;
  /** 10 for ABC Diag; null for an adaptive test (its length is not known in advance) */
  questionCount: number | null;
  finished: boolean;
  lastActionAt: Date;
};

export type CampaignActivity = {
  campaign: OrgCampaign;
  counts: { started: number; completed: number; shared: number; total: number };
  /** oldest first, ACTIVITY_DAYS entries, days in Paris time ("2026-12-05") */
  perDay: { day: string; count: number }[];
  live: LiveParticipant[];
  /** profile collections have no test to watch */
  hasLiveView: boolean;
  now: Date;
};

const anonymousName = "Participant anonyme";

function parisDay(d: Date): string {
  // sv-SE formats as YYYY-MM-DD
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" }).format(d);
}

/**
 * A campaign's activity for its organisation's members: how many people are at each status, how
 * many joined each day, and who is testing right now, at which question. Every query is scoped to
 * the campaign and reads through indexes: counts are GROUP BY on (campaign_id, is_improved); the
 * live view only keeps rows whose test moved in the last 15 minutes.
 */
export async function getActivity(actor: Actor | null, input: { orgId: string; campaignId: string }, now = new Date()): Promise<CampaignActivity> {
  const db = getDb();
  const campaign = await getOrgCampaign(db, actor, input.orgId, input.campaignId);
  const since = new Date(now.getTime() - LIVE_WINDOW_MS);
  const firstDay = new Date(now.getTime() - (ACTIVITY_DAYS - 1) * 24 * 3600_000);
  const dayStart = new Date(firstDay.getTime() - 24 * 3600_000); // a day of margin for time zones

  const [statusRows, dayRows] = await Promise.all([
    db
      .select({ status: cp.status, n: sql<number>`count(*)`.mapWith(Number) })
      .from(cp)
      .where(and(eq(cp.campaignId, campaign.id), eq(cp.isImproved, false)))
      .groupBy(cp.status),
    db
      .select({
        day: sql<string>`to_char(${cp.createdAt} at time zone 'Europe/Paris', 'YYYY-MM-DD')`,
        n: sql<number>`count(*)`.mapWith(Number),
      })
      .from(cp)
      .where(and(eq(cp.campaignId, campaign.id), gte(cp.createdAt, dayStart)))
      .groupBy(sql`1`),
  ]);
  const counts = { started: 0, completed: 0, shared: 0, total: 0 };
  for (const r of statusRows) {
    if (r.status === "started" || r.status === "completed" || r.status === "shared") counts[r.status] += r.n;
    counts.total += r.n;
  }
  const byDay = new Map(dayRows.map((r) => [r.day, r.n]));
  const perDay = Array.from({ length: ACTIVITY_DAYS }, (_, i) => {
    const day = parisDay(new Date(firstDay.getTime() + i * 24 * 3600_000));
    return { day, count: byDay.get(day) ?? 0 };
  });

  let live: LiveParticipant[] = [];
  if (campaign.type === "abc-diag") {
    const total = getContentIndex().referential.abcDiag?.questions.length ?? 10;
    const rows = await db
      .select({
        id: cp.id,
        externalId: cp.externalId,
        firstName: users.firstName,
        lastName: users.lastName,
        isAnonymous: users.isAnonymous,
        resultCode: diagRuns.resultCode,
        state: diagRuns.state,
        updatedAt: diagRuns.updatedAt,
        answered: sql<number>`(select coalesce(max(${diagAnswers.position}), 0) from ${diagAnswers} where ${diagAnswers.runId} = ${diagRuns.id})`.mapWith(Number),
      })
      .from(cp)
      // through diag_runs_user_idx (user_id, …): the run of this participation
      .innerJoin(diagRuns, and(eq(diagRuns.userId, cp.userId), eq(diagRuns.participationId, cp.id)))
      .innerJoin(users, eq(users.id, cp.userId))
      .where(and(eq(cp.campaignId, campaign.id), eq(cp.isImproved, false), or(eq(cp.status, "started"), gte(cp.sharedAt, since)), gte(diagRuns.updatedAt, since)))
      .orderBy(desc(diagRuns.updatedAt))
      .limit(LIVE_LIMIT);
    live = rows.map((r) => {
      const finished = r.state === "completed";
      return {
        participationId: r.id,
        name: r.isAnonymous ? anonymousName : `${r.firstName} ${r.lastName}`.trim(),
        isAnonymous: r.isAnonymous,
        externalId: r.externalId,
        resultCode: r.resultCode,
        question: finished ? r.answered : Math.min(r.answered + 1, total),
        questionCount: total,
        finished,
        lastActionAt: r.updatedAt,
      };
    });
  } else if (campaign.type === "assessment") {
    const rows = await db
      .select({
        id: cp.id,
        externalId: cp.externalId,
        firstName: users.firstName,
        lastName: users.lastName,
        isAnonymous: users.isAnonymous,
        state: assessments.state,
        updatedAt: assessments.updatedAt,
        servedAt: assessments.currentServedAt,
        answered: sql<number>`(select coalesce(max(${answers.position}), 0) from ${answers} where ${answers.assessmentId} = ${assessments.id})`.mapWith(Number),
      })
      .from(cp)
      // assessments_participation_unique: one test per participation
      .innerJoin(assessments, eq(assessments.campaignParticipationId, cp.id))
      .innerJoin(users, eq(users.id, cp.userId))
      .where(
        and(
          eq(cp.campaignId, campaign.id),
          eq(cp.isImproved, false),
          or(eq(cp.status, "started"), gte(cp.completedAt, since)),
          or(gte(assessments.updatedAt, since), gte(assessments.currentServedAt, since)),
        ),
      )
      .orderBy(desc(assessments.updatedAt))
      .limit(LIVE_LIMIT);
    live = rows.map((r) => {
      const finished = r.state === "completed";
      const last = r.servedAt && r.servedAt > r.updatedAt ? r.servedAt : r.updatedAt;
      return {
        participationId: r.id,
        name: r.isAnonymous ? anonymousName : `${r.firstName} ${r.lastName}`.trim(),
        isAnonymous: r.isAnonymous,
        externalId: r.externalId,
        resultCode: null,
        question: finished ? r.answered : r.answered + 1,
        questionCount: null,
        finished,
        lastActionAt: last,
      };
    });
    live.sort((a, b) => b.lastActionAt.getTime() - a.lastActionAt.getTime());
  }
  // those answering first, then those who just finished
  live.sort((a, b) => Number(a.finished) - Number(b.finished));
  return { campaign, counts, perDay, live, hasLiveView: campaign.type !== "profiles", now };
}

/** "il y a 2 min", "il y a 30 s", "à l'instant": time since the last action, in plain words. */
export function sinceInWords(then: Date, now: Date): string {
  const s = Math.max(0, Math.round((now.getTime() - then.getTime()) / 1000));
  if (s < 10) return "à l'instant";
  if (s < 60) return `il y a ${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `il y a ${m} min`;
  const h = Math.floor(m / 60);
  return `il y a ${h} h ${String(m % 60).padStart(2, "0")}`;
}
