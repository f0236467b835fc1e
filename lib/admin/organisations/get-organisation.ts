import "server-only";
import { and, asc, count, eq, gt, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { campaigns, memberships, organisationInvitations, organisations, users } from "@/db/schema";
import { assertAdmin, type Actor } from "@/lib/auth/actor";
import { NotFound } from "@/lib/errors";
import { organisationIdSchema } from "./schemas";

export type AdminOrganisation = typeof organisations.$inferSelect & {
  campaignCount: number;
  members: { membershipId: string; userId: string; firstName: string; lastName: string; email: string | null; role: string; since: Date }[];
  pendingInvitations: { id: string; email: string; role: string; expiresAt: Date }[];
};

/** One organisation for staff: its fields, members (with e-mail and role), pending invitations and campaign count. */
export async function getAdminOrganisation(actor: Actor | null, organisationId: string, now = new Date()): Promise<AdminOrganisation> {
  assertAdmin(actor);
  if (!organisationIdSchema.safeParse(organisationId).success) throw new NotFound();
  const db = getDb();
  const [org] = await db.select().from(organisations).where(eq(organisations.id, organisationId));
  if (!org) throw new NotFound();
  const [members, invitations, [campaignRow]] = await Promise.all([
    db
      .select({
        membershipId: memberships.id,
        userId: users.id,
        firstName: users.firstName,
        lastName: users.lastName,
        email: users.email,
        role: memberships.role,
        since: memberships.createdAt,
      })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(memberships.organisationId, organisationId))
      .orderBy(asc(users.lastName), asc(users.firstName), asc(memberships.id)),
    db
      .select({ id: organisationInvitations.id, email: organisationInvitations.email, role: organisationInvitations.role, expiresAt: organisationInvitations.expiresAt })
      .from(organisationInvitations)
      .where(
        and(
          eq(organisationInvitations.organisationId, organisationId),
          isNull(organisationInvitations.acceptedAt),
          isNull(organisationInvitations.cancelledAt),
          gt(organisationInvitations.expiresAt, now),
        ),
      )
      .orderBy(asc(organisationInvitations.createdAt)),
    db.select({ n: count() }).from(campaigns).where(eq(campaigns.organisationId, organisationId)),
  ]);
  return { ...org, campaignCount: Number(campaignRow?.n ?? 0), members, pendingInvitations: invitations };
}
