import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertAdmin, type Actor } from "@/lib/auth/actor";
import { NotFound } from "@/lib/errors";
import { userIdSchema } from "./schemas";

/** Staff lift a login block (failed logins back to 0). Harmless on an account that is not blocked: nothing is written. */
export async function unblockUser(actor: Actor | null, userId: string, now = new Date()): Promise<{ changed: boolean }> {
  assertAdmin(actor);
  if (!userIdSchema.safeParse(userId).success) throw new NotFound();
  return getDb().transaction(async (tx) => {
    const [user] = await tx
      .select({ failedLogins: users.failedLogins, blockedUntil: users.blockedUntil, blockedIndefinitely: users.blockedIndefinitely, deletedAt: users.deletedAt })
      .from(users)
      .where(eq(users.id, userId))
      .for("update");
    if (!user || user.deletedAt) throw new NotFound();
    if (user.failedLogins === 0 && !user.blockedUntil && !user.blockedIndefinitely) return { changed: false };
    await tx.update(users).set({ failedLogins: 0, blockedUntil: null, blockedIndefinitely: false, updatedAt: now }).where(eq(users.id, userId));
    await recordAudit(
      tx,
      {
        actorId: actor.userId,
        action: "admin.user.unblocked",
        targetType: "user",
        targetId: userId,
        before: { failedLogins: user.failedLogins, blockedUntil: user.blockedUntil?.toISOString() ?? null, blockedIndefinitely: user.blockedIndefinitely },
        after: { failedLogins: 0, blockedUntil: null, blockedIndefinitely: false },
      },
      now,
    );
    return { changed: true };
  });
}
