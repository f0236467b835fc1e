import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { certificationCandidates, certificationCourses } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { guardSession, type SessionRow } from "./guard";
import { userEligibility, type EligibilityView } from "./user-eligibility";

export type CandidateView = {
  id: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  extraTimePercent: number;
  email: string | null;
  /** joined with an account on the day */
  joined: boolean;
  /** from the linked account's profile; null when no account is linked yet */
  eligibility: EligibilityView | null;
};

export type SessionDetails = {
  center: { id: string; name: string; approved: boolean };
  session: Omit<SessionRow, "number"> & { number: number };
  candidates: CandidateView[];
};

/** A session of the centre with its candidates (by name); eligibility of joined candidates is read on the fly. */
export async function getSession(actor: Actor | null, centerId: string, sessionId: string): Promise<SessionDetails> {
  const db = getDb();
  const { center, session } = await guardSession(db, actor, centerId, sessionId);
  const rows = await db
    .select({ c: certificationCandidates, courseId: certificationCourses.id })
    .from(certificationCandidates)
    .leftJoin(certificationCourses, eq(certificationCourses.candidateId, certificationCandidates.id))
    .where(eq(certificationCandidates.sessionId, sessionId))
    .orderBy(asc(certificationCandidates.lastName), asc(certificationCandidates.firstName), asc(certificationCandidates.createdAt));
  const candidates: CandidateView[] = [];
  for (const { c, courseId } of rows) {
    candidates.push({
      id: c.id,
      firstName: c.firstName,
      lastName: c.lastName,
      birthDate: c.birthDate,
      extraTimePercent: c.extraTimePercent,
      email: c.email,
      joined: c.userId !== null || courseId !== null,
      eligibility: c.userId ? await userEligibility(db, c.userId) : null,
    });
  }
  return {
    center: { id: center.id, name: center.name, approved: center.approvedAt !== null && center.archivedAt === null },
    session: { ...session, number: session.number ?? 0 },
    candidates,
  };
}
