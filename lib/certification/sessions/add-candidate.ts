import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { certificationCandidates } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { Conflict, InvalidInput } from "@/lib/errors";
import { parisToday } from "./dates";
import { identityKey } from "./duplicates";
import { assertSessionOpen, guardSession } from "./guard";
import { candidateInputSchema } from "./schemas";

/** Adds one candidate to a session that is not finalised; a second registration of the same person is refused. */
export async function addCandidate(actor: Actor | null, centerId: string, sessionId: string, raw: Record<string, unknown>, opts: { now?: Date } = {}): Promise<{ id: string }> {
  const db = getDb();
  await guardSession(db, actor, centerId, sessionId);
  const now = opts.now ?? new Date();
  const parsed = candidateInputSchema(parisToday(now)).safeParse(raw);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? "_form")] ??= issue.message;
    throw new InvalidInput(errors);
  }
  const input = parsed.data;
  return db.transaction(async (tx) => {
    const { session } = await guardSession(tx, actor, centerId, sessionId, { forUpdate: true });
    assertSessionOpen(session);
    const existing = await tx
      .select({ lastName: certificationCandidates.lastName, firstName: certificationCandidates.firstName, birthDate: certificationCandidates.birthDate })
      .from(certificationCandidates)
      .where(eq(certificationCandidates.sessionId, sessionId));
    const key = identityKey(input);
    if (existing.some((c) => identityKey(c) === key)) throw new Conflict("Ce candidat est déjà inscrit à la session (même nom, prénom et date de naissance).", "lastName");
    const [row] = await tx
      .insert(certificationCandidates)
      .values({ sessionId, ...input, createdAt: now })
      .returning({ id: certificationCandidates.id });
    await recordAudit(tx, { actorId: actor!.userId, action: "certification-candidate.add", targetType: "certification-session", targetId: sessionId, after: { candidateId: row!.id } }, now);
    return { id: row!.id };
  });
}
