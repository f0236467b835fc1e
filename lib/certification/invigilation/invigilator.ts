import { and, eq, gt } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { certificationSessions, invigilatorSessions } from "@/db/schema";
import { NotAuthenticated } from "@/lib/errors";
import { hashInvigilatorToken } from "./token";

/**
 * Who acts on the invigilator portal: not a Pix account, but a login to ONE session (its
 * number and invigilator password), bound to the `pix-surveillance` cookie.
 */
export type Invigilator = { invigilatorSessionId: string; sessionId: string };

/** The invigilator of a cookie's token, or null when it is unknown, expired, or its session is no longer open. */
export async function findInvigilator(db: DbOrTx, token: string | null | undefined, now: Date): Promise<Invigilator | null> {
  if (!token || token.length > 100) return null;
  const [row] = await db
    .select({ id: invigilatorSessions.id, sessionId: invigilatorSessions.sessionId })
    .from(invigilatorSessions)
    .innerJoin(certificationSessions, eq(certificationSessions.id, invigilatorSessions.sessionId))
    .where(and(eq(invigilatorSessions.tokenHash, hashInvigilatorToken(token)), gt(invigilatorSessions.expiresAt, now), eq(certificationSessions.status, "created")))
    .limit(1);
  return row ? { invigilatorSessionId: row.id, sessionId: row.sessionId } : null;
}

export function assertInvigilator(invigilator: Invigilator | null): asserts invigilator is Invigilator {
  if (!invigilator) throw new NotAuthenticated();
}
