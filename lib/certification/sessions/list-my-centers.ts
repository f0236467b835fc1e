import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { centerMemberships, certificationCenters } from "@/db/schema";
import { assertRegistered, type Actor } from "@/lib/auth/actor";

export type MyCenter = { id: string; name: string; approved: boolean; role: string };

/** The certification centres the actor is a staff member of (archived ones left out), by name. */
export async function listMyCenters(actor: Actor | null): Promise<MyCenter[]> {
  assertRegistered(actor);
  const rows = await getDb()
    .select({ id: certificationCenters.id, name: certificationCenters.name, approvedAt: certificationCenters.approvedAt, role: centerMemberships.role })
    .from(centerMemberships)
    .innerJoin(certificationCenters, eq(certificationCenters.id, centerMemberships.centerId))
    .where(and(eq(centerMemberships.userId, actor.userId), isNull(certificationCenters.archivedAt)))
    .orderBy(asc(certificationCenters.name));
  return rows.map((r) => ({ id: r.id, name: r.name, approved: r.approvedAt !== null, role: r.role }));
}
