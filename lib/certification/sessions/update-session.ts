import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { certificationSessions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { Conflict } from "@/lib/errors";
import { assertDateNotPast } from "./create-session";
import { guardSession } from "./guard";
import { sessionFormSchema, type SessionForm } from "./schemas";

/** Edits a session's details while it is still "created". */
export async function updateSession(actor: Actor | null, centerId: string, sessionId: string, input: SessionForm, opts: { now?: Date } = {}): Promise<void> {
  const db = getDb();
  await guardSession(db, actor, centerId, sessionId);
  const form = sessionFormSchema.parse(input);
  const now = opts.now ?? new Date();
  await db.transaction(async (tx) => {
    const { session } = await guardSession(tx, actor, centerId, sessionId, { forUpdate: true });
    if (session.status !== "created") throw new Conflict("Cette session est finalisée : elle ne peut plus être modifiée.");
    if (form.date !== session.date) assertDateNotPast(form.date, now);
    await tx
      .update(certificationSessions)
      .set({ address: form.address, room: form.room, date: form.date, time: form.time, examiner: form.examiner, description: form.description || null })
      .where(eq(certificationSessions.id, sessionId));
    await recordAudit(
      tx,
      { actorId: actor!.userId, action: "certification-session.update", targetType: "certification-session", targetId: sessionId, before: { date: session.date, time: session.time, room: session.room }, after: form },
      now,
    );
  });
}
