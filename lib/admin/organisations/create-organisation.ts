import "server-only";
import { and, eq, gte, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { organisations } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertAdmin, type Actor } from "@/lib/auth/actor";
import { Conflict } from "@/lib/errors";
import { organisationFormSchema, type OrganisationForm } from "./schemas";
import { isSiretTaken, organisationSnapshot, parseInput, SIRET_TAKEN, targetProfileIdsOf } from "./values";

/** A second click within this time, with the same name and type and no SIRET, gives back the first organisation. */
const DOUBLE_SUBMISSION_MS = 2 * 60_000;

/**
 * Staff create an organisation (audited). A SIRET already used by another one is refused on that
 * field; without a SIRET, the same form sent twice in a row creates one organisation.
 */
export async function createOrganisation(actor: Actor | null, form: OrganisationForm, now = new Date()): Promise<{ organisationId: string }> {
  assertAdmin(actor);
  const input = parseInput(organisationFormSchema, form);
  const values = { name: input.name, type: input.type, siret: input.siret, hasAbcPixAccess: input.hasAbcPixAccess, targetProfileIds: targetProfileIdsOf(input) };
  try {
    return await getDb().transaction(async (tx) => {
      if (values.siret) {
        const [other] = await tx.select({ id: organisations.id }).from(organisations).where(and(eq(organisations.siret, values.siret))).limit(1);
        if (other) throw new Conflict(SIRET_TAKEN, "siret");
      } else {
        const [twin] = await tx
          .select({ id: organisations.id })
          .from(organisations)
          .where(and(sql`lower(${organisations.name}) = lower(${values.name})`, eq(organisations.type, values.type), gte(organisations.createdAt, new Date(now.getTime() - DOUBLE_SUBMISSION_MS))))
          .limit(1);
        if (twin) return { organisationId: twin.id };
      }
      const [row] = await tx.insert(organisations).values({ ...values, createdAt: now }).returning({ id: organisations.id });
      await recordAudit(tx, { actorId: actor.userId, action: "admin.organisation.created", targetType: "organisation", targetId: row!.id, before: null, after: organisationSnapshot(values) }, now);
      return { organisationId: row!.id };
    });
  } catch (e) {
    if (isSiretTaken(e)) throw new Conflict(SIRET_TAKEN, "siret");
    throw e;
  }
}
