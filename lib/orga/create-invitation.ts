import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { memberships, organisationInvitations, users } from "@/db/schema";
import type { OrgRole } from "@/lib/auth/memberships";
import { appUrl } from "@/lib/env";
import { Conflict } from "@/lib/errors";
import { formatDate } from "@/lib/i18n/fr";
import type { Mail } from "@/lib/mail/send-mail";
import { invitationPath, invitationTokenHash, newInvitationToken } from "./invitation-token";
import { INVITATION_VALIDITY_MS, roleLabel } from "./labels";

export const ALREADY_MEMBER = "Cette personne fait déjà partie de la structure. Vous pouvez changer son rôle dans la liste des membres.";

export type CreatedInvitation = { invitationId: string; token: string; email: string; role: OrgRole; expiresAt: Date };

/**
 * Writes an invitation inside the caller's transaction (the caller has checked who acts).
 * Inviting the same address again replaces its pending invitation (the older link stops
 * working). The token goes in the e-mail only; the database keeps its sha-256.
 */
export async function createInvitation(
  tx: DbOrTx,
  input: { organisationId: string; email: string; role: OrgRole; invitedBy: string | null },
  now: Date,
): Promise<CreatedInvitation> {
  const email = input.email.trim().toLowerCase();
  const [member] = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, input.organisationId), sql`lower(${users.email}) = ${email}`, isNull(users.deletedAt)))
    .limit(1);
  if (member) throw new Conflict(ALREADY_MEMBER, "email");
  await tx
    .update(organisationInvitations)
    .set({ cancelledAt: now })
    .where(
      and(
        eq(organisationInvitations.organisationId, input.organisationId),
        eq(organisationInvitations.email, email),
        isNull(organisationInvitations.acceptedAt),
        isNull(organisationInvitations.cancelledAt),
      ),
    );
  const token = newInvitationToken();
  const expiresAt = new Date(now.getTime() + INVITATION_VALIDITY_MS);
  const [row] = await tx
    .insert(organisationInvitations)
    .values({ organisationId: input.organisationId, email, role: input.role, tokenHash: invitationTokenHash(token), invitedBy: input.invitedBy, createdAt: now, expiresAt })
    .returning({ id: organisationInvitations.id });
  return { invitationId: row!.id, token, email, role: input.role, expiresAt };
}

/** The invitation e-mail; `intro` says who invites and why (one or two sentences). */
export function invitationMail(invitation: CreatedInvitation, organisationName: string, intro: string): Mail {
  return {
    to: invitation.email,
    subject: `Pix Orga : invitation à rejoindre ${organisationName}`,
    text:
      "Bonjour,\n\n" +
      `${intro}\n` +
      `Vous rejoindrez « ${organisationName} » sur Pix Orga avec le rôle ${roleLabel(invitation.role).toLowerCase()}.\n` +
      "Pix Orga permet aux structures de suivre les personnes qu'elles accompagnent sur Pix.\n\n" +
      `Pour accepter, ouvrez ce lien :\n\n${appUrl()}${invitationPath(invitation.token)}\n\n` +
      `Ce lien marche une seule fois, pendant 7 jours (jusqu'au ${formatDate(invitation.expiresAt)}).\n` +
      "Il faut un compte Pix pour rejoindre la structure : si vous n'en avez pas, vous pourrez le créer en ouvrant le lien.\n" +
      "Si vous ne connaissez pas cette structure, ne faites rien.\n\n" +
      "L'équipe Pix\n",
  };
}
