import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships, organisations } from "@/db/schema";
import { assertRegistered, type Actor } from "@/lib/auth/actor";
import type { OrgRole } from "@/lib/auth/memberships";
import { organisationTypeLabel, roleLabel } from "./labels";

export type MyOrganisation = {
  id: string;
  name: string;
  type: string;
  typeLabel: string;
  role: OrgRole;
  roleLabel: string;
};

/** The organisations the actor belongs to (archived ones left out), with their role, by name. */
export async function listMyOrganisations(actor: Actor | null): Promise<MyOrganisation[]> {
  assertRegistered(actor);
  const rows = await getDb()
    .select({ id: organisations.id, name: organisations.name, type: organisations.type, role: memberships.role })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(memberships.userId, actor.userId), isNull(organisations.archivedAt)))
    .orderBy(asc(organisations.name));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    type: r.type,
    typeLabel: organisationTypeLabel(r.type),
    role: r.role === "ADMIN" ? "ADMIN" : "MEMBER",
    roleLabel: roleLabel(r.role),
  }));
}
