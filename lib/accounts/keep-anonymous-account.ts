import "server-only";
import type { z } from "zod";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { assertUser, type Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/hash";
import { hitRateLimits } from "@/lib/auth/rate-limit";
import { createSession, revokeSession } from "@/lib/auth/sessions";
import { Conflict, NotAllowed } from "@/lib/errors";
import { findUserByEmail } from "./find-user";
import type { signUpSchema } from "./schemas";
import { asEmailTaken, EMAIL_TAKEN, KEEP_ACCOUNT_LIMIT, signUpLimits } from "./sign-up";

/**
 * "Garder mes résultats": the anonymous user of this browser becomes a real account (the same
 * user, so the ABC Diag answers and results stay theirs). The anonymous session ends; a normal
 * session is returned to bind. Tries are counted per anonymous participant and, with `ctx.ip`,
 * with the sign-ups of the address.
 */
export async function keepAnonymousAccount(
  actor: Actor | null,
  input: z.infer<typeof signUpSchema>,
  now = new Date(),
  ctx?: { ip: string },
): Promise<{ userId: string; sessionId: string }> {
  assertUser(actor);
  if (!actor.isAnonymous) throw new NotAllowed();
  await hitRateLimits(getDb(), [{ key: `signup:anonymous:${actor.userId}`, ...KEEP_ACCOUNT_LIMIT }, ...(ctx ? signUpLimits(ctx.ip) : [])], now);
  const passwordHash = await hashPassword(input.password);
  try {
    return await getDb().transaction(async (tx) => {
      if (await findUserByEmail(tx, input.email)) throw new Conflict(EMAIL_TAKEN, "email");
      const updated = await tx
        .update(users)
        .set({ email: input.email, firstName: input.firstName, lastName: input.lastName, passwordHash, isAnonymous: false, termsAcceptedAt: now, updatedAt: now })
        .where(and(eq(users.id, actor.userId), eq(users.isAnonymous, true)))
        .returning({ id: users.id });
      if (updated.length === 0) throw new NotAllowed();
      await revokeSession(tx, actor.sessionId, now);
      return { userId: actor.userId, sessionId: await createSession(tx, actor.userId, now) };
    });
  } catch (e) {
    throw asEmailTaken(e);
  }
}
