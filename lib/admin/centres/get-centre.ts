// Platform staff: one centre with its staff members.
import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { centerMemberships, certificationCenters, users } from "@/db/schema";
import { assertAdmin, type Actor } from "@/lib/auth/actor";
import { NotFound } from "@/lib/errors";
import { isUuid } from "./schemas";

export type CentreMember = { membershipId: string; userId: string; firstName: string; lastName: string; email: string | null; role: string; since: Date };

export async function getCentre(db: DbOrTx, actor: Actor | null, centreId: string) {
  assertAdmin(actor);
  if (!isUuid(centreId)) throw new NotFound("Ce centre n'existe pas.");
  const [centre] = await db.select().from(certificationCenters).where(eq(certificationCenters.id, centreId));
  if (!centre) throw new NotFound("Ce centre n'existe pas.");
  const members: CentreMember[] = await db
    .select({ membershipId: centerMemberships.id, userId: users.id, firstName: users.firstName, lastName: users.lastName, email: users.email, role: centerMemberships.role, since: centerMemberships.createdAt })
    .from(centerMemberships)
    .innerJoin(users, eq(users.id, centerMemberships.userId))
    .where(eq(centerMemberships.centerId, centreId))
    .orderBy(asc(users.lastName), asc(users.firstName));
  return { centre, members };
}
