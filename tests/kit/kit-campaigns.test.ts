/**
 * The kit's campaign choices: a member sees the current campaigns of every organisation they
 * belong to; a campaign id is accepted only from a member of its organisation, and not archived.
 */
import { eq } from "drizzle-orm";
import { campaigns, organisations } from "@/db/schema";
import { generateCampaignCode } from "@/lib/campaigns/orga/generate-code";
import { CAMPAIGN_TYPE_LABEL } from "@/lib/campaigns/orga/get-org-campaign";
import { kitCampaign, listKitCampaigns } from "@/lib/kit/kit-campaigns";
import { Conflict, NotAllowed, NotAuthenticated, NotFound } from "@/lib/errors";
import { getDb, setupTestDatabase } from "../support/db";
import { addMember, newOrganisation, newUser } from "../orga/helpers";

setupTestDatabase();

async function newCampaign(orgId: string, name: string, opts: { archived?: boolean; type?: string } = {}) {
  const [c] = await getDb()
    .insert(campaigns)
    .values({ organisationId: orgId, code: generateCampaignCode(), name, type: opts.type ?? "abc-diag", archivedAt: opts.archived ? new Date() : null })
    .returning({ id: campaigns.id, code: campaigns.code });
  return c!;
}

test("a member of two organisations gets the current campaigns of both, with the organisation's name", async () => {
  const a = await newOrganisation("EPN");
  const b = await newOrganisation("Centre social");
  const member = await newUser("Inès");
  await addMember(a.orgId, member);
  await addMember(b.orgId, member);
  const c1 = await newCampaign(a.orgId, "Atelier du mardi");
  const c2 = await newCampaign(b.orgId, "Rentrée", { type: "assessment" });
  await newCampaign(a.orgId, "Ancienne", { archived: true });
  const other = await newOrganisation("Mairie");
  await newCampaign(other.orgId, "Pas à moi");

  const list = await listKitCampaigns(member);
  expect(list.map((c) => c.id).sort()).toEqual([c1.id, c2.id].sort());
  expect(list.find((c) => c.id === c1.id)).toEqual({ id: c1.id, code: c1.code, name: "Atelier du mardi", type: "abc-diag", organisationName: a.name });
  expect(list.find((c) => c.id === c2.id)?.organisationName).toBe(b.name);
  expect(CAMPAIGN_TYPE_LABEL[list[0]!.type]).toBeDefined();
});

test("nobody logged in, an anonymous participant, someone in no organisation: no campaign to choose", async () => {
  expect(await listKitCampaigns(null)).toEqual([]);
  expect(await listKitCampaigns(await newUser("Anon", { anonymous: true }))).toEqual([]);
  expect(await listKitCampaigns(await newUser("Léo"))).toEqual([]);
});

test("an archived organisation's campaigns are not offered", async () => {
  const o = await newOrganisation("Fermée");
  await newCampaign(o.orgId, "Atelier");
  await getDb().update(organisations).set({ archivedAt: new Date() }).where(eq(organisations.id, o.orgId));
  expect(await listKitCampaigns(o.admin)).toEqual([]);
});

test("kitCampaign gives a member their own campaign", async () => {
  const o = await newOrganisation();
  const c = await newCampaign(o.orgId, "Atelier");
  expect(await kitCampaign(o.admin, c.id)).toMatchObject({ id: c.id, code: c.code, name: "Atelier", type: "abc-diag", organisationName: o.name });
});

test("kitCampaign refuses a member of another organisation, an archived campaign, a bad id, a logged-out visitor", async () => {
  const mine = await newOrganisation("Mienne");
  const theirs = await newOrganisation("Autre");
  const c = await newCampaign(theirs.orgId, "La leur");
  await expect(kitCampaign(mine.admin, c.id)).rejects.toBeInstanceOf(NotFound);
  const archived = await newCampaign(mine.orgId, "Finie", { archived: true });
  const refusal = kitCampaign(mine.admin, archived.id);
  await expect(refusal).rejects.toBeInstanceOf(Conflict);
  await expect(refusal).rejects.toMatchObject({ field: "campagne" });
  await expect(kitCampaign(mine.admin, "pas-un-uuid")).rejects.toBeInstanceOf(NotFound);
  await expect(kitCampaign(mine.admin, "6f1c1b1e-1111-4111-8111-111111111111")).rejects.toBeInstanceOf(NotFound);
  await expect(kitCampaign(null, c.id)).rejects.toBeInstanceOf(NotAuthenticated);
  await expect(kitCampaign(await newUser("Anon", { anonymous: true }), c.id)).rejects.toBeInstanceOf(NotAllowed);
});
