import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { abcPixRequests, memberships, organisations, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertAdmin, type Actor } from "@/lib/auth/actor";
import { Conflict, NotFound } from "@/lib/errors";
import { sendMail } from "@/lib/mail/send-mail";
import { createInvitation, invitationMail, type CreatedInvitation } from "@/lib/orga/create-invitation";
import { approvedMemberMail } from "./mails";
import { isUuid } from "./schemas";

export const ALREADY_REVIEWED = "Cette demande a déjà été traitée.";

export type ApprovalResult = {
  organisationId: string;
  organisationName: string;
  /** true: a new organisation; false: an existing one was given access */
  created: boolean;
  /** false when the contact person already belongs to the organisation */
  invited: boolean;
};

/** Locks the request; only a pending one may be reviewed (a second click finds it done). */
export async function lockPendingRequest(tx: Tx, id: string) {
  if (!isUuid(id)) throw new NotFound("Cette demande n'existe pas.");
  const [request] = await tx.select().from(abcPixRequests).where(eq(abcPixRequests.id, id)).for("update");
  if (!request) throw new NotFound("Cette demande n'existe pas.");
  if (request.state !== "pending") throw new Conflict(ALREADY_REVIEWED);
  return request;
}

/**
 * Staff only: accepts a pending request. The organisation with the same SIRET (or the one staff
 * chose) gets ABC Pix access, or a new one is created with it; the contact person is invited
 * as ADMIN unless already a member. All in one transaction; the e-mail leaves after it.
 */
export async function approveAccessRequest(
  actor: Actor | null,
  id: string,
  input: { organisationId?: string } = {},
  now = new Date(),
): Promise<ApprovalResult> {
  assertAdmin(actor);
  const db = getDb();
  const outcome = await db.transaction(async (tx) => {
    const request = await lockPendingRequest(tx, id);
    const [sameSiret] = await tx.select().from(organisations).where(eq(organisations.siret, request.siret)).for("update");
    let target = sameSiret;
    if (input.organisationId) {
      if (!isUuid(input.organisationId)) throw new Conflict("Cette structure n'existe pas.", "organisationId");
      if (sameSiret && sameSiret.id !== input.organisationId)
        throw new Conflict(`La structure « ${sameSiret.name} » a déjà ce numéro SIRET : choisissez-la.`, "organisationId");
      const [chosen] = await tx.select().from(organisations).where(eq(organisations.id, input.organisationId)).for("update");
      if (!chosen) throw new Conflict("Cette structure n'existe pas.", "organisationId");
      if (chosen.siret && chosen.siret !== request.siret)
        throw new Conflict("Cette structure a un autre numéro SIRET. Choisissez-en une autre ou créez-en une nouvelle.", "organisationId");
      target = chosen;
    }
    let organisationId: string;
    let organisationName: string;
    let created = false;
    if (target) {
      organisationId = target.id;
      organisationName = target.name;
      const before = { hasAbcPixAccess: target.hasAbcPixAccess, siret: target.siret };
      await tx.update(organisations).set({ hasAbcPixAccess: true, siret: request.siret }).where(eq(organisations.id, target.id));
      await recordAudit(
        tx,
        {
          actorId: actor.userId,
          action: "organisation.abc_pix_access_granted",
          targetType: "organisation",
          targetId: target.id,
          before,
          after: { hasAbcPixAccess: true, siret: request.siret, requestId: request.id },
        },
        now,
      );
    } else {
      const [org] = await tx
        .insert(organisations)
        .values({ name: request.structureName, type: request.structureType, siret: request.siret, hasAbcPixAccess: true, createdAt: now })
        .returning({ id: organisations.id, name: organisations.name });
      organisationId = org!.id;
      organisationName = org!.name;
      created = true;
      await recordAudit(
        tx,
        {
          actorId: actor.userId,
          action: "organisation.created",
          targetType: "organisation",
          targetId: organisationId,
          after: { name: request.structureName, type: request.structureType, siret: request.siret, hasAbcPixAccess: true, requestId: request.id },
        },
        now,
      );
    }
    const member = await isMember(tx, organisationId, request.contactEmail);
    let invitation: CreatedInvitation | null = null;
    if (!member) invitation = await createInvitation(tx, { organisationId, email: request.contactEmail, role: "ADMIN", invitedBy: actor.userId }, now);
    await tx
      .update(abcPixRequests)
      .set({ state: "approved", organisationId, reviewedBy: actor.userId, reviewedAt: now })
      .where(and(eq(abcPixRequests.id, request.id), eq(abcPixRequests.state, "pending")));
    await recordAudit(
      tx,
      {
        actorId: actor.userId,
        action: "abc_pix_request.approved",
        targetType: "abc_pix_request",
        targetId: request.id,
        before: { state: "pending" },
        after: { state: "approved", organisationId, organisationCreated: created, invited: invitation !== null },
      },
      now,
    );
    return { request, organisationId, organisationName, created, invitation };
  });
  const { request, invitation } = outcome;
  if (invitation)
    await sendMail(
      invitationMail(invitation, outcome.organisationName, `Votre demande d'accès à ABC Pix (référence ${request.reference}) est acceptée.`),
    );
  else await sendMail(approvedMemberMail(request, outcome.organisationName));
  return { organisationId: outcome.organisationId, organisationName: outcome.organisationName, created: outcome.created, invited: invitation !== null };
}

async function isMember(tx: Tx, organisationId: string, email: string): Promise<boolean> {
  const [m] = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), sql`lower(${users.email}) = ${email.toLowerCase()}`, isNull(users.deletedAt)))
    .limit(1);
  return Boolean(m);
}

