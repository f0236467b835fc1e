import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { passwordResetTokens, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/hash";
import { hitRateLimits } from "@/lib/auth/rate-limit";
import { revokeAllSessions } from "@/lib/auth/sessions";
import { appUrl } from "@/lib/env";
import { Conflict } from "@/lib/errors";
import { sendMail } from "@/lib/mail/send-mail";
import { findUserByEmail } from "./find-user";

export const RESET_VALIDITY_MS = 60 * 60_000;
export const INVALID_RESET_LINK =
  "Ce lien n'est plus valable : il a déjà servi ou il a plus d'une heure. Demandez un nouveau lien.";

function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Sends a single-use link valid 1 hour, if an account has this address. The answer is the same
 * either way, so nobody learns who has an account.
 */
export async function requestPasswordReset(input: { email: string; ip: string }, now: Date): Promise<void> {
  const db = getDb();
  await hitRateLimits(
    db,
    [
      { key: `reset:ip-email:${input.ip}:${input.email}`, max: 5, windowMs: 60 * 60_000 },
      { key: `reset:email:${input.email}`, max: 10, windowMs: 60 * 60_000 },
    ],
    now,
  );
  const user = await findUserByEmail(db, input.email);
  if (!user || user.isAnonymous || !user.email) return;
  const token = randomBytes(32).toString("base64url");
  await db.insert(passwordResetTokens).values({
    userId: user.id,
    tokenHash: tokenHash(token),
    expiresAt: new Date(now.getTime() + RESET_VALIDITY_MS),
    createdAt: now,
  });
  const link = `${appUrl()}/mot-de-passe-oublie/nouveau?jeton=${token}`;
  await sendMail({
    to: user.email,
    subject: "Pix : choisir un nouveau mot de passe",
    text:
      `Bonjour ${user.firstName},\n\n` +
      "Vous avez demandé à changer votre mot de passe Pix.\n" +
      `Ouvrez ce lien pour en choisir un nouveau :\n\n${link}\n\n` +
      "Ce lien marche une seule fois, pendant une heure.\n" +
      "Si vous n'avez rien demandé, ne faites rien : votre mot de passe reste le même.\n\n" +
      "L'équipe Pix\n",
  });
}

/** Is this link still usable? (for the page, before the form is shown) */
export async function isResetTokenUsable(token: string, now: Date): Promise<boolean> {
  const [row] = await getDb()
    .select({ expiresAt: passwordResetTokens.expiresAt, usedAt: passwordResetTokens.usedAt })
    .from(passwordResetTokens)
    .where(eq(passwordResetTokens.tokenHash, tokenHash(token)))
    .limit(1);
  return Boolean(row && !row.usedAt && row.expiresAt > now);
}

/** Uses the link once: sets the password, lifts any block, ends every session. */
export async function resetPassword(input: { token: string; password: string }, now: Date): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  await getDb().transaction(async (tx) => {
    const [used] = await tx
      .update(passwordResetTokens)
      .set({ usedAt: now })
      .where(and(eq(passwordResetTokens.tokenHash, tokenHash(input.token)), isNull(passwordResetTokens.usedAt)))
      .returning({ userId: passwordResetTokens.userId, expiresAt: passwordResetTokens.expiresAt });
    if (!used || used.expiresAt <= now) throw new Conflict(INVALID_RESET_LINK);
    await tx
      .update(users)
      .set({ passwordHash, failedLogins: 0, blockedUntil: null, blockedIndefinitely: false, updatedAt: now })
      .where(and(eq(users.id, used.userId), isNull(users.deletedAt)));
    await revokeAllSessions(tx, used.userId, now);
  });
}
