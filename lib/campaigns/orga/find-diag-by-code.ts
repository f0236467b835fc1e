import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb, type DbOrTx } from "@/db/client";
import { diagAnswers, diagRuns, organisationDiagResults } from "@/db/schema";
import { abcDiagResult, type AbcDiagResult } from "@/lib/abc-diag/result";
import type { AnswerStatus } from "@/lib/answers";
import type { Actor } from "@/lib/auth/actor";
import { hitRateLimits } from "@/lib/auth/rate-limit";
import { getContentIndex } from "@/lib/content";
import { InvalidInput, NotFound, RateLimited } from "@/lib/errors";
import { assertOrgAccess } from "@/lib/orga/guard";

/** Code lookups per member: a mediator sees a few people a day; nobody can try codes in bulk. */
export const DIAG_LOOKUP_LIMIT = { max: 30, windowMs: 10 * 60_000 };
/** Each wrong code waits this long before its answer. */
export const WRONG_DIAG_CODE_DELAY_MS = 400;

const CODE_CHARS = /^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/;
export const BAD_CODE_FORMAT = "Un code de résultat s'écrit comme D-7KQ2M9 : « D- » puis 6 lettres ou chiffres.";

/** "d 7kq2m9", "7KQ2M9", " D-7KQ-2M9 " → "D-7KQ2M9"; null when it cannot be a result code. */
export function normalizeResultCode(typed: string): string | null {
  const upper = typed.toUpperCase().trim();
  // "D-…" written out: what follows is the code; else a 7th leading "D" is the prefix without its dash
  const explicit = /^D\s*[-‐–—]/.test(upper);
  let s = (explicit ? upper.replace(/^D\s*[-‐–—]/, "") : upper).replace(/[^A-Z0-9]/g, "");
  if (!explicit && s.length === 7 && s.startsWith("D")) s = s.slice(1);
  return CODE_CHARS.test(s) ? `D-${s}` : null;
}

export const diagCodeSchema = z.string({ error: BAD_CODE_FORMAT }).max(40, BAD_CODE_FORMAT);

export type FoundDiag = AbcDiagResult & {
  runId: string;
  resultCode: string;
  completedAt: Date;
  /** already in the organisation's list: its label */
  kept: { label: string | null } | null;
};

/** The completed run of a code, and its result (null when none). */
export async function completedRunByCode(db: DbOrTx, organisationId: string, resultCode: string): Promise<FoundDiag | null> {
  const diag = getContentIndex().referential.abcDiag;
  if (!diag) return null;
  // diag_runs_result_code_unique
  const [run] = await db
    .select({ id: diagRuns.id, resultCode: diagRuns.resultCode, completedAt: diagRuns.completedAt, updatedAt: diagRuns.updatedAt, kept: organisationDiagResults.id, label: organisationDiagResults.label })
    .from(diagRuns)
    .leftJoin(organisationDiagResults, and(eq(organisationDiagResults.runId, diagRuns.id), eq(organisationDiagResults.organisationId, organisationId)))
    .where(and(eq(diagRuns.resultCode, resultCode), eq(diagRuns.state, "completed")));
  if (!run) return null;
  const rows = await db.select({ challengeId: diagAnswers.challengeId, status: diagAnswers.status }).from(diagAnswers).where(eq(diagAnswers.runId, run.id));
  return {
    ...abcDiagResult(diag, new Map(rows.map((r) => [r.challengeId, r.status as AnswerStatus]))),
    runId: run.id,
    resultCode: run.resultCode,
    completedAt: run.completedAt ?? run.updatedAt,
    kept: run.kept ? { label: run.label } : null,
  };
}

/**
 * Checks the member's lookup budget and finds the completed ABC Diag of a code a person showed.
 * Every lookup counts (30 per 10 minutes per member); a wrong code is slowed. Format errors are
 * InvalidInput on "code"; no such completed run is NotFound (the same for a run still in progress).
 */
export async function countLookup(db: DbOrTx, actor: Actor, typed: string, now: Date): Promise<string> {
  const code = normalizeResultCode(typed);
  await hitRateLimits(db, [{ key: `diag-result-code:user:${actor.userId}`, ...DIAG_LOOKUP_LIMIT }], now).catch((e: unknown) => {
    if (e instanceof RateLimited) throw new RateLimited(e.retryAt, "Trop de codes cherchés en peu de temps. Attendez quelques minutes, puis réessayez.");
    throw e;
  });
  if (!code) throw new InvalidInput({ code: BAD_CODE_FORMAT });
  return code;
}

/** "Retrouver un diagnostic": the result of the completed ABC Diag whose code a person showed. */
export async function findDiagByCode(actor: Actor | null, input: { orgId: string; code: string }, now = new Date(), delay = WRONG_DIAG_CODE_DELAY_MS): Promise<FoundDiag> {
  const db = getDb();
  await assertOrgAccess(db, actor, input.orgId);
  const code = await countLookup(db, actor!, input.code, now);
  const found = await completedRunByCode(db, input.orgId, code);
  if (!found) {
    if (delay > 0) await new Promise((r) => setTimeout(r, delay));
    throw new NotFound("Aucun diagnostic terminé ne porte ce code. Vérifiez-le avec la personne : il s'affiche à la fin de son ABC Diag.");
  }
  return found;
}
