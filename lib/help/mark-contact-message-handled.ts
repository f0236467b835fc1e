import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { contactMessages } from "@/db/schema";
import { assertAdmin, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { InvalidInput, NotFound } from "@/lib/errors";
import { markHandledSchema } from "./schemas";

/**
 * Platform staff mark a contact message as handled (audited). Marking it again changes
 * nothing: the first date stays.
 */
export async function markContactMessageHandled(
  actor: Actor | null,
  raw: unknown,
  now = new Date(),
): Promise<{ handledAt: Date; alreadyHandled: boolean }> {
  assertAdmin(actor);
  const parsed = markHandledSchema.safeParse(raw);
  if (!parsed.success) throw new InvalidInput({ messageId: "Ce message n'existe pas." });
  const { messageId } = parsed.data;
  return getDb().transaction(async (tx) => {
    const [updated] = await tx
      .update(contactMessages)
      .set({ handledAt: now })
      .where(and(eq(contactMessages.id, messageId), isNull(contactMessages.handledAt)))
      .returning({ handledAt: contactMessages.handledAt });
    if (!updated) {
      const [existing] = await tx.select({ handledAt: contactMessages.handledAt }).from(contactMessages).where(eq(contactMessages.id, messageId));
      if (!existing) throw new NotFound("Ce message n'existe pas.");
      return { handledAt: existing.handledAt!, alreadyHandled: true };
    }
    await recordAudit(
      tx,
      { actorId: actor.userId, action: "contact-message.handled", targetType: "contact-message", targetId: messageId, before: { handledAt: null }, after: { handledAt: now.toISOString() } },
      now,
    );
    return { handledAt: updated.handledAt!, alreadyHandled: false };
  });
}
