import "server-only";
import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { campaigns, organisations } from "@/db/schema";
import { hitRateLimits, rowsOf } from "@/lib/auth/rate-limit";
import { Conflict, NotFound, RateLimited } from "@/lib/errors";

/** Wrong codes per address: far above what a room of 30 people making typos reaches. */
export const WRONG_CODE_LIMIT = { max: 100, windowMs: 10 * 60_000 };
/** Each wrong code waits this long before its answer, so that guessing codes is slow. */
export const WRONG_CODE_DELAY_MS = 400;

export type CampaignForJoin = {
  id: string;
  code: string;
  name: string;
  type: string;
  organisationId: string;
  organisationName: string;
  landingText: string | null;
  externalIdLabel: string | null;
  externalIdType: "text" | "email" | "number" | null;
  allowAnonymous: boolean;
  targetProfileId: string | null;
  forAbsoluteNovice: boolean;
  multipleSendings: boolean;
};

const wrongCodeKey = (ip: string) => `campaign-code:ip:${ip}`;

async function overLimit(db: DbOrTx, ip: string, now: Date): Promise<Date | null> {
  const rows = rowsOf<{ count: number; window_start: string }>(await db.execute(sql`select count, window_start from rate_limits where key = ${wrongCodeKey(ip)}`));
  const row = rows[0];
  if (!row) return null;
  const until = new Date(new Date(row.window_start).getTime() + WRONG_CODE_LIMIT.windowMs);
  return until > now && Number(row.count) >= WRONG_CODE_LIMIT.max ? until : null;
}

/**
 * The campaign of a (normalised) code, for someone about to join it. A wrong code is slowed and
 * counted per address; past the limit every code is refused until the window ends. An archived
 * campaign gets its own message.
 */
export async function findCampaignForJoin(db: DbOrTx, code: string, ip: string, now = new Date(), delay = WRONG_CODE_DELAY_MS): Promise<CampaignForJoin> {
  const blockedUntil = await overLimit(db, ip, now);
  if (blockedUntil) throw new RateLimited(blockedUntil, "Trop de codes erronés depuis cet ordinateur. Attendez quelques minutes, puis réessayez.");
  const [row] = await db
    .select({ c: campaigns, organisationName: organisations.name })
    .from(campaigns)
    .innerJoin(organisations, eq(organisations.id, campaigns.organisationId))
    .where(eq(campaigns.code, code));
  if (!row) {
    if (delay > 0) await new Promise((r) => setTimeout(r, delay));
    await hitRateLimits(db, [{ key: wrongCodeKey(ip), ...WRONG_CODE_LIMIT }], now);
    throw new NotFound("Ce code ne correspond à aucun parcours. Vérifiez-le avec la personne qui vous l'a donné.");
  }
  if (row.c.archivedAt) throw new Conflict("Ce parcours est terminé : il n'accepte plus de participants. Demandez un nouveau code à votre structure.", "code");
  const c = row.c;
  return {
    id: c.id,
    code: c.code,
    name: c.name,
    type: c.type,
    organisationId: c.organisationId,
    organisationName: row.organisationName,
    landingText: c.landingText,
    externalIdLabel: c.externalIdLabel,
    externalIdType: (c.externalIdType as CampaignForJoin["externalIdType"]) ?? null,
    allowAnonymous: c.allowAnonymous,
    targetProfileId: c.targetProfileId,
    forAbsoluteNovice: c.forAbsoluteNovice,
    multipleSendings: c.multipleSendings,
  };
}
