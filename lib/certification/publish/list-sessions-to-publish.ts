// Platform staff: finalised sessions waiting for publication.
import { asc, count, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { certificationCandidates, certificationCenters, certificationCourses, certificationIncidents, certificationSessions } from "@/db/schema";
import { assertAdmin, type Actor } from "@/lib/auth/actor";

export type SessionToPublish = { id: string; number: number | null; date: string; centerName: string; finalisedAt: Date | null; candidates: number; incidents: number };

export async function listSessionsToPublish(db: DbOrTx, actor: Actor | null): Promise<SessionToPublish[]> {
  assertAdmin(actor);
  const sessions = await db
    .select({ id: certificationSessions.id, number: certificationSessions.number, date: certificationSessions.date, finalisedAt: certificationSessions.finalisedAt, centerName: certificationCenters.name })
    .from(certificationSessions)
    .innerJoin(certificationCenters, eq(certificationCenters.id, certificationSessions.centerId))
    .where(eq(certificationSessions.status, "finalised"))
    .orderBy(asc(certificationSessions.finalisedAt));
  const out: SessionToPublish[] = [];
  for (const s of sessions) {
    const [c] = await db.select({ n: count() }).from(certificationCandidates).where(eq(certificationCandidates.sessionId, s.id));
    const [i] = await db
      .select({ n: count() })
      .from(certificationIncidents)
      .innerJoin(certificationCourses, eq(certificationCourses.id, certificationIncidents.courseId))
      .where(sql`${certificationCourses.sessionId} = ${s.id}`);
    out.push({ ...s, candidates: Number(c?.n ?? 0), incidents: Number(i?.n ?? 0) });
  }
  return out;
}
