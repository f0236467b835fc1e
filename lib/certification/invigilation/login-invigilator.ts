import { and, eq, isNotNull, isNull, lte, sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { certificationCenters, certificationSessions, invigilatorSessions } from "@/db/schema";
import { hitRateLimits, rowsOf, type Limit } from "@/lib/auth/rate-limit";
import { codesEqual } from "@/lib/certification/rules";
import { Conflict, DomainError, RateLimited } from "@/lib/errors";
import { hashInvigilatorToken, INVIGILATOR_SESSION_MS, newInvigilatorToken } from "./token";

export const INVIGILATOR_LOGIN_FAILED = "Numéro de session ou mot de passe incorrect.";

export class InvigilatorLoginFailed extends DomainError {
  constructor() {
    super("invigilator login failed", INVIGILATOR_LOGIN_FAILED);
  }
}

/**
 * Wrong attempts counted per (address, session number): one invigilator's typos never block the
 * invigilators of other sessions in the same building. Per session number, a higher ceiling stops
 * guessing spread over many addresses.
 */
export const WRONG_PER_IP_AND_NUMBER = { max: 10, windowMs: 10 * 60_000 };
export const WRONG_PER_NUMBER = { max: 100, windowMs: 10 * 60_000 };
export const WRONG_LOGIN_DELAY_MS = 300;

function limitsFor(ip: string, number: number): Limit[] {
  return [
    { key: `invigilator:ip-number:${ip}:${number}`, ...WRONG_PER_IP_AND_NUMBER },
    { key: `invigilator:number:${number}`, ...WRONG_PER_NUMBER },
  ];
}

export type InvigilatorLogin = { token: string; sessionId: string; expiresAt: Date };

/**
 * The invigilator's login: session number + invigilator password (no Pix account needed).
 * Wrong pairs are slowed and counted; past the limit every attempt for that number from that
 * address is refused until the window ends. Only a session not yet finalised opens. Returns
 * the cookie's token (only its sha-256 is stored).
 */
export async function loginInvigilator(
  input: { number: number; password: string },
  ctx: { ip: string; now: Date; db?: DbOrTx; delayMs?: number },
): Promise<InvigilatorLogin> {
  const db = ctx.db ?? getDb();
  const { now } = ctx;
  const limits = limitsFor(ctx.ip, input.number);
  const until = await overLimit(db, limits, now);
  if (until) throw new RateLimited(until);
  const [session] = Number.isSafeInteger(input.number)
    ? await db
        .select({ id: certificationSessions.id, password: certificationSessions.invigilatorPassword, status: certificationSessions.status })
        .from(certificationSessions)
        // a session of an archived or not (yet) approved centre cannot be invigilated
        .innerJoin(certificationCenters, eq(certificationCenters.id, certificationSessions.centerId))
        .where(and(eq(certificationSessions.number, input.number), isNotNull(certificationCenters.approvedAt), isNull(certificationCenters.archivedAt)))
        .limit(1)
    : [];
  // compare even when the session does not exist, so both cases take the same time
  const ok = codesEqual(session?.password ?? "#####", input.password.toUpperCase()) && Boolean(session);
  if (!ok || !session) {
    const delay = ctx.delayMs ?? WRONG_LOGIN_DELAY_MS;
    if (delay > 0) await new Promise((r) => setTimeout(r, delay));
    await hitRateLimits(db, limits, now);
    throw new InvigilatorLoginFailed();
  }
  if (session.status !== "created") throw new Conflict("Cette session est finalisée : sa surveillance est terminée.");
  const token = newInvigilatorToken();
  const expiresAt = new Date(now.getTime() + INVIGILATOR_SESSION_MS);
  // logins of this session that ran out are of no use any more
  await db.delete(invigilatorSessions).where(and(eq(invigilatorSessions.sessionId, session.id), lte(invigilatorSessions.expiresAt, now)));
  await db.insert(invigilatorSessions).values({ sessionId: session.id, tokenHash: hashInvigilatorToken(token), createdAt: now, expiresAt });
  return { token, sessionId: session.id, expiresAt };
}

/** When the wrong attempts already reached a limit: until when (else null). Counts nothing. */
async function overLimit(db: DbOrTx, limits: Limit[], now: Date): Promise<Date | null> {
  let until: Date | null = null;
  for (const limit of limits) {
    const rows = rowsOf<{ count: number; window_start: string }>(await db.execute(sql`select count, window_start from rate_limits where key = ${limit.key}`));
    const row = rows[0];
    if (!row) continue;
    const end = new Date(new Date(row.window_start).getTime() + limit.windowMs);
    if (end > now && Number(row.count) >= limit.max && (!until || end > until)) until = end;
  }
  return until;
}
