import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships, organisations } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";

/**
 * Is the actor a member of at least one (non-archived) organisation? For the header's link to
 * Pix Orga, on every page: one indexed lookup (memberships_user_idx), one row at most.
 */
export async function hasOrganisation(actor: Actor | null): Promise<boolean> {
  if (!actor || actor.isAnonymous) return false;
  const [row] = await getDb()
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(memberships.userId, actor.userId), isNull(organisations.archivedAt)))
    .limit(1);
  return Boolean(row);
}
