import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { problemReports } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertAdmin, type Actor } from "@/lib/auth/actor";
import { InvalidInput, NotFound } from "@/lib/errors";

/** Either every open report of a challenge, or one report. */
export const markReportsHandledSchema = z
  .object({ challengeId: z.string().trim().min(1).max(200).optional(), reportId: z.uuid().optional() })
  .refine((v) => !!v.challengeId !== !!v.reportId);

/**
 * "Marquer comme traité": sets handledAt / handledBy on the open reports of a challenge (or one
 * report), with an audit record. Reports already handled are left as they are, so a second
 * click changes nothing and records nothing. Returns how many reports it marked.
 */
export async function markReportsHandled(actor: Actor | null, input: z.input<typeof markReportsHandledSchema>, now = new Date()): Promise<{ marked: number }> {
  assertAdmin(actor);
  const parsed = markReportsHandledSchema.safeParse(input);
  if (!parsed.success) throw new InvalidInput({ _form: "Choisissez les signalements à marquer comme traités." });
  const target = parsed.data;
  const db = getDb();
  return db.transaction(async (tx) => {
    if (target.reportId) {
      const [exists] = await tx.select({ id: problemReports.id }).from(problemReports).where(eq(problemReports.id, target.reportId));
      if (!exists) throw new NotFound("Ce signalement n'existe pas.");
    }
    const which = target.reportId ? eq(problemReports.id, target.reportId) : eq(problemReports.challengeId, target.challengeId!);
    // the "handled_at is null" condition is re-checked on each row after a concurrent update: two clicks at once mark each report once
    const marked = await tx
      .update(problemReports)
      .set({ handledAt: now, handledBy: actor.userId })
      .where(and(which, isNull(problemReports.handledAt)))
      .returning({ id: problemReports.id, challengeId: problemReports.challengeId });
    if (marked.length === 0) return { marked: 0 };
    const ids = marked.map((m) => m.id).sort();
    await recordAudit(
      tx,
      {
        actorId: actor.userId,
        action: "problem-reports.handle",
        targetType: target.reportId ? "problem-report" : "challenge",
        targetId: target.reportId ?? target.challengeId!,
        before: { reportIds: ids, handledAt: null, handledBy: null },
        after: { reportIds: ids, handledAt: now.toISOString(), handledBy: actor.userId },
      },
      now,
    );
    return { marked: marked.length };
  });
}
