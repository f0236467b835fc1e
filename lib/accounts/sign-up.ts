import type { z } from "zod";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/hash";
import { hitRateLimits, type Limit } from "@/lib/auth/rate-limit";
import { createSession } from "@/lib/auth/sessions";
import { Conflict } from "@/lib/errors";
import { findUserByEmail } from "./find-user";
import type { signUpSchema } from "./schemas";

export const EMAIL_TAKEN = "Un compte existe déjà avec cette adresse e-mail. Connectez-vous, ou utilisez « Mot de passe oublié ».";

/** Two sign-ups racing on the same address: the unique index decides, and says it as a Conflict on the e-mail field. */
export function asEmailTaken(e: unknown): unknown {
  if (!(e instanceof Conflict) && /users_email_unique|unique/i.test(String((e as Error).message ?? e) + String((e as { cause?: unknown }).cause ?? "")))
    return new Conflict(EMAIL_TAKEN, "email");
  return e;
}

/**
 * Sign-ups per address in an hour. No account exists yet to key on, and the form says whether an
 * address already has an account: the limit stops listing addresses or creating accounts in
 * bulk, far above a room of 30 opening their accounts together (and the 200-learner benchmark).
 */
export const SIGN_UP_LIMIT = { max: 600, windowMs: 60 * 60_000 };
/** Tries of one anonymous participant ("Garder mes résultats") in an hour. */
export const KEEP_ACCOUNT_LIMIT = { max: 10, windowMs: 60 * 60_000 };

export function signUpLimits(ip: string): Limit[] {
  return [{ key: `signup:ip:${ip}`, ...SIGN_UP_LIMIT }];
}

/**
 * Creates the account and its first session (the new user is logged in at once). `ctx.ip` (the
 * form always gives it) counts the try before any password is hashed.
 */
export async function signUp(input: z.infer<typeof signUpSchema>, now: Date, ctx?: { ip: string }): Promise<{ userId: string; sessionId: string }> {
  if (ctx) await hitRateLimits(getDb(), signUpLimits(ctx.ip), now);
  const passwordHash = await hashPassword(input.password);
  try {
    return await getDb().transaction(async (tx) => {
      if (await findUserByEmail(tx, input.email)) throw new Conflict(EMAIL_TAKEN, "email");
      const [user] = await tx
        .insert(users)
        .values({
          email: input.email,
          firstName: input.firstName,
          lastName: input.lastName,
          passwordHash,
          termsAcceptedAt: now,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: users.id });
      const sessionId = await createSession(tx, user!.id, now);
      return { userId: user!.id, sessionId };
    });
  } catch (e) {
    throw asEmailTaken(e);
  }
}
