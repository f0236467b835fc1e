import "server-only";
import { and, count, desc, eq, ilike, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships, organisations } from "@/db/schema";
import { assertAdmin, type Actor } from "@/lib/auth/actor";
import { containsPattern } from "@/lib/search/like";

export const ORGANISATIONS_PAGE_SIZE = 50;


export type OrganisationRow = {
  id: string;
  name: string;
  type: string;
  siret: string | null;
  archivedAt: Date | null;
  createdAt: Date;
  memberCount: number;
};

/**
 * Staff search organisations by name or SIRET (case-insensitive), active or archived ones,
 * 50 a page, newest first, with their number of members.
 */
export async function listOrganisations(
  actor: Actor | null,
  query: { q?: string; status?: "active" | "archived" | "all"; page?: number } = {},
): Promise<{ rows: OrganisationRow[]; total: number; page: number; pageCount: number }> {
  assertAdmin(actor);
  const db = getDb();
  const q = (query.q ?? "").trim().slice(0, 200);
  const conditions: SQL[] = [];
  if (q) {
    const pattern = containsPattern(q);
    const digits = q.replace(/[\s.-]/g, "");
    conditions.push(or(ilike(organisations.name, pattern), ilike(organisations.siret, containsPattern(digits || q)))!);
  }
  if (query.status === "archived") conditions.push(isNotNull(organisations.archivedAt));
  else if (query.status !== "all") conditions.push(isNull(organisations.archivedAt));
  const where = conditions.length ? and(...conditions) : undefined;
  const [{ n }] = (await db.select({ n: count() }).from(organisations).where(where)) as [{ n: number }];
  const total = Number(n);
  const pageCount = Math.max(1, Math.ceil(total / ORGANISATIONS_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(query.page ?? 1) || 1), pageCount);
  const members = db
    .select({ organisationId: memberships.organisationId, n: count().as("n") })
    .from(memberships)
    .groupBy(memberships.organisationId)
    .as("member_counts");
  const rows = await db
    .select({
      id: organisations.id,
      name: organisations.name,
      type: organisations.type,
      siret: organisations.siret,
      archivedAt: organisations.archivedAt,
      createdAt: organisations.createdAt,
      memberCount: sql<number>`coalesce(${members.n}, 0)`.mapWith(Number),
    })
    .from(organisations)
    .leftJoin(members, eq(members.organisationId, organisations.id))
    .where(where)
    .orderBy(desc(organisations.createdAt), organisations.id)
    .limit(ORGANISATIONS_PAGE_SIZE)
    .offset((page - 1) * ORGANISATIONS_PAGE_SIZE);
  return { rows, total, page, pageCount };
}
