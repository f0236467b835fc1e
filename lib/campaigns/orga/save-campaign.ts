import "server-only";
import { and, count, eq } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { campaignParticipations, campaigns, organisations } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { Conflict, InvalidInput, NotAllowed } from "@/lib/errors";
import { assertOrgAccess } from "@/lib/orga/guard";
import { allowedProfiles } from "./allowed-profiles";
import type { CampaignForm } from "./campaign-form";
import { generateCampaignCode } from "./generate-code";
import { getOrgCampaign } from "./get-org-campaign";

async function checkProfile(tx: Tx, orgId: string, form: CampaignForm): Promise<void> {
  if (form.type !== "assessment") return;
  const [org] = await tx.select({ hasAbcPixAccess: organisations.hasAbcPixAccess, targetProfileIds: organisations.targetProfileIds }).from(organisations).where(eq(organisations.id, orgId));
  if (!org || !allowedProfiles(org).some((p) => p.id === form.targetProfileId))
    throw new InvalidInput({ targetProfileId: "Ce profil n'est pas proposé à votre structure." });
}

/** Inserts with a fresh code; a code already taken is drawn again. */
async function insertWithCode(tx: Tx, values: Omit<typeof campaigns.$inferInsert, "code">): Promise<{ id: string; code: string }> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const code = generateCampaignCode();
    const [row] = await tx.insert(campaigns).values({ ...values, code }).onConflictDoNothing().returning({ id: campaigns.id, code: campaigns.code });
    if (row) return row;
  }
  throw new Error("no free campaign code after 20 draws");
}

/** "Créer la campagne": any member of the organisation; the code is generated. */
export async function createCampaign(actor: Actor | null, form: CampaignForm, now = new Date()): Promise<{ id: string; code: string }> {
  const db = getDb();
  await assertOrgAccess(db, actor, form.orgId);
  return db.transaction(async (tx) => {
    await checkProfile(tx, form.orgId, form);
    const { orgId, ...fields } = form;
    return insertWithCode(tx, { ...fields, organisationId: orgId, createdBy: actor!.userId, createdAt: now });
  });
}

/** Admins of the organisation, or the member who created the campaign. */
function assertMayManage(actor: Actor, c: { myRole: string; createdBy: string | null }): void {
  if (c.myRole !== "ADMIN" && c.createdBy !== actor.userId)
    throw new NotAllowed("Seuls les administrateurs de la structure et la personne qui a créé la campagne peuvent la modifier.");
}

/**
 * "Enregistrer": texts, options and external id can change at any time; the type and what is
 * evaluated only while nobody has joined (results must stay comparable).
 */
export async function updateCampaign(actor: Actor | null, campaignId: string, form: CampaignForm): Promise<void> {
  const db = getDb();
  const c = await getOrgCampaign(db, actor, form.orgId, campaignId);
  assertMayManage(actor!, c);
  await db.transaction(async (tx) => {
    const [{ n }] = (await tx.select({ n: count() }).from(campaignParticipations).where(eq(campaignParticipations.campaignId, c.id))) as [{ n: number }];
    if (Number(n) > 0 && (form.type !== c.type || form.targetProfileId !== c.targetProfileId))
      throw new Conflict("Des personnes ont déjà commencé : le type et ce qui est évalué ne peuvent plus changer. Dupliquez la campagne.", "type");
    await checkProfile(tx, form.orgId, form);
    const { orgId: _org, ...fields } = form;
    await tx.update(campaigns).set(fields).where(and(eq(campaigns.id, c.id), eq(campaigns.organisationId, form.orgId)));
  });
}

/** "Archiver" / "Désarchiver": an archived campaign takes no new participant and no new result. */
export async function setCampaignArchived(actor: Actor | null, input: { orgId: string; campaignId: string; archived: boolean }, now = new Date()): Promise<void> {
  const db = getDb();
  const c = await getOrgCampaign(db, actor, input.orgId, input.campaignId);
  assertMayManage(actor!, c);
  await db
    .update(campaigns)
    .set({ archivedAt: input.archived ? (c.archivedAt ?? now) : null })
    .where(and(eq(campaigns.id, c.id), eq(campaigns.organisationId, input.orgId)));
}

/** "Dupliquer": the same settings under a new code, named "Copie de …"; any member. */
export async function duplicateCampaign(actor: Actor | null, input: { orgId: string; campaignId: string }, now = new Date()): Promise<{ id: string; code: string }> {
  const db = getDb();
  const c = await getOrgCampaign(db, actor, input.orgId, input.campaignId);
  return db.transaction(async (tx) => {
    await checkProfile(tx, input.orgId, { ...c, orgId: input.orgId } as CampaignForm);
    return insertWithCode(tx, {
      organisationId: input.orgId,
      name: `Copie de ${c.name}`.slice(0, 100),
      type: c.type,
      targetProfileId: c.targetProfileId,
      landingText: c.landingText,
      resultText: c.resultText,
      externalIdLabel: c.externalIdLabel,
      externalIdType: c.externalIdType,
      allowAnonymous: c.allowAnonymous,
      forAbsoluteNovice: c.forAbsoluteNovice,
      multipleSendings: c.multipleSendings,
      createdBy: actor!.userId,
      createdAt: now,
    });
  });
}
