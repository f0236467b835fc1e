import "server-only";
import { createHash } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { centerMemberships, memberships, organisationInvitations, passwordResetTokens, users } from "@/db/schema";
import { parseInput } from "@/lib/admin/organisations/values";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertAdmin, type Actor } from "@/lib/auth/actor";
import { revokeAllSessions } from "@/lib/auth/sessions";
import { Conflict, NotFound } from "@/lib/errors";
import { anonymiseUserSchema, userIdSchema } from "./schemas";

export const CANNOT_ANONYMISE_STAFF = "Un compte de l'équipe Pix ne peut pas être anonymisé ici. Retirez-lui d'abord son rôle.";
export const CANNOT_ANONYMISE_SELF = "Vous ne pouvez pas anonymiser votre propre compte.";

/**
 * GDPR erasure by staff, in one transaction: name replaced, e-mail and password removed, sessions
 * ended, memberships of organisations and centres removed, pending invitations to the address
 * cancelled. Answers and certification results stay (statistics, legal records) on the user id,
 * which no longer leads to a name. The audit keeps only the id and a hash of the former e-mail.
 * Doing it twice is harmless.
 */
export async function anonymiseUser(actor: Actor | null, input: { userId: string; confirmation: string }, now = new Date()): Promise<{ changed: boolean }> {
  assertAdmin(actor);
  if (!userIdSchema.safeParse(input.userId).success) throw new NotFound();
  const { userId } = parseInput(anonymiseUserSchema, input);
  if (userId === actor.userId) throw new Conflict(CANNOT_ANONYMISE_SELF);
  return getDb().transaction(async (tx) => {
    const [user] = await tx.select({ email: users.email, role: users.role, deletedAt: users.deletedAt }).from(users).where(eq(users.id, userId)).for("update");
    if (!user) throw new NotFound();
    if (user.role === "admin") throw new Conflict(CANNOT_ANONYMISE_STAFF);
    if (user.deletedAt) return { changed: false };
    const email = user.email?.trim().toLowerCase() ?? null;
    await tx
      .update(users)
      .set({ firstName: "Utilisateur", lastName: "anonymisé", email: null, passwordHash: null, deletedAt: now, updatedAt: now })
      .where(eq(users.id, userId));
    await revokeAllSessions(tx, userId, now);
    await tx.delete(passwordResetTokens).where(eq(passwordResetTokens.userId, userId));
    await tx.delete(memberships).where(eq(memberships.userId, userId));
    await tx.delete(centerMemberships).where(eq(centerMemberships.userId, userId));
    if (email)
      await tx
        .update(organisationInvitations)
        .set({ cancelledAt: now })
        .where(and(eq(organisationInvitations.email, email), isNull(organisationInvitations.acceptedAt), isNull(organisationInvitations.cancelledAt)));
    await recordAudit(
      tx,
      {
        actorId: actor.userId,
        action: "admin.user.anonymised",
        targetType: "user",
        targetId: userId,
        before: { id: userId, emailSha256: email ? createHash("sha256").update(email).digest("hex") : null },
        after: { anonymised: true },
      },
      now,
    );
    return { changed: true };
  });
}
