// Public verification of a certificate by its code. Unknown and unpublished codes get the same
// message after the same delay, and are counted per address (no enumeration). A certificate
// cancelled by staff is found, and shown as cancelled (cancelledAt set, no score).
import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { certificationCourses } from "@/db/schema";
import { hitRateLimits, rowsOf } from "@/lib/auth/rate-limit";
import { NotFound, RateLimited } from "@/lib/errors";
import { toCertificateView, type CertificateView } from "./certificate-view";
import { certificateQuery } from "./queries";

/** Wrong codes per address. */
export const WRONG_VERIFICATION_LIMIT = { max: 30, windowMs: 10 * 60_000 };
/** Each wrong code waits this long before its answer. */
export const WRONG_VERIFICATION_DELAY_MS = 400;
export const UNKNOWN_CERTIFICATE_MESSAGE = "Aucun certificat publié ne correspond à ce code. Vérifiez le code inscrit sur le certificat.";
export const TOO_MANY_CODES_MESSAGE = "Trop de codes erronés depuis cet ordinateur. Attendez quelques minutes, puis réessayez.";

const keyOf = (ip: string) => `certificate-code:ip:${ip}`;

async function blockedUntil(db: DbOrTx, ip: string, now: Date): Promise<Date | null> {
  const [row] = rowsOf<{ count: number; window_start: string }>(await db.execute(sql`select count, window_start from rate_limits where key = ${keyOf(ip)}`));
  if (!row) return null;
  const until = new Date(new Date(row.window_start).getTime() + WRONG_VERIFICATION_LIMIT.windowMs);
  return until > now && Number(row.count) >= WRONG_VERIFICATION_LIMIT.max ? until : null;
}

/** `code` is already normalised (verificationCodeSchema). */
export async function verifyCertificate(db: DbOrTx, code: string, ip: string, now = new Date(), delay = WRONG_VERIFICATION_DELAY_MS): Promise<CertificateView> {
  const until = await blockedUntil(db, ip, now);
  if (until) throw new RateLimited(until, TOO_MANY_CODES_MESSAGE);
  const [row] = await certificateQuery(db).where(eq(certificationCourses.verificationCode, code));
  if (!row || row.sessionStatus !== "published" || row.status !== "validated") {
    if (delay > 0) await new Promise((r) => setTimeout(r, delay));
    await hitRateLimits(db, [{ key: keyOf(ip), ...WRONG_VERIFICATION_LIMIT }], now).catch((e) => {
      if (!(e instanceof RateLimited)) throw e;
    });
    throw new NotFound(UNKNOWN_CERTIFICATE_MESSAGE);
  }
  return toCertificateView(row);
}
