// Platform staff change a centre's name, type and city.
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { certificationCenters } from "@/db/schema";
import { assertAdmin, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { centreSnapshot, lockCentre, parseOrThrow } from "./guard";
import { centreFieldsSchema, type CentreFields } from "./schemas";

export async function updateCentre(db: Db, actor: Actor | null, centreId: string, raw: CentreFields, now = new Date()): Promise<{ changed: boolean }> {
  assertAdmin(actor);
  const input = parseOrThrow(centreFieldsSchema, raw);
  return db.transaction(async (tx) => {
    const before = await lockCentre(tx, centreId);
    if (before.name === input.name && before.type === input.type && before.city === input.city) return { changed: false };
    const [after] = await tx.update(certificationCenters).set({ name: input.name, type: input.type, city: input.city }).where(eq(certificationCenters.id, centreId)).returning();
    await recordAudit(tx, { actorId: actor.userId, action: "admin.centre.update", targetType: "certification_center", targetId: centreId, before: centreSnapshot(before), after: centreSnapshot(after!) }, now);
    return { changed: true };
  });
}
