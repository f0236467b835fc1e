/**
 * Pix Orga campaigns: creation (code generated, defaults by type, ABC Pix profiles only with
 * ABC Pix access), edit (type frozen once someone joined), archive, duplicate; admin-only
 * actions checked in the services; nobody outside the organisation reads or changes anything.
 */
import { eq } from "drizzle-orm";
import { campaigns, organisations } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { CAMPAIGN_CODE } from "@/lib/campaigns/code";
import { campaignFormSchema } from "@/lib/campaigns/orga/campaign-form";
import { generateCampaignCode } from "@/lib/campaigns/orga/generate-code";
import { getOrgCampaign } from "@/lib/campaigns/orga/get-org-campaign";
import { listOrgCampaigns } from "@/lib/campaigns/orga/list-org-campaigns";
import { profileChoices } from "@/lib/campaigns/orga/profile-choices";
import { createCampaign, duplicateCampaign, setCampaignArchived, updateCampaign } from "@/lib/campaigns/orga/save-campaign";
import { joinCampaign } from "@/lib/campaigns/join-campaign";
import { Conflict, InvalidInput, NotAllowed, NotAuthenticated, NotFound } from "@/lib/errors";
import { getDb, setupTestDatabase } from "../support/db";
import { addMember, newOrganisation, newUser } from "./helpers";

setupTestDatabase();

const form = (orgId: string, extra: Record<string, unknown> = {}) => campaignFormSchema.parse({ orgId, name: "Atelier du mardi", type: "abc-diag", allowAnonymous: "on", forAbsoluteNovice: "on", ...extra });

test("codes have 6 letters without look-alikes and 3 digits from 2 to 9", () => {
  for (let i = 0; i < 500; i++) {
    const code = generateCampaignCode();
    expect(code).toMatch(CAMPAIGN_CODE);
    expect(code).toMatch(/^[^IOL]{6}[2-9]{3}$/);
  }
});

test.each([
  [{ name: "" }, "name", "Donnez un nom à la campagne."],
  [{ name: "x".repeat(101) }, "name", "Le nom fait 100 caractères au plus."],
  [{ type: "autre" }, "type", "Choisissez le type de campagne."],
  [{ type: "assessment" }, "targetProfileId", "Choisissez ce que la campagne évalue."],
  [{ externalIdLabel: "Numéro", externalIdType: "couleur" }, "externalIdType", "Choisissez le type de l'identifiant."],
  [{ landingText: "x".repeat(1001) }, "landingText", "Le texte d'accueil fait 1 000 caractères au plus."],
])("the campaign form refuses bad input (case %#) with a French message on %s", (extra, field, message) => {
  const r = campaignFormSchema.safeParse({ orgId: "6f1c1b1e-1111-4111-8111-111111111111", name: "Atelier", type: "abc-diag", ...extra });
  expect(r.success).toBe(false);
  expect(r.error!.issues.find((i) => i.path[0] === field)?.message).toBe(message);
});

test("a member creates an ABC Diag campaign that people can join with its code; the list counts them", async () => {
  const o = await newOrganisation();
  const member = await newUser("Inès");
  await addMember(o.orgId, member);
  const { id, code } = await createCampaign(member, form(o.orgId));
  expect(code).toMatch(CAMPAIGN_CODE);
  const c = await getOrgCampaign(getDb(), member, o.orgId, id);
  expect(c).toMatchObject({ type: "abc-diag", allowAnonymous: true, forAbsoluteNovice: true, multipleSendings: false, createdBy: member.userId });
  expect(c.themes).toHaveLength(3);
  await joinCampaign(null, { code, ip: "10.20.0.1" });
  expect(await listOrgCampaigns(o.admin, { orgId: o.orgId, archived: false })).toMatchObject([{ id, participants: 1, shared: 0 }]);
});

test("ABC Pix profiles are offered and accepted only with ABC Pix access", async () => {
  const o = await newOrganisation();
  const abc = form(o.orgId, { type: "assessment", targetProfileId: "abc-pix-complet" });
  expect((await profileChoices(o.admin, o.orgId)).flatMap((g) => g.profiles.map((p) => p.id))).not.toContain("abc-pix-complet");
  await expect(createCampaign(o.admin, abc)).rejects.toBeInstanceOf(InvalidInput);
  await getDb().update(organisations).set({ hasAbcPixAccess: true }).where(eq(organisations.id, o.orgId));
  expect((await profileChoices(o.admin, o.orgId)).flatMap((g) => g.profiles.map((p) => p.id))).toContain("abc-pix-complet");
  const { id } = await createCampaign(o.admin, abc);
  expect((await getOrgCampaign(getDb(), o.admin, o.orgId, id)).measures).toBe("ABC Pix : toutes les bases");
});

test("edit: texts change at any time; the type and profile only while nobody has joined", async () => {
  const o = await newOrganisation();
  const { id, code } = await createCampaign(o.admin, form(o.orgId, { type: "assessment", targetProfileId: "general-travailler-documents" }));
  await updateCampaign(o.admin, id, form(o.orgId, { type: "assessment", targetProfileId: "general-securite-donnees-personnelles", name: "Nouveau nom" }));
  const learner = await newUser("Léo");
  await joinCampaign(learner, { code, ip: "10.20.0.2" });
  await expect(updateCampaign(o.admin, id, form(o.orgId, { type: "abc-diag" }))).rejects.toBeInstanceOf(Conflict);
  await updateCampaign(o.admin, id, form(o.orgId, { type: "assessment", targetProfileId: "general-securite-donnees-personnelles", name: "Encore", landingText: "Bienvenue" }));
  const [row] = await getDb().select().from(campaigns).where(eq(campaigns.id, id));
  expect(row).toMatchObject({ name: "Encore", landingText: "Bienvenue", targetProfileId: "general-securite-donnees-personnelles" });
});

test("archive and duplicate: an archived code takes nobody; the copy has a new code and the same settings", async () => {
  const o = await newOrganisation();
  const { id, code } = await createCampaign(o.admin, form(o.orgId, { externalIdLabel: "Numéro de dossier", externalIdType: "number", landingText: "Bonjour" }));
  await setCampaignArchived(o.admin, { orgId: o.orgId, campaignId: id, archived: true });
  await expect(joinCampaign(null, { code, ip: "10.20.0.3" })).rejects.toBeInstanceOf(Conflict);
  expect(await listOrgCampaigns(o.admin, { orgId: o.orgId, archived: true })).toMatchObject([{ id, archived: true }]);
  const copy = await duplicateCampaign(o.admin, { orgId: o.orgId, campaignId: id });
  expect(copy.code).not.toBe(code);
  const c = await getOrgCampaign(getDb(), o.admin, o.orgId, copy.id);
  expect(c).toMatchObject({ name: "Copie de Atelier du mardi", externalIdLabel: "Numéro de dossier", externalIdType: "number", landingText: "Bonjour", archivedAt: null });
  await setCampaignArchived(o.admin, { orgId: o.orgId, campaignId: id, archived: false });
  expect((await joinCampaign(null, { code, externalId: "123", ip: "10.20.0.3" })).type).toBe("abc-diag");
});

test("a member who did not create a campaign cannot edit or archive it; an admin can", async () => {
  const o = await newOrganisation();
  const member = await newUser("Paul");
  await addMember(o.orgId, member);
  const { id } = await createCampaign(o.admin, form(o.orgId));
  await expect(updateCampaign(member, id, form(o.orgId, { name: "Pirate" }))).rejects.toBeInstanceOf(NotAllowed);
  await expect(setCampaignArchived(member, { orgId: o.orgId, campaignId: id, archived: true })).rejects.toBeInstanceOf(NotAllowed);
  const [row] = await getDb().select().from(campaigns).where(eq(campaigns.id, id));
  expect(row).toMatchObject({ name: "Atelier du mardi", archivedAt: null });
});

test("a member of another organisation, a learner, an anonymous visitor and nobody are refused everywhere; nothing changes", async () => {
  const o = await newOrganisation();
  const { id } = await createCampaign(o.admin, form(o.orgId));
  const other = await newOrganisation("Mairie");
  const learner = await newUser("Lina");
  const anonymous = await newUser("Anonyme", { anonymous: true });
  const outsiders: (Actor | null)[] = [other.admin, learner, anonymous, null];
  for (const who of outsiders) {
    const refused = (p: Promise<unknown>) => expect(p).rejects.toBeInstanceOf(who ? NotAllowed : NotAuthenticated);
    await refused(getOrgCampaign(getDb(), who, o.orgId, id));
    await refused(listOrgCampaigns(who, { orgId: o.orgId, archived: false }));
    await refused(profileChoices(who, o.orgId));
    await refused(createCampaign(who, form(o.orgId)));
    await refused(updateCampaign(who, id, form(o.orgId, { name: "Pirate" })));
    await refused(setCampaignArchived(who, { orgId: o.orgId, campaignId: id, archived: true }));
    await refused(duplicateCampaign(who, { orgId: o.orgId, campaignId: id }));
  }
  // their own organisation does not open this campaign either
  await expect(getOrgCampaign(getDb(), other.admin, other.orgId, id)).rejects.toBeInstanceOf(NotFound);
  await expect(duplicateCampaign(other.admin, { orgId: other.orgId, campaignId: id })).rejects.toBeInstanceOf(NotFound);
  expect(await listOrgCampaigns(o.admin, { orgId: o.orgId, archived: false })).toHaveLength(1);
  const [row] = await getDb().select().from(campaigns).where(eq(campaigns.id, id));
  expect(row).toMatchObject({ name: "Atelier du mardi", archivedAt: null });
});
