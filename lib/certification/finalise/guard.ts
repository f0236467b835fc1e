import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db/client";
import { certificationCenters, certificationSessions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCenterMember } from "@/lib/auth/memberships";
import { NotAllowed, NotFound } from "@/lib/errors";

const uuid = z.uuid();

/** Centre staff only (membership checked first), then the session of this very centre. */
export async function centerSession(db: DbOrTx, actor: Actor | null, centerId: string, sessionId: string, forUpdate = false) {
  if (!uuid.safeParse(centerId).success) {
    await assertCenterMember(db, actor, "00000000-0000-0000-0000-000000000000");
    throw new NotAllowed();
  }
  await assertCenterMember(db, actor, centerId);
  if (!uuid.safeParse(sessionId).success) throw new NotFound();
  const query = db
    .select()
    .from(certificationSessions)
    .where(and(eq(certificationSessions.id, sessionId), eq(certificationSessions.centerId, centerId)))
    .limit(1);
  const [session] = forUpdate ? await query.for("update") : await query;
  if (!session) throw new NotFound();
  const [center] = await db.select({ name: certificationCenters.name }).from(certificationCenters).where(eq(certificationCenters.id, centerId));
  return { session, centerName: center?.name ?? "" };
}
