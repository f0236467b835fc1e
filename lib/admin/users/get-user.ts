import "server-only";
import { asc, desc, eq, max } from "drizzle-orm";
import { getDb } from "@/db/client";
import { centerMemberships, certificationCenters, certificationCourses, certificationSessions, memberships, organisations, sessions, users } from "@/db/schema";
import { loadKnowledge, loadResets, scoredKnowledge, scoringOptions } from "@/lib/assessments/knowledge";
import { assertAdmin, type Actor } from "@/lib/auth/actor";
import { getContentIndex } from "@/lib/content";
import { NotFound } from "@/lib/errors";
import { scoreProfile } from "@/lib/scoring";
import { userIdSchema } from "./schemas";

export type AdminUser = {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  role: string;
  isAnonymous: boolean;
  createdAt: Date;
  deletedAt: Date | null;
  lastSeenAt: Date | null;
  failedLogins: number;
  blockedUntil: Date | null;
  blockedIndefinitely: boolean;
  /** blocked right now (indefinitely, or until a date still to come) */
  isBlocked: boolean;
  profile: { totalPix: number; competences: { id: string; code: string; name: string; pix: number; level: number }[] };
  organisations: { id: string; name: string; role: string; archived: boolean }[];
  centers: { id: string; name: string; role: string }[];
  certifications: { id: string; sessionDate: string; status: string | null; state: string; pixScore: number | null; verificationCode: string | null }[];
};

/** One account for staff: identity, lockout state, profile summary (same scoring as the learner's profile), memberships, certifications. */
export async function getAdminUser(actor: Actor | null, userId: string, now = new Date()): Promise<AdminUser> {
  assertAdmin(actor);
  if (!userIdSchema.safeParse(userId).success) throw new NotFound();
  const db = getDb();
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) throw new NotFound();
  const index = getContentIndex();
  const [knowledge, resets, [seen], orgs, centers, certifications] = await Promise.all([
    loadKnowledge(db, userId),
    loadResets(db, userId),
    db.select({ at: max(sessions.lastSeenAt) }).from(sessions).where(eq(sessions.userId, userId)),
    db
      .select({ id: organisations.id, name: organisations.name, role: memberships.role, archivedAt: organisations.archivedAt })
      .from(memberships)
      .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
      .where(eq(memberships.userId, userId))
      .orderBy(asc(organisations.name)),
    db
      .select({ id: certificationCenters.id, name: certificationCenters.name, role: centerMemberships.role })
      .from(centerMemberships)
      .innerJoin(certificationCenters, eq(certificationCenters.id, centerMemberships.centerId))
      .where(eq(centerMemberships.userId, userId))
      .orderBy(asc(certificationCenters.name)),
    db
      .select({
        id: certificationCourses.id,
        sessionDate: certificationSessions.date,
        status: certificationCourses.status,
        state: certificationCourses.state,
        pixScore: certificationCourses.pixScore,
        verificationCode: certificationCourses.verificationCode,
      })
      .from(certificationCourses)
      .innerJoin(certificationSessions, eq(certificationSessions.id, certificationCourses.sessionId))
      .where(eq(certificationCourses.userId, userId))
      .orderBy(desc(certificationSessions.date)),
  ]);
  const score = scoreProfile(scoredKnowledge(knowledge, resets).values(), index.referential.competences, scoringOptions());
  return {
    id: user.id,
    firstName: user.firstName,
    lastName: user.lastName,
    email: user.email,
    role: user.role,
    isAnonymous: user.isAnonymous,
    createdAt: user.createdAt,
    deletedAt: user.deletedAt,
    lastSeenAt: seen?.at ?? null,
    failedLogins: user.failedLogins,
    blockedUntil: user.blockedUntil,
    blockedIndefinitely: user.blockedIndefinitely,
    isBlocked: user.blockedIndefinitely || Boolean(user.blockedUntil && user.blockedUntil > now),
    profile: {
      totalPix: score.totalPix,
      competences: index.referential.competences.map((c) => ({ id: c.id, code: c.code, name: c.name, pix: score.competences[c.id]?.pix ?? 0, level: score.competences[c.id]?.level ?? 0 })),
    },
    organisations: orgs.map((o) => ({ id: o.id, name: o.name, role: o.role, archived: Boolean(o.archivedAt) })),
    centers,
    certifications,
  };
}
