import "server-only";
import { count, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { certificationCandidates, certificationSessions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { guardCenter } from "./guard";

export type SessionListItem = { id: string; number: number; date: string; time: string; room: string; status: string; candidateCount: number };

/** The centre's sessions, latest date first, with their candidate count. */
export async function listSessions(
  actor: Actor | null,
  centerId: string,
): Promise<{ center: { id: string; name: string; approved: boolean }; sessions: SessionListItem[] }> {
  const db = getDb();
  const center = await guardCenter(db, actor, centerId);
  const rows = await db
    .select({
      id: certificationSessions.id,
      number: certificationSessions.number,
      date: certificationSessions.date,
      time: certificationSessions.time,
      room: certificationSessions.room,
      status: certificationSessions.status,
      candidateCount: count(certificationCandidates.id),
    })
    .from(certificationSessions)
    .leftJoin(certificationCandidates, eq(certificationCandidates.sessionId, certificationSessions.id))
    .where(eq(certificationSessions.centerId, centerId))
    .groupBy(certificationSessions.id)
    .orderBy(desc(certificationSessions.date), desc(certificationSessions.time));
  return {
    center: { id: center.id, name: center.name, approved: center.approvedAt !== null && center.archivedAt === null },
    sessions: rows.map((r) => ({ ...r, number: r.number ?? 0, candidateCount: Number(r.candidateCount) })),
  };
}
