import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships, organisations, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertAdmin, type Actor } from "@/lib/auth/actor";
import { Conflict, NotFound } from "@/lib/errors";
import { sendMail } from "@/lib/mail/send-mail";
import { ALREADY_MEMBER, createInvitation, invitationMail, type CreatedInvitation } from "@/lib/orga/create-invitation";
import { addMemberSchema, organisationIdSchema } from "./schemas";
import { parseInput } from "./values";

export const STAFF_INVITATION_INTRO = "L'équipe Pix vous invite à rejoindre cette structure sur Pix Orga.";

/**
 * Staff add someone to an organisation by e-mail. An existing account becomes a member at once
 * (Conflict if it already is one); an unknown address gets an invitation e-mail, sent after commit.
 */
export async function addOrganisationMember(
  actor: Actor | null,
  input: { orgId: string; email: string; role: "ADMIN" | "MEMBER" },
  now = new Date(),
): Promise<{ kind: "member"; membershipId: string } | { kind: "invitation"; invitationId: string }> {
  assertAdmin(actor);
  if (!organisationIdSchema.safeParse(input.orgId).success) throw new NotFound();
  const { orgId, email, role } = parseInput(addMemberSchema, input);
  const result = await getDb().transaction(async (tx) => {
    const [org] = await tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, orgId));
    if (!org) throw new NotFound();
    const [user] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(sql`lower(${users.email}) = ${email}`, isNull(users.deletedAt), eq(users.isAnonymous, false)))
      .limit(1);
    if (user) {
      const [row] = await tx
        .insert(memberships)
        .values({ organisationId: orgId, userId: user.id, role, createdAt: now })
        .onConflictDoNothing()
        .returning({ id: memberships.id });
      if (!row) throw new Conflict(ALREADY_MEMBER, "email");
      await recordAudit(
        tx,
        { actorId: actor.userId, action: "admin.organisation.member-added", targetType: "membership", targetId: row.id, before: null, after: { organisationId: orgId, userId: user.id, role } },
        now,
      );
      return { kind: "member" as const, membershipId: row.id };
    }
    const invitation: CreatedInvitation = await createInvitation(tx, { organisationId: orgId, email, role, invitedBy: actor.userId }, now);
    await recordAudit(
      tx,
      {
        actorId: actor.userId,
        action: "admin.organisation.member-invited",
        targetType: "organisation_invitation",
        targetId: invitation.invitationId,
        before: null,
        after: { organisationId: orgId, email, role },
      },
      now,
    );
    return { kind: "invitation" as const, invitation, organisationName: org.name };
  });
  if (result.kind === "member") return result;
  await sendMail(invitationMail(result.invitation, result.organisationName, STAFF_INVITATION_INTRO));
  return { kind: "invitation", invitationId: result.invitation.invitationId };
}
