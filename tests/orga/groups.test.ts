/**
 * Pix Orga, a campaign's Groupes tab: k groups suggested from the shared participants' profiles
 * (deterministic), saved in place of earlier ones, members moved with labels recomputed, and
 * nobody outside the organisation, nor ids of another campaign, getting through.
 */
import { randomInt } from "node:crypto";
import { eq } from "drizzle-orm";
import { campaignGroupMembers, campaignGroups, campaignParticipations, campaigns, users } from "@/db/schema";
import { listGroups } from "@/lib/campaigns/orga/list-groups";
import { moveGroupMember } from "@/lib/campaigns/orga/move-group-member";
import { saveGroups } from "@/lib/campaigns/orga/save-groups";
import { suggestGroups } from "@/lib/campaigns/orga/suggest-groups";
import { getContentIndex } from "@/lib/content";
import { Conflict, InvalidInput, NotAllowed, NotAuthenticated, NotFound } from "@/lib/errors";
import { getDb, setupTestDatabase } from "../support/db";
import { addMember, newOrganisation, newUser } from "./helpers";

setupTestDatabase();

const dims = () => getContentIndex().referential.abcDiag!.dimensions.map((d) => d.id);

function newCode(): string {
  const letters = Array.from({ length: 6 }, () => "BCDFGHJKMNPQRSTVWXZ"[randomInt(19)]).join("");
  return `${letters}${String(randomInt(1000)).padStart(3, "0")}`;
}

async function diagCampaign(orgId: string) {
  const [c] = await getDb()
    .insert(campaigns)
    .values({ organisationId: orgId, code: newCode(), name: "ABC Diag de l'accueil", type: "abc-diag", allowAnonymous: true })
    .returning({ id: campaigns.id });
  return c!.id;
}

/** A shared ABC Diag participation: `right` of 3 questions right on each dimension. */
async function shared(campaignId: string, firstName: string, right: number[], opts: { anonymous?: boolean; externalId?: string; status?: string } = {}) {
  const [u] = await getDb()
    .insert(users)
    .values({ firstName, lastName: "Martin", isAnonymous: Boolean(opts.anonymous) })
    .returning({ id: users.id });
  const [p] = await getDb()
    .insert(campaignParticipations)
    .values({
      campaignId,
      userId: u!.id,
      status: opts.status ?? "shared",
      externalId: opts.externalId ?? null,
      snapshot: { themes: dims().map((id, i) => ({ id, name: id, validated: right[i]!, total: 3 })), competences: [] },
    })
    .returning({ id: campaignParticipations.id });
  return p!.id;
}

/** Three beginners (nothing right) and three at ease (everything right). */
async function twoProfiles() {
  const org = await newOrganisation();
  const campaignId = await diagCampaign(org.orgId);
  const ids: Record<string, string> = {};
  for (const name of ["Robert", "Josiane", "Ali"]) ids[name] = await shared(campaignId, name, [0, 0, 1]);
  for (const name of ["Chloé", "Yanis", "Inès"]) ids[name] = await shared(campaignId, name, [3, 3, 3]);
  // not grouped: a test not finished
  await shared(campaignId, "Pas fini", [3, 0, 0], { status: "started" });
  return { ...org, campaignId, ids };
}

const names = (g: { members: { name: string }[] }) => g.members.map((m) => m.name).sort();

test("two obvious profiles give two groups, from the weakest to the strongest, with labels and reasons", async () => {
  const { orgId, admin, campaignId } = await twoProfiles();
  const s = await suggestGroups(getDb(), admin, orgId, campaignId, 2);
  if (s.kind !== "groups") throw new Error(`expected groups, got ${s.kind}`);
  expect(s.participants).toBe(6);
  expect(s.grouping.groups.map((g) => g.name)).toEqual(["Groupe 1", "Groupe 2"]);
  expect(names(s.grouping.groups[0]!)).toEqual(["Ali Martin", "Josiane Martin", "Robert Martin"]);
  expect(names(s.grouping.groups[1]!)).toEqual(["Chloé Martin", "Inès Martin", "Yanis Martin"]);
  expect(s.grouping.groups[0]!.label).toMatch(/^À travailler/);
  expect(s.grouping.groups[1]!.label).toMatch(/^À l'aise/);
  expect(s.grouping.groups[0]!.centroid[dims()[0]!]).toBe(0);
  expect(s.grouping.groups[1]!.centroid[dims()[0]!]).toBe(1);
  expect(s.grouping.quality.separation).toBe("bonne");
  expect(s.grouping.groups[0]!.members[0]!.why.text).toMatch(/Groupe 1/);
  // deterministic: the same groups again
  const again = await suggestGroups(getDb(), admin, orgId, campaignId, 2);
  expect(again).toEqual(s);
  // fewer than k + 1 participants: a plain "too few", and k outside 2–6 refused
  expect((await suggestGroups(getDb(), admin, orgId, campaignId, 6)).kind).toBe("too-few");
  await expect(suggestGroups(getDb(), admin, orgId, campaignId, 7)).rejects.toBeInstanceOf(InvalidInput);
  await expect(suggestGroups(getDb(), admin, orgId, campaignId, 1)).rejects.toBeInstanceOf(InvalidInput);
});

test("anonymous participants are shown as such, with their external id", async () => {
  const { orgId, admin } = await newOrganisation();
  const campaignId = await diagCampaign(orgId);
  await shared(campaignId, "Caché", [0, 0, 0], { anonymous: true, externalId: "DOS-42" });
  await shared(campaignId, "Caché", [0, 0, 0], { anonymous: true });
  await shared(campaignId, "Visible", [3, 3, 3]);
  const s = await suggestGroups(getDb(), admin, orgId, campaignId, 2);
  if (s.kind !== "groups") throw new Error(s.kind);
  expect(names(s.grouping.groups[0]!)).toEqual(["Participant anonyme", "Participant anonyme (DOS-42)"]);
  expect(JSON.stringify(s)).not.toContain("Caché");
});

test("saving stores the suggested groups, replacing earlier ones; a plain member may save", async () => {
  const { orgId, admin, campaignId, ids } = await twoProfiles();
  expect((await listGroups(getDb(), admin, orgId, campaignId)).groups).toEqual([]);
  const first = await saveGroups(getDb(), admin, orgId, campaignId, 3, new Date());
  expect(first.groupIds).toHaveLength(3);
  const member = await newUser("Mina");
  await addMember(orgId, member, "MEMBER");
  const { groupIds } = await saveGroups(getDb(), member, orgId, campaignId, 2, new Date());
  const stored = await getDb().select().from(campaignGroups).where(eq(campaignGroups.campaignId, campaignId));
  expect(stored.map((g) => g.position).sort()).toEqual([1, 2]);
  expect(stored.every((g) => !first.groupIds.includes(g.id))).toBe(true);
  expect(stored.find((g) => g.position === 1)!.label).toMatch(/^À travailler/);

  const list = await listGroups(getDb(), admin, orgId, campaignId);
  expect(list.groups.map((g) => g.id)).toEqual(groupIds);
  expect(list.groups.map((g) => g.name)).toEqual(["Groupe 1", "Groupe 2"]);
  expect(list.groups[0]!.members.map((m) => m.id).sort()).toEqual([ids.Robert, ids.Josiane, ids.Ali].sort());
  expect(list.savedBy).toBe("Mina Roux");
  expect(list.notGrouped).toEqual([]);
  expect(list.quality!.separation).toBe("bonne");
});

test("moving a member: labels and reasons recomputed, a group never left empty, a newcomer placed", async () => {
  const { orgId, admin, campaignId, ids } = await twoProfiles();
  const { groupIds } = await saveGroups(getDb(), admin, orgId, campaignId, 2, new Date());
  const [weak, strong] = groupIds as [string, string];

  expect(await moveGroupMember(getDb(), admin, orgId, campaignId, { participationId: ids.Chloé!, groupId: weak })).toEqual({ moved: true });
  const list = await listGroups(getDb(), admin, orgId, campaignId);
  expect(names(list.groups[0]!)).toEqual(["Ali Martin", "Chloé Martin", "Josiane Martin", "Robert Martin"]);
  expect(names(list.groups[1]!)).toEqual(["Inès Martin", "Yanis Martin"]);
  const chloe = list.groups[0]!.members.find((m) => m.id === ids.Chloé)!;
  expect(chloe.why.closerElsewhere).toBe(true);
  expect(chloe.why.text).toMatch(/Plus proche du Groupe 2/);
  expect(list.groups[0]!.centroid[dims()[0]!]).toBeCloseTo(0.25, 6);
  const [stored] = await getDb().select().from(campaignGroups).where(eq(campaignGroups.id, weak));
  expect(stored!.label).toBe(list.groups[0]!.label);

  // moving to the same group changes nothing
  expect(await moveGroupMember(getDb(), admin, orgId, campaignId, { participationId: ids.Chloé!, groupId: weak })).toEqual({ moved: false });
  // the last two of a group: one may go, not the last one
  await moveGroupMember(getDb(), admin, orgId, campaignId, { participationId: ids.Inès!, groupId: weak });
  await expect(moveGroupMember(getDb(), admin, orgId, campaignId, { participationId: ids.Yanis!, groupId: weak })).rejects.toBeInstanceOf(Conflict);

  // someone who shares after the groups were saved is in no group, and can be placed
  const late = await shared(campaignId, "Zoé", [3, 3, 3]);
  const before = await listGroups(getDb(), admin, orgId, campaignId);
  expect(before.notGrouped.map((p) => p.id)).toEqual([late]);
  await moveGroupMember(getDb(), admin, orgId, campaignId, { participationId: late, groupId: strong });
  const after = await listGroups(getDb(), admin, orgId, campaignId);
  expect(after.notGrouped).toEqual([]);
  expect(names(after.groups[1]!)).toEqual(["Yanis Martin", "Zoé Martin"]);
});

test("ids of another campaign, participations not shared, and people outside the organisation are refused", async () => {
  const { orgId, admin, campaignId, ids } = await twoProfiles();
  const { groupIds } = await saveGroups(getDb(), admin, orgId, campaignId, 2, new Date());
  // another campaign of the same organisation, with its own groups
  const otherCampaignId = await diagCampaign(orgId);
  const o1 = await shared(otherCampaignId, "Hugo", [0, 0, 0]);
  await shared(otherCampaignId, "Léo", [3, 3, 3]);
  await shared(otherCampaignId, "Mona", [3, 3, 2]);
  const other = await saveGroups(getDb(), admin, orgId, otherCampaignId, 2, new Date());
  await expect(moveGroupMember(getDb(), admin, orgId, campaignId, { participationId: ids.Robert!, groupId: other.groupIds[1]! })).rejects.toBeInstanceOf(NotFound);
  await expect(moveGroupMember(getDb(), admin, orgId, campaignId, { participationId: o1, groupId: groupIds[1]! })).rejects.toBeInstanceOf(NotFound);
  await expect(moveGroupMember(getDb(), admin, orgId, campaignId, { participationId: "pas-un-id", groupId: groupIds[1]! })).rejects.toBeInstanceOf(NotFound);
  const notShared = await shared(campaignId, "Pas envoyé", [3, 3, 3], { status: "completed" });
  await expect(moveGroupMember(getDb(), admin, orgId, campaignId, { participationId: notShared, groupId: groupIds[1]! })).rejects.toBeInstanceOf(NotFound);
  // nothing moved
  const [m] = await getDb().select().from(campaignGroupMembers).where(eq(campaignGroupMembers.participationId, ids.Robert!));
  expect(m!.groupId).toBe(groupIds[0]);

  const stranger = await newOrganisation("Autre structure");
  const learner = await newUser("Léa");
  const anonymous = await newUser("Visiteur", { anonymous: true });
  const input = { participationId: ids.Robert!, groupId: groupIds[1]! };
  for (const [actor, error] of [
    [stranger.admin, NotAllowed],
    [learner, NotAllowed],
    [anonymous, NotAllowed],
    [null, NotAuthenticated],
  ] as const) {
    await expect(suggestGroups(getDb(), actor, orgId, campaignId, 2)).rejects.toBeInstanceOf(error);
    await expect(saveGroups(getDb(), actor, orgId, campaignId, 2, new Date())).rejects.toBeInstanceOf(error);
    await expect(listGroups(getDb(), actor, orgId, campaignId)).rejects.toBeInstanceOf(error);
    await expect(moveGroupMember(getDb(), actor, orgId, campaignId, input)).rejects.toBeInstanceOf(error);
  }
  // the stranger's own organisation in the address does not open this campaign either
  await expect(listGroups(getDb(), stranger.admin, stranger.orgId, campaignId)).rejects.toBeInstanceOf(NotFound);
  await expect(moveGroupMember(getDb(), stranger.admin, stranger.orgId, campaignId, input)).rejects.toBeInstanceOf(NotFound);
  const still = await getDb().select().from(campaignGroups).where(eq(campaignGroups.campaignId, campaignId));
  expect(still.map((g) => g.id).sort()).toEqual([...groupIds].sort());
  const [m2] = await getDb().select().from(campaignGroupMembers).where(eq(campaignGroupMembers.participationId, ids.Robert!));
  expect(m2!.groupId).toBe(groupIds[0]);
});
