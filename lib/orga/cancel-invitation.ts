import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { organisationInvitations } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { Conflict, NotFound } from "@/lib/errors";
import { assertOrgAccess, isUuid } from "./guard";

/**
 * Cancels a pending invitation of this organisation (ADMIN only): its link stops working.
 * Cancelling twice is harmless; an invitation already accepted cannot be cancelled (remove the
 * member instead).
 */
export async function cancelInvitation(actor: Actor | null, organisationId: string, invitationId: string, now = new Date()): Promise<{ cancelled: boolean }> {
  const db = getDb();
  await assertOrgAccess(db, actor, organisationId, "ADMIN");
  if (!isUuid(invitationId)) throw new NotFound("Cette invitation n'existe pas.");
  return db.transaction(async (tx) => {
    const [inv] = await tx
      .select({ acceptedAt: organisationInvitations.acceptedAt, cancelledAt: organisationInvitations.cancelledAt })
      .from(organisationInvitations)
      .where(and(eq(organisationInvitations.id, invitationId), eq(organisationInvitations.organisationId, organisationId)))
      .for("update");
    if (!inv) throw new NotFound("Cette invitation n'existe pas.");
    if (inv.cancelledAt) return { cancelled: false };
    if (inv.acceptedAt) throw new Conflict("Cette invitation a déjà été acceptée : la personne fait partie de la structure. Pour lui retirer l'accès, retirez-la de la liste des membres.");
    await tx.update(organisationInvitations).set({ cancelledAt: now }).where(eq(organisationInvitations.id, invitationId));
    return { cancelled: true };
  });
}
