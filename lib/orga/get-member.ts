import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import type { OrgRole } from "@/lib/auth/memberships";
import { NotFound } from "@/lib/errors";
import { assertOrgAccess, isUuid } from "./guard";

export type MemberToRemove = {
  membershipId: string;
  firstName: string;
  lastName: string;
  email: string | null;
  role: OrgRole;
  isMe: boolean;
};

/** One member of this organisation, for the removal confirmation page (ADMIN only). */
export async function getMember(actor: Actor | null, organisationId: string, membershipId: string): Promise<MemberToRemove> {
  const db = getDb();
  await assertOrgAccess(db, actor, organisationId, "ADMIN");
  if (!isUuid(membershipId)) throw new NotFound("Cette personne ne fait pas partie de la structure.");
  const [row] = await db
    .select({
      membershipId: memberships.id,
      userId: memberships.userId,
      firstName: users.firstName,
      lastName: users.lastName,
      email: users.email,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.id, membershipId), eq(memberships.organisationId, organisationId), isNull(users.deletedAt)));
  if (!row) throw new NotFound("Cette personne ne fait pas partie de la structure.");
  return {
    membershipId: row.membershipId,
    firstName: row.firstName,
    lastName: row.lastName,
    email: row.email,
    role: row.role === "ADMIN" ? "ADMIN" : "MEMBER",
    isMe: row.userId === actor!.userId,
  };
}
