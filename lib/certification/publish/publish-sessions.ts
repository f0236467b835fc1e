// Platform staff publish several finalised sessions at once: each through publishSession, in its
// own transaction, so codes and e-mails behave exactly as for one session; one report per session.
import { randomBytes } from "node:crypto";
import { inArray } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { certificationSessions } from "@/db/schema";
import { assertAdmin, type Actor } from "@/lib/auth/actor";
import type { RandomBytes } from "@/lib/certification/rules";
import { Conflict, InvalidInput, NotFound } from "@/lib/errors";
import { publishSession } from "./publish-session";

export const MAX_SESSIONS_AT_ONCE = 50;

/** published | already (was published before) | not-finalised | unknown | failed */
export type PublishOutcome = "published" | "already" | "not-finalised" | "unknown" | "failed";
export type PublishReport = { sessionId: string; number: number | null; outcome: PublishOutcome; codes: number; mails: number };

export const publishSessionsSchema = z.object({
  sessionIds: z
    .array(z.string())
    .transform((ids) => [...new Set(ids.map((s) => s.trim()).filter(Boolean))])
    .pipe(z.array(z.string()).min(1, "Cochez au moins une session à publier.").max(MAX_SESSIONS_AT_ONCE, `Publiez au plus ${MAX_SESSIONS_AT_ONCE} sessions à la fois.`)),
});

export async function publishSessions(db: Db, actor: Actor | null, rawIds: string[], now = new Date(), random: RandomBytes = randomBytes): Promise<PublishReport[]> {
  assertAdmin(actor);
  const parsed = publishSessionsSchema.safeParse({ sessionIds: rawIds });
  if (!parsed.success) throw new InvalidInput({ sessionIds: parsed.error.issues[0]?.message ?? "Cochez au moins une session à publier." });
  const ids = parsed.data.sessionIds;
  const valid = ids.filter((id) => z.uuid().safeParse(id).success);
  const numbers = new Map(
    valid.length ? (await db.select({ id: certificationSessions.id, number: certificationSessions.number }).from(certificationSessions).where(inArray(certificationSessions.id, valid))).map((r) => [r.id, r.number]) : [],
  );
  const reports: PublishReport[] = [];
  for (const sessionId of ids) {
    const base = { sessionId, number: numbers.get(sessionId) ?? null };
    try {
      const res = await publishSession(db, actor, sessionId, now, random);
      reports.push({ ...base, outcome: res.alreadyPublished ? "already" : "published", codes: res.codes, mails: res.mails });
    } catch (e) {
      const outcome: PublishOutcome = e instanceof NotFound ? "unknown" : e instanceof Conflict ? "not-finalised" : "failed";
      if (outcome === "failed") console.error("[certification] session not published", sessionId, e);
      reports.push({ ...base, outcome, codes: 0, mails: 0 });
    }
  }
  return reports;
}

export const PUBLISH_OUTCOME_LABELS: Record<PublishOutcome, string> = {
  published: "publiée, les candidats ont été prévenus par e-mail",
  already: "déjà publiée, rien n'a changé",
  "not-finalised": "pas publiée : elle n'est pas finalisée par le centre",
  unknown: "pas publiée : session introuvable",
  failed: "pas publiée : une erreur est survenue, réessayez",
};
