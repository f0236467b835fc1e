import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { centerMemberships, certificationCenters, memberships, organisations } from "@/db/schema";
import { NotAllowed } from "@/lib/errors";
import { assertRegistered, type Actor } from "./actor";

export type OrgRole = "ADMIN" | "MEMBER";

/**
 * Guards for organisation and centre services: the actor must be a member of this very
 * organisation (or centre), with the role asked for. Platform staff are not members by
 * default: staff actions go through /admin services, which check assertAdmin.
 */
export async function assertOrgMember(db: DbOrTx, actor: Actor | null, organisationId: string, role?: OrgRole): Promise<{ role: OrgRole }> {
  assertRegistered(actor);
  const [row] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, actor.userId), isNull(organisations.archivedAt)))
    .limit(1);
  if (!row) throw new NotAllowed();
  if (role === "ADMIN" && row.role !== "ADMIN") throw new NotAllowed("Seuls les administrateurs de l'organisation peuvent faire cela.");
  return { role: row.role as OrgRole };
}

export async function assertCenterMember(db: DbOrTx, actor: Actor | null, centerId: string): Promise<void> {
  assertRegistered(actor);
  const [row] = await db
    .select({ id: centerMemberships.id })
    .from(centerMemberships)
    .innerJoin(certificationCenters, eq(certificationCenters.id, centerMemberships.centerId))
    .where(and(eq(centerMemberships.centerId, centerId), eq(centerMemberships.userId, actor.userId), isNull(certificationCenters.archivedAt)))
    .limit(1);
  if (!row) throw new NotAllowed();
}
