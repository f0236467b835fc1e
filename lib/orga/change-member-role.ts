import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import type { OrgRole } from "@/lib/auth/memberships";
import { recordAudit } from "@/lib/audit/record-audit";
import { Conflict, NotFound } from "@/lib/errors";
import { LAST_ADMIN_DEMOTE, lockAndCountAdmins } from "./admins";
import { assertOrgAccess, isUuid } from "./guard";

/**
 * Gives a member of this organisation another role (ADMIN only). The last admin cannot become
 * a plain member. Asking for the role the member already has changes nothing (a form sent
 * twice is harmless). Each change is written to the audit log.
 */
export async function changeMemberRole(
  actor: Actor | null,
  organisationId: string,
  input: { membershipId: string; role: OrgRole },
  now = new Date(),
): Promise<{ changed: boolean }> {
  const db = getDb();
  await assertOrgAccess(db, actor, organisationId, "ADMIN");
  if (!isUuid(input.membershipId)) throw new NotFound("Cette personne ne fait pas partie de la structure.");
  return db.transaction(async (tx) => {
    const admins = await lockAndCountAdmins(tx, organisationId);
    // checked again under the lock: the actor may have lost the role meanwhile
    await assertOrgAccess(tx, actor, organisationId, "ADMIN");
    const [target] = await tx
      .select({ id: memberships.id, userId: memberships.userId, role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.id, input.membershipId), eq(memberships.organisationId, organisationId)));
    if (!target) throw new NotFound("Cette personne ne fait pas partie de la structure.");
    if (target.role === input.role) return { changed: false };
    if (target.role === "ADMIN" && admins <= 1) throw new Conflict(LAST_ADMIN_DEMOTE);
    await tx.update(memberships).set({ role: input.role }).where(eq(memberships.id, target.id));
    await recordAudit(
      tx,
      {
        actorId: actor!.userId,
        action: "orga.member.role-changed",
        targetType: "membership",
        targetId: target.id,
        before: { organisationId, userId: target.userId, role: target.role },
        after: { organisationId, userId: target.userId, role: input.role },
      },
      now,
    );
    return { changed: true };
  });
}
