// Platform staff archive a centre (its staff lose access to Pix Certif, it cannot run sessions)
// or bring it back. Asking for the state it already has: harmless.
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { certificationCenters } from "@/db/schema";
import { assertAdmin, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { centreSnapshot, lockCentre } from "./guard";

export async function setCentreArchived(db: Db, actor: Actor | null, centreId: string, archived: boolean, now = new Date()): Promise<{ changed: boolean }> {
  assertAdmin(actor);
  return db.transaction(async (tx) => {
    const before = await lockCentre(tx, centreId);
    if ((before.archivedAt !== null) === archived) return { changed: false };
    const [after] = await tx
      .update(certificationCenters)
      .set({ archivedAt: archived ? now : null })
      .where(eq(certificationCenters.id, centreId))
      .returning();
    await recordAudit(
      tx,
      { actorId: actor.userId, action: archived ? "admin.centre.archive" : "admin.centre.unarchive", targetType: "certification_center", targetId: centreId, before: centreSnapshot(before), after: centreSnapshot(after!) },
      now,
    );
    return { changed: true };
  });
}
