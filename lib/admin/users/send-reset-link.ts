import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { requestPasswordReset } from "@/lib/accounts/password-reset";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertAdmin, type Actor } from "@/lib/auth/actor";
import { Conflict, NotFound } from "@/lib/errors";
import { userIdSchema } from "./schemas";

export const NO_EMAIL = "Ce compte n'a pas d'adresse e-mail : impossible d'envoyer un lien.";

/**
 * Staff e-mail the account's owner a password reset link (the same single-use, one-hour link
 * as "Mot de passe oublié", with its per-address limits), then record it in the audit log.
 */
export async function sendResetLink(actor: Actor | null, userId: string, now = new Date()): Promise<void> {
  assertAdmin(actor);
  if (!userIdSchema.safeParse(userId).success) throw new NotFound();
  const db = getDb();
  const [user] = await db
    .select({ email: users.email, isAnonymous: users.isAnonymous })
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.deletedAt)));
  if (!user) throw new NotFound();
  if (!user.email || user.isAnonymous) throw new Conflict(NO_EMAIL);
  await requestPasswordReset({ email: user.email.toLowerCase(), ip: `staff:${actor.userId}` }, now);
  await db.transaction(async (tx) => {
    await recordAudit(tx, { actorId: actor.userId, action: "admin.user.reset-link-sent", targetType: "user", targetId: userId, before: null, after: { sent: true } }, now);
  });
}
