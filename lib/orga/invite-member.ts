import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { organisations } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import type { OrgRole } from "@/lib/auth/memberships";
import { hitRateLimits } from "@/lib/auth/rate-limit";
import { NotAllowed } from "@/lib/errors";
import { sendMail } from "@/lib/mail/send-mail";
import { assertOrgAccess } from "./guard";
import { createInvitation, invitationMail } from "./create-invitation";

export { ALREADY_MEMBER } from "./create-invitation";

/** Invitations per organisation and hour: far above a real need, low enough to stop a runaway script. */
export const INVITATION_LIMIT = { max: 100, windowMs: 60 * 60_000 };

/** Invites an e-mail address to join the organisation (ADMIN only); see createInvitation. */
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
  const { invitation, organisationName } = await db.transaction(async (tx) => {
    const [org] = await tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, organisationId));
    if (!org) throw new NotAllowed();
    const invitation = await createInvitation(tx, { organisationId, email, role: input.role, invitedBy: actor!.userId }, now);
    return { invitation, organisationName: org.name };
  });
  const inviter = `${actor!.firstName} ${actor!.lastName}`.trim() || "L'administrateur de la structure";
  await sendMail(invitationMail(invitation, organisationName, `${inviter} vous invite à rejoindre sa structure sur Pix Orga.`));
  return { invitationId: invitation.invitationId, expiresAt: invitation.expiresAt };
}
