// Platform staff create a certification centre (not approved yet: it cannot run sessions).
import type { Db } from "@/db/client";
import { certificationCenters } from "@/db/schema";
import { assertAdmin, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { centreSnapshot, parseOrThrow } from "./guard";
import { createCentreSchema, type CentreFields } from "./schemas";

export async function createCentre(db: Db, actor: Actor | null, raw: CentreFields, now = new Date()): Promise<{ centreId: string }> {
  assertAdmin(actor);
  const input = parseOrThrow(createCentreSchema, raw);
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(certificationCenters).values({ name: input.name, type: input.type, city: input.city, createdAt: now }).returning();
    await recordAudit(tx, { actorId: actor.userId, action: "admin.centre.create", targetType: "certification_center", targetId: row!.id, before: null, after: centreSnapshot(row!) }, now);
    return { centreId: row!.id };
  });
}
