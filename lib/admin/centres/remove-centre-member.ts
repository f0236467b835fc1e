// Platform staff remove a person from a centre's staff. Already gone (form sent twice): harmless.
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { centerMemberships } from "@/db/schema";
import { assertAdmin, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { lockCentre } from "./guard";
import { isUuid } from "./schemas";

export async function removeCentreMember(db: Db, actor: Actor | null, centreId: string, membershipId: string, now = new Date()): Promise<{ removed: boolean }> {
  assertAdmin(actor);
  return db.transaction(async (tx) => {
    await lockCentre(tx, centreId);
    if (!isUuid(membershipId)) return { removed: false };
    const [target] = await tx
      .delete(centerMemberships)
      .where(and(eq(centerMemberships.id, membershipId), eq(centerMemberships.centerId, centreId)))
      .returning();
    if (!target) return { removed: false };
    await recordAudit(
      tx,
      { actorId: actor.userId, action: "admin.centre.member.remove", targetType: "center_membership", targetId: target.id, before: { centerId: centreId, userId: target.userId, role: target.role }, after: null },
      now,
    );
    return { removed: true };
  });
}
