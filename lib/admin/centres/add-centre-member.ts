// Platform staff add a person with an existing Pix account to a centre's staff, by e-mail.
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { centerMemberships, users } from "@/db/schema";
import { assertAdmin, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { Conflict } from "@/lib/errors";
import { lockCentre, parseOrThrow } from "./guard";
import { addCentreMemberSchema, NO_ACCOUNT_MESSAGE } from "./schemas";

export async function addCentreMember(
  db: Db,
  actor: Actor | null,
  raw: { centreId: string; email: string },
  now = new Date(),
): Promise<{ added: boolean; membershipId: string }> {
  assertAdmin(actor);
  const input = parseOrThrow(addCentreMemberSchema, raw);
  return db.transaction(async (tx) => {
    await lockCentre(tx, input.centreId);
    const [user] = await tx
      .select({ id: users.id, isAnonymous: users.isAnonymous })
      .from(users)
      .where(sql`lower(${users.email}) = ${input.email}`)
      .limit(1);
    if (!user || user.isAnonymous) throw new Conflict(NO_ACCOUNT_MESSAGE, "email");
    const [existing] = await tx
      .select({ id: centerMemberships.id })
      .from(centerMemberships)
      .where(and(eq(centerMemberships.centerId, input.centreId), eq(centerMemberships.userId, user.id)));
    if (existing) return { added: false, membershipId: existing.id };
    const [m] = await tx.insert(centerMemberships).values({ centerId: input.centreId, userId: user.id, role: "MEMBER", createdAt: now }).returning({ id: centerMemberships.id });
    await recordAudit(
      tx,
      { actorId: actor.userId, action: "admin.centre.member.add", targetType: "center_membership", targetId: m!.id, before: null, after: { centerId: input.centreId, userId: user.id, role: "MEMBER" } },
      now,
    );
    return { added: true, membershipId: m!.id };
  });
}
