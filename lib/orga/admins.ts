import { and, count, eq, isNull } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { memberships, organisations, users } from "@/db/schema";

export const LAST_ADMIN_DEMOTE =
  "Cette personne est le seul administrateur de la structure : elle ne peut pas devenir simple membre. Nommez d'abord un autre administrateur.";
export const LAST_ADMIN_REMOVE =
  "Cette personne est le seul administrateur de la structure : elle ne peut pas être retirée. Nommez d'abord un autre administrateur.";

/**
 * Locks the organisation row for the rest of the transaction, so that two admins changing
 * roles at the same moment cannot both remove the last other admin, then counts its admins
 * (accounts deleted since do not count).
 */
export async function lockAndCountAdmins(tx: Tx, organisationId: string): Promise<number> {
  await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, organisationId)).for("update");
  const [row] = await tx
    .select({ n: count() })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.role, "ADMIN"), isNull(users.deletedAt)));
  return Number(row?.n ?? 0);
}
