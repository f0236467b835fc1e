import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships, organisationInvitations, organisations, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import type { OrgRole } from "@/lib/auth/memberships";
import { hitRateLimits } from "@/lib/auth/rate-limit";
import { appUrl } from "@/lib/env";
import { Conflict, NotAllowed } from "@/lib/errors";
import { formatDate } from "@/lib/i18n/fr";
import { sendMail } from "@/lib/mail/send-mail";
import { assertOrgAccess } from "./guard";
import { invitationPath, invitationTokenHash, newInvitationToken } from "./invitation-token";
import { INVITATION_VALIDITY_MS, roleLabel } from "./labels";

/** Invitations per organisation and hour: far above a real need, low enough to stop a runaway script. */
export const INVITATION_LIMIT = { max: 100, windowMs: 60 * 60_000 };

export const ALREADY_MEMBER = "Cette personne fait déjà partie de la structure. Vous pouvez changer son rôle dans la liste des membres.";

/**
 * Invites an e-mail address to join the organisation (ADMIN only). Inviting the same address
 * again replaces its pending invitation (the older link stops working). The token is sent by
 * e-mail only; the database keeps its sha-256.
 */
export async function inviteMember(
  actor: Actor | null,
  organisationId: string,
  input: { email: string; role: OrgRole },
  now = new Date(),
): Promise<{ invitationId: string; expiresAt: Date }> {
  const db = getDb();
  await assertOrgAccess(db, actor, organisationId, "ADMIN");
  const email = input.email.trim().toLowerCase();
  await hitRateLimits(db, [{ key: `orga-invite:org:${organisationId}`, ...INVITATION_LIMIT }], now);
  const token = newInvitationToken();
  const expiresAt = new Date(now.getTime() + INVITATION_VALIDITY_MS);
  const { invitationId, organisationName } = await db.transaction(async (tx) => {
    const [org] = await tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, organisationId));
    if (!org) throw new NotAllowed();
    const [member] = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.organisationId, organisationId), sql`lower(${users.email}) = ${email}`, isNull(users.deletedAt)))
      .limit(1);
    if (member) throw new Conflict(ALREADY_MEMBER, "email");
    await tx
      .update(organisationInvitations)
      .set({ cancelledAt: now })
      .where(
        and(
          eq(organisationInvitations.organisationId, organisationId),
          eq(organisationInvitations.email, email),
          isNull(organisationInvitations.acceptedAt),
          isNull(organisationInvitations.cancelledAt),
        ),
      );
    const [row] = await tx
      .insert(organisationInvitations)
      .values({ organisationId, email, role: input.role, tokenHash: invitationTokenHash(token), invitedBy: actor!.userId, createdAt: now, expiresAt })
      .returning({ id: organisationInvitations.id });
    return { invitationId: row!.id, organisationName: org.name };
  });
  const inviter = `${actor!.firstName} ${actor!.lastName}`.trim() || "L'administrateur de la structure";
  await sendMail({
    to: email,
    subject: `Pix Orga : invitation à rejoindre ${organisationName}`,
    text:
      "Bonjour,\n\n" +
      `${inviter} vous invite à rejoindre « ${organisationName} » sur Pix Orga, avec le rôle ${roleLabel(input.role).toLowerCase()}.\n` +
      "Pix Orga permet aux structures de suivre les personnes qu'elles accompagnent sur Pix.\n\n" +
      `Pour accepter, ouvrez ce lien :\n\n${appUrl()}${invitationPath(token)}\n\n` +
      `Ce lien marche une seule fois, pendant 7 jours (jusqu'au ${formatDate(expiresAt)}).\n` +
      "Il faut un compte Pix pour rejoindre la structure : si vous n'en avez pas, vous pourrez le créer en ouvrant le lien.\n" +
      "Si vous ne connaissez pas cette structure, ne faites rien.\n\n" +
      "L'équipe Pix\n",
  });
  return { invitationId, expiresAt };
}
