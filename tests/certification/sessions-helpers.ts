import { centerMemberships, certificationCenters } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { newUser } from "../orga/helpers";
import { getDb } from "../support/db";

let n = 0;
/** A certification centre (approved unless told) with one staff member. */
export async function newCenter(opts: { approved?: boolean } = {}): Promise<{ centerId: string; staff: Actor }> {
  n += 1;
  const [c] = await getDb()
    .insert(certificationCenters)
    .values({ name: `Centre de test ${n}`, approvedAt: opts.approved === false ? null : new Date() })
    .returning({ id: certificationCenters.id });
  const staff = await newUser("Sophie");
  await getDb().insert(centerMemberships).values({ centerId: c!.id, userId: staff.userId, role: "ADMIN" });
  return { centerId: c!.id, staff };
}

/** A valid session form, dated in the future. */
export function sessionForm(overrides: Partial<Record<string, string>> = {}) {
  return { address: "1 place de la Mairie, Angers", room: "Salle 2", date: "2099-06-15", time: "14:00", examiner: "Sophie Durand", description: "", ...overrides };
}

export { newUser };
