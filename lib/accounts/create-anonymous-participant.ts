import type { Tx } from "@/db/client";
import { users } from "@/db/schema";
import { createAnonymousSession } from "@/lib/auth/sessions";

/**
 * Someone with no account who starts ABC Diag: a user flagged anonymous (no e-mail, no
 * password) and a session that ends 4 hours after the last activity; the caller binds it to the
 * browser. Kept only if they choose "Garder mes résultats", else purged after the retention period.
 */
export async function createAnonymousParticipant(tx: Tx, now: Date): Promise<{ userId: string; sessionId: string }> {
  const [user] = await tx
    .insert(users)
    .values({ firstName: "Visiteur", lastName: "ABC Diag", isAnonymous: true, createdAt: now, updatedAt: now })
    .returning({ id: users.id });
  return { userId: user!.id, sessionId: await createAnonymousSession(tx, user!.id, now) };
}
