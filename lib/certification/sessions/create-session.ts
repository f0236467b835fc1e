import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, ne } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { certificationSessions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { generateAccessCode, generateInvigilatorPassword, type RandomBytes } from "@/lib/certification/rules";
import { InvalidInput } from "@/lib/errors";
import { parisToday } from "./dates";
import { assertApproved, guardCenter } from "./guard";
import { sessionFormSchema, type SessionForm } from "./schemas";

const defaultRandom: RandomBytes = (n) => randomBytes(n);

/** The date must be today or later (Paris). */
export function assertDateNotPast(date: string, now: Date): void {
  if (date < parisToday(now)) throw new InvalidInput({ date: "La date de la session doit être aujourd'hui ou plus tard." });
}

/** An access code no other open session uses (drawn again on a clash). */
export async function uniqueAccessCode(db: DbOrTx, random: RandomBytes): Promise<string> {
  for (let i = 0; i < 20; i++) {
    const code = generateAccessCode(random);
    const [clash] = await db
      .select({ id: certificationSessions.id })
      .from(certificationSessions)
      .where(and(eq(certificationSessions.accessCode, code), ne(certificationSessions.status, "published")))
      .limit(1);
    if (!clash) return code;
  }
  throw new Error("no free access code");
}

/** Creates a session in an approved centre, with a fresh access code and invigilator password. */
export async function createSession(
  actor: Actor | null,
  centerId: string,
  input: SessionForm,
  opts: { now?: Date; random?: RandomBytes } = {},
): Promise<{ id: string; number: number }> {
  const db = getDb();
  const center = await guardCenter(db, actor, centerId);
  assertApproved(center);
  const form = sessionFormSchema.parse(input);
  const now = opts.now ?? new Date();
  assertDateNotPast(form.date, now);
  const random = opts.random ?? defaultRandom;
  return db.transaction(async (tx) => {
    const accessCode = await uniqueAccessCode(tx, random);
    const [row] = await tx
      .insert(certificationSessions)
      .values({
        centerId,
        address: form.address,
        room: form.room,
        date: form.date,
        time: form.time,
        examiner: form.examiner,
        description: form.description || null,
        accessCode,
        invigilatorPassword: generateInvigilatorPassword(random),
        createdBy: actor!.userId,
        createdAt: now,
      })
      .returning({ id: certificationSessions.id, number: certificationSessions.number });
    await recordAudit(tx, { actorId: actor!.userId, action: "certification-session.create", targetType: "certification-session", targetId: row!.id, after: { ...form, centerId } }, now);
    return { id: row!.id, number: row!.number ?? 0 };
  });
}
