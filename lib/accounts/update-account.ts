import { eq } from "drizzle-orm";
import type { z } from "zod";
import { getDb } from "@/db/client";
import { passwordResetTokens, users } from "@/db/schema";
import { assertRegistered, type Actor } from "@/lib/auth/actor";
import { hashPassword, verifyPassword } from "@/lib/auth/hash";
import { hitRateLimits } from "@/lib/auth/rate-limit";
import { revokeAllSessions } from "@/lib/auth/sessions";
import { Conflict, InvalidInput, NotFound } from "@/lib/errors";
import { findUserByEmail, findUserById } from "./find-user";
import type { deleteAccountSchema, updateEmailSchema, updateNameSchema, updatePasswordSchema } from "./schemas";

const WRONG_PASSWORD = "Le mot de passe actuel est incorrect.";

async function checkCurrentPassword(actor: Actor, field: string, password: string, now: Date) {
  const db = getDb();
  await hitRateLimits(db, [{ key: `account-password:${actor.userId}`, max: 10, windowMs: 15 * 60_000 }], now);
  const user = await findUserById(db, actor.userId);
  if (!user) throw new NotFound();
  if (!(await verifyPassword(user.passwordHash, password))) throw new InvalidInput({ [field]: WRONG_PASSWORD });
  return user;
}

export async function updateName(actor: Actor | null, input: z.infer<typeof updateNameSchema>, now: Date): Promise<void> {
  assertRegistered(actor);
  await getDb()
    .update(users)
    .set({ firstName: input.firstName, lastName: input.lastName, updatedAt: now })
    .where(eq(users.id, actor.userId));
}

export async function updateEmail(actor: Actor | null, input: z.infer<typeof updateEmailSchema>, now: Date): Promise<void> {
  assertRegistered(actor);
  await checkCurrentPassword(actor, "currentPassword", input.currentPassword, now);
  await getDb().transaction(async (tx) => {
    const other = await findUserByEmail(tx, input.email);
    if (other && other.id !== actor.userId) throw new Conflict("Un autre compte utilise déjà cette adresse e-mail.", "email");
    await tx.update(users).set({ email: input.email, updatedAt: now }).where(eq(users.id, actor.userId));
  });
}

/** Changing the password ends every session, this one included: the user logs in again. */
export async function updatePassword(actor: Actor | null, input: z.infer<typeof updatePasswordSchema>, now: Date): Promise<void> {
  assertRegistered(actor);
  await checkCurrentPassword(actor, "currentPassword", input.currentPassword, now);
  const passwordHash = await hashPassword(input.newPassword);
  await getDb().transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: now }).where(eq(users.id, actor.userId));
    await revokeAllSessions(tx, actor.userId, now);
  });
}

export async function logoutEverywhere(actor: Actor | null, now: Date): Promise<void> {
  assertRegistered(actor);
  await revokeAllSessions(getDb(), actor.userId, now);
}

/**
 * Deletes the account: personal data removed (name, e-mail, password), sessions ended.
 * Results already shared with a structure stay as anonymised records, and published
 * certificates stay verifiable as legal records: those rows point to the user id, which no
 * longer leads to a name or an address.
 */
export async function deleteAccount(actor: Actor | null, input: z.infer<typeof deleteAccountSchema>, now: Date): Promise<void> {
  assertRegistered(actor);
  await checkCurrentPassword(actor, "currentPassword", input.currentPassword, now);
  await getDb().transaction(async (tx) => {
    await tx
      .update(users)
      .set({ email: null, firstName: "", lastName: "", passwordHash: null, deletedAt: now, updatedAt: now })
      .where(eq(users.id, actor.userId));
    await tx.delete(passwordResetTokens).where(eq(passwordResetTokens.userId, actor.userId));
    await revokeAllSessions(tx, actor.userId, now);
  });
}
