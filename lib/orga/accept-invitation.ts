import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships, organisationInvitations, organisations } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { Conflict, NotAllowed, NotAuthenticated } from "@/lib/errors";
import { INVITATION_MESSAGES, invitationState } from "./get-invitation";
import { invitationTokenHash } from "./invitation-token";
import { invitationTokenSchema } from "./schemas";

export const ACCOUNT_NEEDED = "Pour rejoindre une structure, il faut un compte Pix : connectez-vous ou créez un compte.";

/**
 * Joins the organisation of a usable invitation, once: the membership is created with the
 * invitation's role and the link is spent. The account's e-mail need not be the invited one:
 * the link itself (32 random bytes, sent to that address, valid 7 days, single use) is the
 * proof, people often use another address for Pix than the one their structure knows, and the
 * admin sees who joined in the list of members (and can remove them).
 * Accepting again is harmless: whoever spent the link just goes in. A person who is already a
 * member keeps their role and goes in; the link is spent.
 */
export async function acceptInvitation(actor: Actor | null, token: string, now = new Date()): Promise<{ organisationId: string; alreadyMember: boolean }> {
  if (!actor) throw new NotAuthenticated();
  if (actor.isAnonymous) throw new NotAllowed(ACCOUNT_NEEDED);
  if (!invitationTokenSchema.safeParse(token).success) throw new Conflict(INVITATION_MESSAGES.unknown);
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .select({
        id: organisationInvitations.id,
        organisationId: organisationInvitations.organisationId,
        role: organisationInvitations.role,
        expiresAt: organisationInvitations.expiresAt,
        acceptedAt: organisationInvitations.acceptedAt,
        acceptedBy: organisationInvitations.acceptedBy,
        cancelledAt: organisationInvitations.cancelledAt,
        archivedAt: organisations.archivedAt,
      })
      .from(organisationInvitations)
      .innerJoin(organisations, eq(organisations.id, organisationInvitations.organisationId))
      .where(eq(organisationInvitations.tokenHash, invitationTokenHash(token)))
      .for("update", { of: organisationInvitations })
      .limit(1);
    const state = invitationState(row, now);
    const [existing] = row
      ? await tx
          .select({ id: memberships.id })
          .from(memberships)
          .where(and(eq(memberships.organisationId, row.organisationId), eq(memberships.userId, actor.userId)))
      : [];
    if (state === "used" && row!.acceptedBy === actor.userId && existing) return { organisationId: row!.organisationId, alreadyMember: true };
    if (state !== "valid") throw new Conflict(INVITATION_MESSAGES[state]);
    const inv = row!;
    await tx.update(organisationInvitations).set({ acceptedAt: now, acceptedBy: actor.userId }).where(eq(organisationInvitations.id, inv.id));
    if (existing) return { organisationId: inv.organisationId, alreadyMember: true };
    await tx
      .insert(memberships)
      .values({ organisationId: inv.organisationId, userId: actor.userId, role: inv.role === "ADMIN" ? "ADMIN" : "MEMBER", createdAt: now })
      .onConflictDoNothing();
    return { organisationId: inv.organisationId, alreadyMember: false };
  });
}
