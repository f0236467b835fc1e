import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { invigilatorSessions } from "@/db/schema";
import { hashInvigilatorToken } from "./token";

/** "Se déconnecter": the cookie's login is deleted, so the token is worth nothing even if kept. */
export async function logoutInvigilator(db: DbOrTx, token: string | null | undefined): Promise<void> {
  if (!token || token.length > 100) return;
  await db.delete(invigilatorSessions).where(eq(invigilatorSessions.tokenHash, hashInvigilatorToken(token)));
}
