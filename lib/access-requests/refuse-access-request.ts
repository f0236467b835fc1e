import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { abcPixRequests } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertAdmin, type Actor } from "@/lib/auth/actor";
import { InvalidInput } from "@/lib/errors";
import { sendMail } from "@/lib/mail/send-mail";
import { lockPendingRequest } from "./approve-access-request";
import { refusalMail } from "./mails";
import { refuseAccessRequestSchema } from "./schemas";

/** Staff only: refuses a pending request with a reason, which is e-mailed to the contact person. */
export async function refuseAccessRequest(actor: Actor | null, id: string, input: { reason: string }, now = new Date()): Promise<void> {
  assertAdmin(actor);
  const parsed = refuseAccessRequestSchema.shape.reason.safeParse(input.reason);
  if (!parsed.success) throw new InvalidInput({ reason: parsed.error.issues[0]!.message });
  const reason = parsed.data;
  const db = getDb();
  const request = await db.transaction(async (tx) => {
    const request = await lockPendingRequest(tx, id);
    await tx.update(abcPixRequests).set({ state: "refused", refusalReason: reason, reviewedBy: actor.userId, reviewedAt: now }).where(eq(abcPixRequests.id, id));
    await recordAudit(
      tx,
      {
        actorId: actor.userId,
        action: "abc_pix_request.refused",
        targetType: "abc_pix_request",
        targetId: id,
        before: { state: "pending" },
        after: { state: "refused", refusalReason: reason },
      },
      now,
    );
    return request;
  });
  await sendMail(refusalMail(request, reason));
}
