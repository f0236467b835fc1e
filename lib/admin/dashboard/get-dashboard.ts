import "server-only";
import { and, count, eq, gte, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { abcPixRequests, assessments, campaigns, certificationCourses, certificationSessions, contactMessages, diagRuns, problemReports, users } from "@/db/schema";
import { assertAdmin, type Actor } from "@/lib/auth/actor";

export type Dashboard = {
  learners: number;
  testsToday: { assessments: number; diagRuns: number; certifications: number };
  activeCampaigns: number;
  sessionsToPublish: number;
  openReports: number;
  pendingAccessRequests: number;
  openContactMessages: number;
};

/** The start of `now`'s day in Paris (good to the hour around DST changes). */
export function parisToday(now: Date): Date {
  const parts = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "Europe/Paris" }).formatToParts(now);
  const hour = Number(parts.find((p) => p.type === "hour")!.value);
  const minute = Number(parts.find((p) => p.type === "minute")!.value);
  const start = new Date(now.getTime() - (hour * 60 + minute) * 60_000);
  start.setUTCSeconds(0, 0);
  return start;
}

/** Staff only: the figures of the back-office's home page, counted in the database. */
export async function getDashboard(actor: Actor | null, now = new Date()): Promise<Dashboard> {
  assertAdmin(actor);
  const db = getDb();
  const today = parisToday(now);
  const one = async (q: Promise<{ n: number }[]>) => Number((await q)[0]?.n ?? 0);
  const [learners, todayAssessments, todayDiag, todayCertif, activeCampaigns, sessionsToPublish, openReports, pendingAccessRequests, openContactMessages] =
    await Promise.all([
      one(db.select({ n: count() }).from(users).where(and(eq(users.role, "user"), eq(users.isAnonymous, false), isNull(users.deletedAt)))),
      one(db.select({ n: count() }).from(assessments).where(gte(assessments.createdAt, today))),
      one(db.select({ n: count() }).from(diagRuns).where(gte(diagRuns.createdAt, today))),
      one(db.select({ n: count() }).from(certificationCourses).where(gte(certificationCourses.startedAt, today))),
      one(db.select({ n: count() }).from(campaigns).where(isNull(campaigns.archivedAt))),
      one(db.select({ n: count() }).from(certificationSessions).where(eq(certificationSessions.status, "finalised"))),
      one(db.select({ n: count() }).from(problemReports).where(isNull(problemReports.handledAt))),
      one(db.select({ n: count() }).from(abcPixRequests).where(eq(abcPixRequests.state, "pending"))),
      one(db.select({ n: count() }).from(contactMessages).where(isNull(contactMessages.handledAt))),
    ]);
  return {
    learners,
    testsToday: { assessments: todayAssessments, diagRuns: todayDiag, certifications: todayCertif },
    activeCampaigns,
    sessionsToPublish,
    openReports,
    pendingAccessRequests,
    openContactMessages,
  };
}
