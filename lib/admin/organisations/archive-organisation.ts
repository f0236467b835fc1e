import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { organisations } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertAdmin, type Actor } from "@/lib/auth/actor";
import { NotFound } from "@/lib/errors";
import { organisationIdSchema } from "./schemas";

/**
 * Staff archive (archived = true) or bring back an organisation. Its members then lose (or get
 * back) access to Pix Orga: the Orga guard ignores archived organisations. Doing it twice is harmless.
 */
export async function archiveOrganisation(actor: Actor | null, organisationId: string, archived: boolean, now = new Date()): Promise<{ changed: boolean }> {
  assertAdmin(actor);
  if (!organisationIdSchema.safeParse(organisationId).success) throw new NotFound();
  return getDb().transaction(async (tx) => {
    const [current] = await tx.select({ archivedAt: organisations.archivedAt }).from(organisations).where(eq(organisations.id, organisationId)).for("update");
    if (!current) throw new NotFound();
    if (Boolean(current.archivedAt) === archived) return { changed: false };
    const archivedAt = archived ? now : null;
    await tx.update(organisations).set({ archivedAt }).where(eq(organisations.id, organisationId));
    await recordAudit(
      tx,
      {
        actorId: actor.userId,
        action: archived ? "admin.organisation.archived" : "admin.organisation.unarchived",
        targetType: "organisation",
        targetId: organisationId,
        before: { archivedAt: current.archivedAt?.toISOString() ?? null },
        after: { archivedAt: archivedAt?.toISOString() ?? null },
      },
      now,
    );
    return { changed: true };
  });
}
