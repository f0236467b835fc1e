import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { abcPixRequests, auditLog, organisations, users } from "@/db/schema";
import { assertAdmin, type Actor } from "@/lib/auth/actor";
import { NotFound } from "@/lib/errors";
import { isUuid } from "./schemas";

export type OrganisationMatch = { id: string; name: string; type: string; siret: string | null; hasAbcPixAccess: boolean; archived: boolean };

export type AccessRequestDetail = {
  request: typeof abcPixRequests.$inferSelect;
  reviewerName: string | null;
  /** the organisation created or given access on approval */
  approvedOrganisation: { id: string; name: string } | null;
  /** the organisation with the same SIRET, if any */
  sameSiret: OrganisationMatch | null;
  /** organisations staff may choose on approval: the same SIRET, else the same name without SIRET */
  candidates: OrganisationMatch[];
  history: { id: string; action: string; actorName: string | null; before: unknown; after: unknown; createdAt: Date }[];
};

const orgColumns = {
  id: organisations.id,
  name: organisations.name,
  type: organisations.type,
  siret: organisations.siret,
  hasAbcPixAccess: organisations.hasAbcPixAccess,
  archivedAt: organisations.archivedAt,
};

function toMatch(o: { id: string; name: string; type: string; siret: string | null; hasAbcPixAccess: boolean; archivedAt: Date | null }): OrganisationMatch {
  return { id: o.id, name: o.name, type: o.type, siret: o.siret, hasAbcPixAccess: o.hasAbcPixAccess, archived: o.archivedAt !== null };
}

/** Staff only: one access request with its history (audit records) and the matching organisation. */
export async function getAccessRequest(actor: Actor | null, id: string): Promise<AccessRequestDetail> {
  assertAdmin(actor);
  if (!isUuid(id)) throw new NotFound("Cette demande n'existe pas.");
  const db = getDb();
  const reviewer = alias(users, "reviewer");
  const [row] = await db
    .select({ request: abcPixRequests, reviewerFirst: reviewer.firstName, reviewerLast: reviewer.lastName, orgName: organisations.name })
    .from(abcPixRequests)
    .leftJoin(reviewer, eq(reviewer.id, abcPixRequests.reviewedBy))
    .leftJoin(organisations, eq(organisations.id, abcPixRequests.organisationId))
    .where(eq(abcPixRequests.id, id));
  if (!row) throw new NotFound("Cette demande n'existe pas.");
  const request = row.request;
  const [same] = await db.select(orgColumns).from(organisations).where(eq(organisations.siret, request.siret)).limit(1);
  const sameSiret = same ? toMatch(same) : null;
  const candidates = sameSiret
    ? [sameSiret]
    : (
        await db
          .select(orgColumns)
          .from(organisations)
          .where(and(isNull(organisations.siret), isNull(organisations.archivedAt), sql`lower(${organisations.name}) = ${request.structureName.toLowerCase()}`))
          .orderBy(asc(organisations.createdAt))
          .limit(5)
      ).map(toMatch);
  const history = await db
    .select({
      id: auditLog.id,
      action: auditLog.action,
      first: users.firstName,
      last: users.lastName,
      before: auditLog.before,
      after: auditLog.after,
      createdAt: auditLog.createdAt,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.targetType, "abc_pix_request"), eq(auditLog.targetId, id)))
    .orderBy(asc(auditLog.createdAt), asc(auditLog.id));
  return {
    request,
    reviewerName: row.reviewerFirst !== null ? `${row.reviewerFirst} ${row.reviewerLast ?? ""}`.trim() : null,
    approvedOrganisation: request.organisationId && row.orgName ? { id: request.organisationId, name: row.orgName } : null,
    sameSiret,
    candidates,
    history: history.map((h) => ({
      id: h.id,
      action: h.action,
      actorName: h.first !== null ? `${h.first} ${h.last ?? ""}`.trim() : null,
      before: h.before,
      after: h.after,
      createdAt: h.createdAt,
    })),
  };
}
