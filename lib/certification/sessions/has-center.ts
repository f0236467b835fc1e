import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { centerMemberships, certificationCenters } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";

/**
 * Is the actor a staff member of at least one (non-archived) centre? For the header's link to
 * Pix Certif, on every page: one indexed lookup (center_memberships_user_idx), one row at most.
 */
export async function hasCenter(actor: Actor | null): Promise<boolean> {
  if (!actor || actor.isAnonymous) return false;
  const [row] = await getDb()
    .select({ id: centerMemberships.id })
    .from(centerMemberships)
    .innerJoin(certificationCenters, eq(certificationCenters.id, centerMemberships.centerId))
    .where(and(eq(centerMemberships.userId, actor.userId), isNull(certificationCenters.archivedAt)))
    .limit(1);
  return Boolean(row);
}
