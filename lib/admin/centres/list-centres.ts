// Platform staff: certification centres, searched by name or city, by state.
import { and, asc, ilike, isNotNull, isNull, or, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { certificationCenters } from "@/db/schema";
import { assertAdmin, type Actor } from "@/lib/auth/actor";
import type { CentreFilter } from "./schemas";
import { escapeLike } from "@/lib/search/like";

export type CentreListItem = { id: string; name: string; type: string; city: string | null; approvedAt: Date | null; archivedAt: Date | null };


export async function listCentres(db: DbOrTx, actor: Actor | null, opts: { q?: string; filter?: CentreFilter } = {}): Promise<CentreListItem[]> {
  assertAdmin(actor);
  const where: SQL[] = [];
  const q = (opts.q ?? "").trim().slice(0, 100);
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    where.push(or(ilike(certificationCenters.name, pattern), ilike(certificationCenters.city, pattern))!);
  }
  if (opts.filter === "a-valider") where.push(isNull(certificationCenters.approvedAt), isNull(certificationCenters.archivedAt));
  if (opts.filter === "valides") where.push(isNotNull(certificationCenters.approvedAt), isNull(certificationCenters.archivedAt));
  if (opts.filter === "archives") where.push(isNotNull(certificationCenters.archivedAt));
  return db
    .select({ id: certificationCenters.id, name: certificationCenters.name, type: certificationCenters.type, city: certificationCenters.city, approvedAt: certificationCenters.approvedAt, archivedAt: certificationCenters.archivedAt })
    .from(certificationCenters)
    .where(where.length ? and(...where) : undefined)
    .orderBy(asc(certificationCenters.name))
    .limit(200);
}

export function centreStateLabel(c: Pick<CentreListItem, "approvedAt" | "archivedAt">): string {
  if (c.archivedAt) return "Archivé";
  return c.approvedAt ? "Validé" : "À valider";
}
