import "server-only";
import { and, count, desc, eq, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { assertAdmin, type Actor } from "@/lib/auth/actor";
import { containsPattern } from "@/lib/search/like";

export const USERS_PAGE_SIZE = 50;
export const MIN_QUERY_LENGTH = 2;

export type UserRow = {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  role: string;
  isAnonymous: boolean;
  createdAt: Date;
  deletedAt: Date | null;
};

/**
 * Staff find accounts by name ("Prénom Nom" or "Nom Prénom") or e-mail, case-insensitive, at
 * least 2 characters, 50 a page. Anonymous participants' accounts only when asked.
 */
export async function searchUsers(
  actor: Actor | null,
  query: { q?: string; includeAnonymous?: boolean; page?: number },
): Promise<{ rows: UserRow[]; total: number; page: number; pageCount: number; tooShort: boolean }> {
  assertAdmin(actor);
  const q = (query.q ?? "").trim().replace(/\s+/g, " ").slice(0, 200);
  if (q.length < MIN_QUERY_LENGTH) return { rows: [], total: 0, page: 1, pageCount: 1, tooShort: true };
  const db = getDb();
  const pattern = containsPattern(q.toLowerCase());
  const conditions: SQL[] = [
    or(
      sql`lower(${users.email}) like ${pattern}`,
      sql`lower(${users.firstName} || ' ' || ${users.lastName}) like ${pattern}`,
      sql`lower(${users.lastName} || ' ' || ${users.firstName}) like ${pattern}`,
    )!,
  ];
  if (!query.includeAnonymous) conditions.push(eq(users.isAnonymous, false));
  const where = and(...conditions);
  const [row] = await db.select({ n: count() }).from(users).where(where);
  const total = Number(row?.n ?? 0);
  const pageCount = Math.max(1, Math.ceil(total / USERS_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(query.page ?? 1) || 1), pageCount);
  const rows = await db
    .select({
      id: users.id,
      firstName: users.firstName,
      lastName: users.lastName,
      email: users.email,
      role: users.role,
      isAnonymous: users.isAnonymous,
      createdAt: users.createdAt,
      deletedAt: users.deletedAt,
    })
    .from(users)
    .where(where)
    .orderBy(desc(users.createdAt), users.id)
    .limit(USERS_PAGE_SIZE)
    .offset((page - 1) * USERS_PAGE_SIZE);
  return { rows, total, page, pageCount, tooShort: false };
}
