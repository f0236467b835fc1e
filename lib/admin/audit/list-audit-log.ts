import "server-only";
import { and, desc, eq, gte, ilike, lt, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { assertAdmin, type Actor } from "@/lib/auth/actor";
import { escapeLike } from "@/lib/search/like";

export const AUDIT_PAGE_SIZE = 50;

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

/** The filters of the audit log page; anything malformed is ignored rather than refused. */
export const auditFilterSchema = z.object({
  /** an action or its beginning ("organisation." for every action on organisations) */
  action: z.string().trim().max(80).optional().catch(undefined),
  /** the actor's e-mail or name, or "systeme" for actions without a person */
  qui: z.string().trim().max(120).optional().catch(undefined),
  /** the target's type and id */
  cible: z.string().trim().max(80).optional().catch(undefined),
  id: z.string().trim().max(80).optional().catch(undefined),
  du: day,
  au: day,
  /** keyset cursor: "<created_at iso>_<id>" of the last row of the previous page */
  apres: z
    .string()
    .regex(/^[0-9T:.\-Z+]+_[0-9a-f-]{36}$/)
    .optional()
    .catch(undefined),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export type AuditRow = {
  id: string;
  createdAt: Date;
  action: string;
  targetType: string;
  targetId: string;
  before: unknown;
  after: unknown;
  actor: { id: string; name: string; email: string | null } | null;
};


/** Paris midnight of a YYYY-MM-DD day, as an instant (good to the hour around DST changes). */
function parisDayStart(dayText: string): Date {
  const utcMidnight = new Date(`${dayText}T00:00:00Z`);
  const parisHour = Number(new Intl.DateTimeFormat("en-GB", { hour: "2-digit", hourCycle: "h23", timeZone: "Europe/Paris" }).format(utcMidnight));
  return new Date(utcMidnight.getTime() - parisHour * 3_600_000);
}

/** Staff only: the audit records, newest first, filtered, 50 at a time. */
export async function listAuditLog(actor: Actor | null, filter: AuditFilter): Promise<{ rows: AuditRow[]; next: string | null }> {
  assertAdmin(actor);
  const where: SQL[] = [];
  if (filter.action) where.push(ilike(auditLog.action, `${escapeLike(filter.action)}%`));
  if (filter.cible) where.push(eq(auditLog.targetType, filter.cible));
  if (filter.id) where.push(eq(auditLog.targetId, filter.id));
  if (filter.du) where.push(gte(auditLog.createdAt, parisDayStart(filter.du)));
  if (filter.au) where.push(lt(auditLog.createdAt, new Date(parisDayStart(filter.au).getTime() + 24 * 3_600_000)));
  if (filter.qui) {
    if (/^syst[eè]me$/i.test(filter.qui)) where.push(sql`${auditLog.actorId} is null`);
    else {
      const like = `%${escapeLike(filter.qui.toLowerCase())}%`;
      where.push(
        or(
          ilike(users.email, like),
          sql`lower(${users.firstName} || ' ' || ${users.lastName}) like ${like}`,
          sql`lower(${users.lastName} || ' ' || ${users.firstName}) like ${like}`,
        )!,
      );
    }
  }
  if (filter.apres) {
    const cut = filter.apres.lastIndexOf("_");
    const at = new Date(filter.apres.slice(0, cut));
    const id = filter.apres.slice(cut + 1);
    if (!Number.isNaN(at.getTime())) where.push(sql`(${auditLog.createdAt}, ${auditLog.id}) < (${at.toISOString()}::timestamptz, ${id}::uuid)`);
  }
  const rows = await getDb()
    .select({
      id: auditLog.id,
      createdAt: auditLog.createdAt,
      action: auditLog.action,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      before: auditLog.before,
      after: auditLog.after,
      actorId: auditLog.actorId,
      firstName: users.firstName,
      lastName: users.lastName,
      email: users.email,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE + 1);
  const page = rows.slice(0, AUDIT_PAGE_SIZE).map((r) => ({
    id: r.id,
    createdAt: r.createdAt,
    action: r.action,
    targetType: r.targetType,
    targetId: r.targetId,
    before: r.before,
    after: r.after,
    actor: r.actorId ? { id: r.actorId, name: `${r.firstName ?? ""} ${r.lastName ?? ""}`.trim() || "Compte supprimé", email: r.email } : null,
  }));
  const last = page.at(-1);
  return { rows: page, next: rows.length > AUDIT_PAGE_SIZE && last ? `${last.createdAt.toISOString()}_${last.id}` : null };
}

/** The target types present in the log, for the filter's list. */
export async function listAuditTargetTypes(actor: Actor | null): Promise<string[]> {
  assertAdmin(actor);
  const rows = await getDb().selectDistinct({ t: auditLog.targetType }).from(auditLog).orderBy(auditLog.targetType);
  return rows.map((r) => r.t);
}
