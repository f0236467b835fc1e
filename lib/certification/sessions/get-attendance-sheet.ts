import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { certificationCandidates } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { attendanceSheetPdf } from "./attendance-sheet-pdf";
import { guardSession } from "./guard";

/** The session's attendance sheet (PDF bytes) and a file name, for the centre's staff. */
export async function getAttendanceSheet(actor: Actor | null, centerId: string, sessionId: string, opts: { now?: Date } = {}): Promise<{ bytes: Uint8Array; fileName: string }> {
  const db = getDb();
  const { center, session } = await guardSession(db, actor, centerId, sessionId);
  const candidates = await db
    .select({ lastName: certificationCandidates.lastName, firstName: certificationCandidates.firstName, birthDate: certificationCandidates.birthDate, extraTimePercent: certificationCandidates.extraTimePercent })
    .from(certificationCandidates)
    .where(eq(certificationCandidates.sessionId, sessionId))
    .orderBy(asc(certificationCandidates.lastName), asc(certificationCandidates.firstName));
  const bytes = await attendanceSheetPdf({
    centerName: center.name,
    sessionNumber: session.number ?? 0,
    date: session.date,
    time: session.time,
    address: session.address,
    room: session.room,
    examiner: session.examiner,
    candidates,
    now: opts.now ?? new Date(),
  });
  return { bytes, fileName: `emargement-session-${session.number}.pdf` };
}
