import "server-only";
import { randomInt } from "node:crypto";
import { and, desc, eq } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { diagRuns } from "@/db/schema";
import { createAnonymousParticipant } from "@/lib/accounts/create-anonymous-participant";
import type { Actor } from "@/lib/auth/actor";
import { getContentIndex } from "@/lib/content";
import { NotFound } from "@/lib/errors";

const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** A result code like D-7KQ2M9: no 0/O or 1/I/L, easy to dictate. */
export function newResultCode(): string {
  let out = "D-";
  for (let i = 0; i < 6; i++) out += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return out;
}

/** A new run for the user, with a free result code; tied to a campaign participation when given. */
export async function createRunFor(tx: Tx, userId: string, now: Date, participationId: string | null = null): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = newResultCode();
    const [row] = await tx
      .insert(diagRuns)
      .values({ userId, participationId, resultCode: code, contentVersion: getContentIndex().version, createdAt: now, updatedAt: now })
      .onConflictDoNothing({ target: diagRuns.resultCode })
      .returning({ id: diagRuns.id });
    if (row) return row.id;
  }
  throw new Error("no free result code");
}

/**
 * Starts ABC Diag, or resumes the one in progress. Without an account, an anonymous user is
 * created with a session of its own (bound to the browser by the caller): nothing to type.
 */
export async function startDiag(actor: Actor | null, now = new Date()): Promise<{ runId: string; newSessionId: string | null }> {
  if (!getContentIndex().referential.abcDiag) throw new NotFound("L'ABC Diag n'est pas disponible.");
  return getDb().transaction(async (tx) => {
    if (actor) {
      const [current] = await tx
        .select({ id: diagRuns.id })
        .from(diagRuns)
        .where(and(eq(diagRuns.userId, actor.userId), eq(diagRuns.state, "started")))
        .orderBy(desc(diagRuns.createdAt))
        .limit(1);
      if (current) return { runId: current.id, newSessionId: null };
      return { runId: await createRunFor(tx, actor.userId, now), newSessionId: null };
    }
    const anonymous = await createAnonymousParticipant(tx, now);
    return { runId: await createRunFor(tx, anonymous.userId, now), newSessionId: anonymous.sessionId };
  });
}
