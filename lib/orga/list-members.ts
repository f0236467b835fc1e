import "server-only";
import { and, asc, desc, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships, organisationInvitations, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import type { OrgRole } from "@/lib/auth/memberships";
import { assertOrgAccess } from "./guard";

export type Member = {
  membershipId: string;
  userId: string;
  firstName: string;
  lastName: string;
  email: string | null;
  role: OrgRole;
  since: Date;
  isMe: boolean;
};

export type PendingInvitation = {
  id: string;
  email: string;
  role: OrgRole;
  createdAt: Date;
  expiresAt: Date;
  expired: boolean;
};

export type MemberList = {
  myRole: OrgRole;
  members: Member[];
  /** invitations neither accepted nor cancelled, newest first (expired ones flagged) */
  invitations: PendingInvitation[];
  adminCount: number;
};

const asRole = (r: string): OrgRole => (r === "ADMIN" ? "ADMIN" : "MEMBER");

/** The members of this organisation and its pending invitations; for its members only. */
export async function listMembers(actor: Actor | null, organisationId: string, now = new Date()): Promise<MemberList> {
  const db = getDb();
  const { role: myRole } = await assertOrgAccess(db, actor, organisationId);
  const rows = await db
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
    .where(and(eq(memberships.organisationId, organisationId), isNull(users.deletedAt)))
    .orderBy(asc(users.lastName), asc(users.firstName), asc(memberships.createdAt));
  const invitations = await db
    .select({
      id: organisationInvitations.id,
      email: organisationInvitations.email,
      role: organisationInvitations.role,
      createdAt: organisationInvitations.createdAt,
      expiresAt: organisationInvitations.expiresAt,
    })
    .from(organisationInvitations)
    .where(
      and(
        eq(organisationInvitations.organisationId, organisationId),
        isNull(organisationInvitations.acceptedAt),
        isNull(organisationInvitations.cancelledAt),
      ),
    )
    .orderBy(desc(organisationInvitations.createdAt));
  const members = rows.map((r) => ({ ...r, role: asRole(r.role), isMe: r.userId === actor!.userId }));
  return {
    myRole,
    members,
    invitations: invitations.map((i) => ({ ...i, role: asRole(i.role), expired: i.expiresAt <= now })),
    adminCount: members.filter((m) => m.role === "ADMIN").length,
  };
}
