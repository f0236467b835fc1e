import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { getDb } from "@/db/client";
import { organisations } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertAdmin, type Actor } from "@/lib/auth/actor";
import { Conflict, NotFound } from "@/lib/errors";
import { organisationFormSchema, organisationIdSchema, type OrganisationForm } from "./schemas";
import { isSiretTaken, organisationSnapshot, parseInput, SIRET_TAKEN, targetProfileIdsOf } from "./values";

/** Staff change an organisation's name, type, SIRET, ABC Pix access and profiles (audited when something changes). */
export async function updateOrganisation(actor: Actor | null, organisationId: string, form: OrganisationForm, now = new Date()): Promise<{ changed: boolean }> {
  assertAdmin(actor);
  if (!organisationIdSchema.safeParse(organisationId).success) throw new NotFound();
  const input = parseInput(organisationFormSchema, form);
  const values = { name: input.name, type: input.type, siret: input.siret, hasAbcPixAccess: input.hasAbcPixAccess, targetProfileIds: targetProfileIdsOf(input) };
  try {
    return await getDb().transaction(async (tx) => {
      const [current] = await tx.select().from(organisations).where(eq(organisations.id, organisationId)).for("update");
      if (!current) throw new NotFound();
      const before = organisationSnapshot({ ...current, archivedAt: undefined });
      const after = organisationSnapshot(values);
      if (JSON.stringify(before) === JSON.stringify(after)) return { changed: false };
      if (values.siret) {
        const [other] = await tx
          .select({ id: organisations.id })
          .from(organisations)
          .where(and(eq(organisations.siret, values.siret), ne(organisations.id, organisationId)))
          .limit(1);
        if (other) throw new Conflict(SIRET_TAKEN, "siret");
      }
      await tx.update(organisations).set(values).where(eq(organisations.id, organisationId));
      await recordAudit(tx, { actorId: actor.userId, action: "admin.organisation.updated", targetType: "organisation", targetId: organisationId, before, after }, now);
      return { changed: true };
    });
  } catch (e) {
    if (isSiretTaken(e)) throw new Conflict(SIRET_TAKEN, "siret");
    throw e;
  }
}
