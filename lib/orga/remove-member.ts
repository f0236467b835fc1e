import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { Conflict } from "@/lib/errors";
import { LAST_ADMIN_REMOVE, lockAndCountAdmins } from "./admins";
import { assertOrgAccess, isUuid } from "./guard";

/**
 * Removes a member from this organisation (ADMIN only). The last admin cannot be removed, so an
 * admin may remove themselves only while another admin remains. A member already gone (a form
 * sent twice) is not an error: `removed` is then false. Each removal is written to the audit log.
 * The person's account and their own results are untouched.
 */
export async function removeMember(
  actor: Actor | null,
  organisationId: string,
  membershipId: string,
  now = new Date(),
): Promise<{ removed: boolean; self: boolean }> {
  const db = getDb();
  await assertOrgAccess(db, actor, organisationId, "ADMIN");
  if (!isUuid(membershipId)) return { removed: false, self: false };
  return db.transaction(async (tx) => {
    const admins = await lockAndCountAdmins(tx, organisationId);
    await assertOrgAccess(tx, actor, organisationId, "ADMIN");
    const [target] = await tx
      .select({ id: memberships.id, userId: memberships.userId, role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.id, membershipId), eq(memberships.organisationId, organisationId)));
    if (!target) return { removed: false, self: false };
    if (target.role === "ADMIN" && admins <= 1) throw new Conflict(LAST_ADMIN_REMOVE);
    await tx.delete(memberships).where(eq(memberships.id, target.id));
    await recordAudit(
      tx,
      {
        actorId: actor!.userId,
        action: "orga.member.removed",
        targetType: "membership",
        targetId: target.id,
        before: { organisationId, userId: target.userId, role: target.role },
      },
      now,
    );
    return { removed: true, self: target.userId === actor!.userId };
  });
}
