// Platform staff approve a centre: from then on its staff may create sessions
// (lib/certification/sessions/guard.ts assertApproved). Twice: harmless.
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { certificationCenters } from "@/db/schema";
import { assertAdmin, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { Conflict } from "@/lib/errors";
import { centreSnapshot, lockCentre } from "./guard";

export async function approveCentre(db: Db, actor: Actor | null, centreId: string, now = new Date()): Promise<{ changed: boolean }> {
  assertAdmin(actor);
  return db.transaction(async (tx) => {
    const before = await lockCentre(tx, centreId);
    if (before.approvedAt) return { changed: false };
    if (before.archivedAt) throw new Conflict("Ce centre est archivé : désarchivez-le avant de le valider.");
    const [after] = await tx.update(certificationCenters).set({ approvedAt: now }).where(eq(certificationCenters.id, centreId)).returning();
    await recordAudit(tx, { actorId: actor.userId, action: "admin.centre.approve", targetType: "certification_center", targetId: centreId, before: centreSnapshot(before), after: centreSnapshot(after!) }, now);
    return { changed: true };
  });
}
