import "server-only";
import { and, count, desc, eq, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { abcPixRequests } from "@/db/schema";
import { assertAdmin, type Actor } from "@/lib/auth/actor";
import { ACCESS_REQUEST_STATES, escapeLike, foldText, normaliseSiret, type AccessRequestState } from "./rules";

export const PAGE_SIZE = 50;

export type StateFilter = AccessRequestState | "all";

export function parseStateFilter(v: string | undefined): StateFilter {
  return v === "all" || (ACCESS_REQUEST_STATES as readonly string[]).includes(v ?? "") ? (v as StateFilter) : "pending";
}

/** Accents folded in SQL the same way foldText does in JavaScript (the common French ones). */
const FROM = "àâäáãåéèêëíìîïóòôöõúùûüçñÿ";
const TO = "aaaaaaeeeeiiiiooooouuuucny";
function folded(column: SQL | typeof abcPixRequests.structureName): SQL {
  return sql`translate(lower(${column}), ${FROM}, ${TO})`;
}

export type AccessRequestRow = {
  id: string;
  reference: string;
  structureName: string;
  siret: string;
  city: string;
  contactEmail: string;
  state: string;
  createdAt: Date;
};

/**
 * Staff only: access requests, newest first, 50 a page. `q` looks in the structure name
 * (case and accents ignored), the SIRET, the contact address and the reference.
 */
export async function listAccessRequests(
  actor: Actor | null,
  filters: { q?: string; state?: StateFilter; page?: number } = {},
): Promise<{ rows: AccessRequestRow[]; total: number; page: number; pageCount: number }> {
  assertAdmin(actor);
  const db = getDb();
  const where: SQL[] = [];
  const state = filters.state ?? "pending";
  if (state !== "all") where.push(eq(abcPixRequests.state, state));
  const q = (filters.q ?? "").trim().slice(0, 200);
  if (q) {
    const text = `%${escapeLike(foldText(q))}%`;
    const siret = normaliseSiret(q);
    const terms: SQL[] = [
      sql`${folded(abcPixRequests.structureName)} like ${text}`,
      sql`lower(${abcPixRequests.contactEmail}) like ${`%${escapeLike(q.toLowerCase())}%`}`,
      sql`upper(${abcPixRequests.reference}) like ${`%${escapeLike(q.toUpperCase())}%`}`,
    ];
    if (/^\d+$/.test(siret)) terms.push(sql`${abcPixRequests.siret} like ${`%${siret}%`}`);
    where.push(or(...terms)!);
  }
  const condition = where.length ? and(...where) : undefined;
  const [{ n }] = (await db.select({ n: count() }).from(abcPixRequests).where(condition)) as [{ n: number }];
  const total = Number(n);
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(filters.page ?? 1) || 1), pageCount);
  const rows = await db
    .select({
      id: abcPixRequests.id,
      reference: abcPixRequests.reference,
      structureName: abcPixRequests.structureName,
      siret: abcPixRequests.siret,
      city: abcPixRequests.city,
      contactEmail: abcPixRequests.contactEmail,
      state: abcPixRequests.state,
      createdAt: abcPixRequests.createdAt,
    })
    .from(abcPixRequests)
    .where(condition)
    .orderBy(desc(abcPixRequests.createdAt), desc(abcPixRequests.id))
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE);
  return { rows, total, page, pageCount };
}
