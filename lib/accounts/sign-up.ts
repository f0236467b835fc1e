import type { z } from "zod";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/hash";
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

/** Creates the account and its first session (the new user is logged in at once). */
export async function signUp(input: z.infer<typeof signUpSchema>, now: Date): Promise<{ userId: string; sessionId: string }> {
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
