// Shared guards of the centre staff services: membership first, then the session must belong
// to the centre named in the address (a session of another centre is simply "not found").
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db/client";
import { certificationCenters, certificationSessions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCenterMember } from "@/lib/auth/memberships";
import { Conflict, NotAllowed, NotFound } from "@/lib/errors";

export type CenterRow = typeof certificationCenters.$inferSelect;
export type SessionRow = typeof certificationSessions.$inferSelect;

const uuid = z.uuid();

/** The actor is a member of this (non-archived) centre; returns the centre. */
export async function guardCenter(db: DbOrTx, actor: Actor | null, centerId: string): Promise<CenterRow> {
  if (!uuid.safeParse(centerId).success) {
    // still says "not allowed" to anyone who is not logged in
    await assertCenterMember(db, actor, "00000000-0000-0000-0000-000000000000");
    throw new NotAllowed();
  }
  await assertCenterMember(db, actor, centerId);
  const [center] = await db.select().from(certificationCenters).where(eq(certificationCenters.id, centerId)).limit(1);
  if (!center) throw new NotAllowed();
  return center;
}

/** Only an approved centre may run sessions. */
export function assertApproved(center: CenterRow): void {
  if (!center.approvedAt || center.archivedAt)
    throw new Conflict("Ce centre est en attente de validation par l'équipe Pix : il ne peut pas encore organiser de sessions.");
}

/** Membership, then the session of this very centre (locked when `forUpdate`). */
export async function guardSession(
  db: DbOrTx,
  actor: Actor | null,
  centerId: string,
  sessionId: string,
  opts: { forUpdate?: boolean } = {},
): Promise<{ center: CenterRow; session: SessionRow }> {
  const center = await guardCenter(db, actor, centerId);
  if (!uuid.safeParse(sessionId).success) throw new NotFound("Cette session n'existe pas.");
  const q = db
    .select()
    .from(certificationSessions)
    .where(and(eq(certificationSessions.id, sessionId), eq(certificationSessions.centerId, centerId)))
    .limit(1);
  const [session] = opts.forUpdate ? await q.for("update") : await q;
  if (!session) throw new NotFound("Cette session n'existe pas.");
  return { center, session };
}

/** Candidates can be added, edited or removed only before finalisation. */
export function assertSessionOpen(session: SessionRow): void {
  if (session.status !== "created") throw new Conflict("Cette session est finalisée : sa liste de candidats ne peut plus changer.");
}
