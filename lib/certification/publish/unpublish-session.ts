// Platform staff withdraw the publication of a session, with a reason: the session is back to
// "finalised", its certificates are no longer shown (every certificate query requires a published
// session), and the verification codes are kept, so a new publication gives the same codes.
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { certificationSessions } from "@/db/schema";
import { assertAdmin, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { Conflict, InvalidInput, NotFound } from "@/lib/errors";

export const reasonSchema = z
  .string({ error: "Saisissez la raison." })
  .trim()
  .min(1, "Saisissez la raison.")
  .min(10, "La raison fait au moins 10 caractères.")
  .max(500, "La raison fait au plus 500 caractères.");

export const unpublishSessionSchema = z.object({ sessionId: z.string(), reason: reasonSchema });

export async function unpublishSession(db: Db, actor: Actor | null, sessionId: string, rawReason: string, now = new Date()): Promise<{ changed: boolean }> {
  assertAdmin(actor);
  const reason = reasonSchema.safeParse(rawReason);
  if (!reason.success) throw new InvalidInput({ reason: reason.error.issues[0]!.message });
  if (!z.uuid().safeParse(sessionId).success) throw new NotFound("Cette session n'existe pas.");
  return db.transaction(async (tx) => {
    const [session] = await tx.select().from(certificationSessions).where(eq(certificationSessions.id, sessionId)).for("update");
    if (!session) throw new NotFound("Cette session n'existe pas.");
    if (session.status === "finalised") return { changed: false };
    if (session.status !== "published") throw new Conflict("Cette session n'est pas publiée.");
    await tx
      .update(certificationSessions)
      .set({ status: "finalised", publishedAt: null, publishedBy: null })
      .where(and(eq(certificationSessions.id, sessionId), eq(certificationSessions.status, "published")));
    await recordAudit(
      tx,
      {
        actorId: actor.userId,
        action: "certification.session.unpublish",
        targetType: "certification_session",
        targetId: sessionId,
        before: { status: "published", publishedAt: session.publishedAt?.toISOString() ?? null, publishedBy: session.publishedBy },
        after: { status: "finalised", reason: reason.data },
      },
      now,
    );
    return { changed: true };
  });
}
