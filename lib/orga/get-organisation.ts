import "server-only";
import { and, count, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships, organisations } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import type { OrgRole } from "@/lib/auth/memberships";
import { NotAllowed } from "@/lib/errors";
import { assertOrgAccess } from "./guard";
import { organisationTypeLabel, roleLabel } from "./labels";

export type OrganisationShell = {
  id: string;
  name: string;
  type: string;
  typeLabel: string;
  hasAbcPixAccess: boolean;
  myRole: OrgRole;
  myRoleLabel: string;
  /** how many organisations the actor belongs to (the shell offers "Changer de structure" from 2) */
  myOrganisationCount: number;
};

/** What the Orga shell shows: members of this organisation only. */
export async function getOrganisation(actor: Actor | null, organisationId: string): Promise<OrganisationShell> {
  const db = getDb();
  const { role } = await assertOrgAccess(db, actor, organisationId);
  const [org] = await db.select().from(organisations).where(eq(organisations.id, organisationId));
  if (!org) throw new NotAllowed();
  const [mine] = await db
    .select({ n: count() })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(memberships.userId, actor!.userId), isNull(organisations.archivedAt)));
  return {
    id: org.id,
    name: org.name,
    type: org.type,
    typeLabel: organisationTypeLabel(org.type),
    hasAbcPixAccess: org.hasAbcPixAccess,
    myRole: role,
    myRoleLabel: roleLabel(role),
    myOrganisationCount: Number(mine?.n ?? 0),
  };
}
