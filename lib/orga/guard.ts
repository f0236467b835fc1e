import type { DbOrTx } from "@/db/client";
import { assertRegistered, type Actor } from "@/lib/auth/actor";
import { assertOrgMember, type OrgRole } from "@/lib/auth/memberships";
import { NotAllowed } from "@/lib/errors";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

/**
 * The first line of every Orga service: assertOrgMember, after refusing an id that is not
 * a UUID the same way as a stranger's (so a typed address never reaches PostgreSQL as a bad uuid
 * and nobody learns whether an organisation exists).
 */
export async function assertOrgAccess(db: DbOrTx, actor: Actor | null, organisationId: string, role?: OrgRole): Promise<{ role: OrgRole }> {
  assertRegistered(actor);
  if (!isUuid(organisationId)) throw new NotAllowed();
  return assertOrgMember(db, actor, organisationId, role);
}
