import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { certificationCandidates } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { MAX_CSV_BYTES, parseCandidatesCsv } from "./candidates-csv";
import { parisToday } from "./dates";
import { assertSessionOpen, guardSession } from "./guard";

export type ImportResult = { ok: true; imported: number } | { ok: false; errors: string[] };

/** Imports the candidates of a CSV file: all of them, or none when any row is wrong (each reported). */
export async function importCandidates(
  actor: Actor | null,
  centerId: string,
  sessionId: string,
  file: { size: number; text(): Promise<string> } | null,
  opts: { now?: Date } = {},
): Promise<ImportResult> {
  const db = getDb();
  await guardSession(db, actor, centerId, sessionId);
  const now = opts.now ?? new Date();
  if (!file || file.size === 0) return { ok: false, errors: ["Choisissez un fichier CSV à importer."] };
  if (file.size > MAX_CSV_BYTES) return { ok: false, errors: ["Le fichier dépasse 1 Mo : importez au plus 500 candidats à la fois."] };
  const bytes = await file.text();
  if (bytes.includes("\uFFFD")) return { ok: false, errors: ["Le fichier n'est pas enregistré en UTF-8 : enregistrez-le en « CSV UTF-8 » et recommencez."] };
  return db.transaction(async (tx) => {
    const { session } = await guardSession(tx, actor, centerId, sessionId, { forUpdate: true });
    assertSessionOpen(session);
    const existing = await tx
      .select({ lastName: certificationCandidates.lastName, firstName: certificationCandidates.firstName, birthDate: certificationCandidates.birthDate })
      .from(certificationCandidates)
      .where(eq(certificationCandidates.sessionId, sessionId));
    const parsed = parseCandidatesCsv(bytes, parisToday(now), existing);
    if (!parsed.ok) return parsed;
    await tx.insert(certificationCandidates).values(parsed.candidates.map(({ line: _line, ...c }) => ({ ...c, sessionId, createdAt: now })));
    await recordAudit(tx, { actorId: actor!.userId, action: "certification-candidate.import", targetType: "certification-session", targetId: sessionId, after: { count: parsed.candidates.length } }, now);
    return { ok: true as const, imported: parsed.candidates.length };
  });
}
