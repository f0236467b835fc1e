import "server-only";
import { getDb } from "@/db/client";
import type { Actor } from "./actor";
import { signOut } from "./auth";
import { revokeSession } from "./sessions";

/** Ends this browser's session: the server session is revoked (a copied cookie opens nothing), then the cookie is cleared. */
export async function endSession(actor: Actor | null): Promise<void> {
  if (actor) await revokeSession(getDb(), actor.sessionId, new Date());
  await signOut({ redirect: false });
}
