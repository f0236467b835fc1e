/**
 * Members of a structure: who may read the list and act on it (members of this organisation
 * only; admins only for changes), the last admin's protection, and the audit trail.
 */
import { and, count, eq } from "drizzle-orm";
import { auditLog, memberships, organisationInvitations, organisations } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { Conflict, NotAllowed, NotAuthenticated, NotFound } from "@/lib/errors";
import { cancelInvitation } from "@/lib/orga/cancel-invitation";
import { changeMemberRole } from "@/lib/orga/change-member-role";
import { getMember } from "@/lib/orga/get-member";
import { getOrganisation } from "@/lib/orga/get-organisation";
import { hasOrganisation } from "@/lib/orga/has-organisation";
import { inviteMember } from "@/lib/orga/invite-member";
import { listMembers } from "@/lib/orga/list-members";
import { listMyOrganisations } from "@/lib/orga/list-my-organisations";
import { removeMember } from "@/lib/orga/remove-member";
import { getDb, setupTestDatabase, uniqueEmail } from "../support/db";
import { addMember, newOrganisation, newUser } from "./helpers";

setupTestDatabase();

async function snapshot(orgId: string) {
  const rows = await getDb().select({ id: memberships.id, role: memberships.role }).from(memberships).where(eq(memberships.organisationId, orgId));
  const inv = await getDb()
    .select({ id: organisationInvitations.id, cancelledAt: organisationInvitations.cancelledAt })
    .from(organisationInvitations)
    .where(eq(organisationInvitations.organisationId, orgId));
  return { members: rows.sort((a, b) => a.id.localeCompare(b.id)), invitations: inv.sort((a, b) => a.id.localeCompare(b.id)) };
}

async function auditCount(targetId: string, action: string): Promise<number> {
  const [r] = await getDb().select({ n: count() }).from(auditLog).where(and(eq(auditLog.targetId, targetId), eq(auditLog.action, action)));
  return Number(r!.n);
}

test("a member reads the list of their organisation, with its pending invitations; an admin too", async () => {
  const org = await newOrganisation();
  const member = await newUser("Jules");
  await addMember(org.orgId, member);
  await inviteMember(org.admin, org.orgId, { email: uniqueEmail("pending"), role: "MEMBER" });
  const seen = await listMembers(member, org.orgId);
  expect(seen.myRole).toBe("MEMBER");
  expect(seen.members.map((m) => [m.firstName, m.role, m.isMe])).toEqual(
    expect.arrayContaining([
      ["Karim", "ADMIN", false],
      ["Jules", "MEMBER", true],
    ]),
  );
  expect(seen.members).toHaveLength(2);
  expect(seen.invitations).toHaveLength(1);
  expect(seen.adminCount).toBe(1);
  const shell = await getOrganisation(member, org.orgId);
  expect(shell).toMatchObject({ name: org.name, typeLabel: "Médiation numérique", myRole: "MEMBER", myOrganisationCount: 1 });
});

test("a MEMBER cannot invite, change a role, remove or cancel: NotAllowed, and nothing changes", async () => {
  const org = await newOrganisation();
  const member = await newUser("Jules");
  const memberId = await addMember(org.orgId, member);
  const { invitationId } = await inviteMember(org.admin, org.orgId, { email: uniqueEmail("pending"), role: "MEMBER" });
  const before = await snapshot(org.orgId);
  await expect(inviteMember(member, org.orgId, { email: uniqueEmail("x"), role: "MEMBER" })).rejects.toBeInstanceOf(NotAllowed);
  await expect(changeMemberRole(member, org.orgId, { membershipId: memberId, role: "ADMIN" })).rejects.toBeInstanceOf(NotAllowed);
  await expect(changeMemberRole(member, org.orgId, { membershipId: org.adminMembershipId, role: "MEMBER" })).rejects.toBeInstanceOf(NotAllowed);
  await expect(removeMember(member, org.orgId, org.adminMembershipId)).rejects.toBeInstanceOf(NotAllowed);
  await expect(removeMember(member, org.orgId, memberId)).rejects.toBeInstanceOf(NotAllowed);
  await expect(cancelInvitation(member, org.orgId, invitationId)).rejects.toBeInstanceOf(NotAllowed);
  await expect(getMember(member, org.orgId, org.adminMembershipId)).rejects.toBeInstanceOf(NotAllowed);
  expect(await snapshot(org.orgId)).toEqual(before);
});

describe("outsiders can neither read the members nor act, and learn nothing", () => {
  const cases: [string, () => Promise<Actor | null>, typeof NotAllowed | typeof NotAuthenticated][] = [
    ["the admin of another organisation", async () => (await newOrganisation("Autre structure")).admin, NotAllowed],
    ["a plain learner", () => newUser("Léa"), NotAllowed],
    ["an anonymous participant", () => newUser("Visiteur", { anonymous: true }), NotAllowed],
    ["platform staff (not a member)", async () => ({ ...(await newUser("Camille")), role: "admin" as const }), NotAllowed],
    ["a logged-out visitor", async () => null, NotAuthenticated],
  ];
  test.each(cases)("%s", async (_label, make, error) => {
    const org = await newOrganisation();
    const member = await newUser("Jules");
    const memberId = await addMember(org.orgId, member);
    const { invitationId } = await inviteMember(org.admin, org.orgId, { email: uniqueEmail("pending"), role: "MEMBER" });
    const before = await snapshot(org.orgId);
    const outsider = await make();
    await expect(listMembers(outsider, org.orgId)).rejects.toBeInstanceOf(error);
    await expect(getOrganisation(outsider, org.orgId)).rejects.toBeInstanceOf(error);
    await expect(getMember(outsider, org.orgId, memberId)).rejects.toBeInstanceOf(error);
    await expect(inviteMember(outsider, org.orgId, { email: uniqueEmail("x"), role: "ADMIN" })).rejects.toBeInstanceOf(error);
    await expect(changeMemberRole(outsider, org.orgId, { membershipId: memberId, role: "ADMIN" })).rejects.toBeInstanceOf(error);
    await expect(removeMember(outsider, org.orgId, memberId)).rejects.toBeInstanceOf(error);
    await expect(cancelInvitation(outsider, org.orgId, invitationId)).rejects.toBeInstanceOf(error);
    // the refusal says nothing about the organisation
    const err = (await listMembers(outsider, org.orgId).catch((e: unknown) => e)) as NotAllowed;
    expect(err.userMessage).not.toContain(org.name);
    expect(await snapshot(org.orgId)).toEqual(before);
  });

  test("an admin cannot reach another organisation's member or invitation through their own organisation", async () => {
    const a = await newOrganisation("A");
    const b = await newOrganisation("B");
    const memberOfA = await newUser("Jules");
    const memberIdInA = await addMember(a.orgId, memberOfA);
    const { invitationId } = await inviteMember(a.admin, a.orgId, { email: uniqueEmail("pending"), role: "MEMBER" });
    const before = await snapshot(a.orgId);
    await expect(changeMemberRole(b.admin, b.orgId, { membershipId: memberIdInA, role: "ADMIN" })).rejects.toBeInstanceOf(NotFound);
    await expect(getMember(b.admin, b.orgId, memberIdInA)).rejects.toBeInstanceOf(NotFound);
    await expect(removeMember(b.admin, b.orgId, memberIdInA)).resolves.toEqual({ removed: false, self: false });
    await expect(cancelInvitation(b.admin, b.orgId, invitationId)).rejects.toBeInstanceOf(NotFound);
    expect((await listMembers(b.admin, b.orgId)).members.map((m) => m.userId)).not.toContain(memberOfA.userId);
    expect(await snapshot(a.orgId)).toEqual(before);
  });

  test("an address that is not an organisation id is refused like a stranger's", async () => {
    const org = await newOrganisation();
    await expect(listMembers(org.admin, "nimporte-quoi")).rejects.toBeInstanceOf(NotAllowed);
    await expect(getOrganisation(org.admin, "' or 1=1 --")).rejects.toBeInstanceOf(NotAllowed);
  });
});

test("an admin changes a role (written to the audit log); the same change twice changes nothing", async () => {
  const org = await newOrganisation();
  const member = await newUser("Jules");
  const memberId = await addMember(org.orgId, member);
  await expect(changeMemberRole(org.admin, org.orgId, { membershipId: memberId, role: "ADMIN" })).resolves.toEqual({ changed: true });
  await expect(changeMemberRole(org.admin, org.orgId, { membershipId: memberId, role: "ADMIN" })).resolves.toEqual({ changed: false });
  expect((await listMembers(org.admin, org.orgId)).adminCount).toBe(2);
  expect(await auditCount(memberId, "orga.member.role-changed")).toBe(1);
  const [entry] = await getDb().select().from(auditLog).where(eq(auditLog.targetId, memberId));
  expect(entry).toMatchObject({ actorId: org.admin.userId, targetType: "membership", before: { role: "MEMBER" }, after: { role: "ADMIN" } });
});

test("the last admin can be neither demoted nor removed; with two admins, one may leave", async () => {
  const org = await newOrganisation();
  const member = await newUser("Jules");
  const memberId = await addMember(org.orgId, member);
  await expect(changeMemberRole(org.admin, org.orgId, { membershipId: org.adminMembershipId, role: "MEMBER" })).rejects.toBeInstanceOf(Conflict);
  await expect(removeMember(org.admin, org.orgId, org.adminMembershipId)).rejects.toMatchObject({ userMessage: expect.stringMatching(/seul administrateur/) });
  expect((await listMembers(org.admin, org.orgId)).adminCount).toBe(1);

  await changeMemberRole(org.admin, org.orgId, { membershipId: memberId, role: "ADMIN" });
  // the first admin leaves: another admin remains
  await expect(removeMember(org.admin, org.orgId, org.adminMembershipId)).resolves.toEqual({ removed: true, self: true });
  await expect(listMembers(org.admin, org.orgId)).rejects.toBeInstanceOf(NotAllowed);
  expect(await auditCount(org.adminMembershipId, "orga.member.removed")).toBe(1);
  // now Jules is the last admin
  await expect(changeMemberRole(member, org.orgId, { membershipId: memberId, role: "MEMBER" })).rejects.toBeInstanceOf(Conflict);
  await expect(removeMember(member, org.orgId, memberId)).rejects.toBeInstanceOf(Conflict);
  const list = await listMembers(member, org.orgId);
  expect(list.members.map((m) => [m.firstName, m.role])).toEqual([["Jules", "ADMIN"]]);
});

test("an admin removes a member (audit log); removing again is harmless; the person loses access", async () => {
  const org = await newOrganisation();
  const member = await newUser("Jules");
  const memberId = await addMember(org.orgId, member);
  await expect(removeMember(org.admin, org.orgId, memberId)).resolves.toEqual({ removed: true, self: false });
  await expect(removeMember(org.admin, org.orgId, memberId)).resolves.toEqual({ removed: false, self: false });
  expect(await auditCount(memberId, "orga.member.removed")).toBe(1);
  await expect(listMembers(member, org.orgId)).rejects.toBeInstanceOf(NotAllowed);
  expect(await hasOrganisation(member)).toBe(false);
});

test("my organisations: with their role, archived ones left out; the header's link follows", async () => {
  const a = await newOrganisation("Alpha");
  const b = await newOrganisation("Bêta");
  const me = await newUser("Inès");
  expect(await listMyOrganisations(me)).toEqual([]);
  expect(await hasOrganisation(me)).toBe(false);
  await addMember(a.orgId, me, "ADMIN");
  await addMember(b.orgId, me, "MEMBER");
  const mine = await listMyOrganisations(me);
  expect(mine.map((o) => [o.name, o.role, o.roleLabel])).toEqual([
    [a.name, "ADMIN", "Administrateur"],
    [b.name, "MEMBER", "Membre"],
  ]);
  expect(await hasOrganisation(me)).toBe(true);
  expect((await getOrganisation(me, a.orgId)).myOrganisationCount).toBe(2);
  await getDb().update(organisations).set({ archivedAt: new Date() }).where(eq(organisations.id, b.orgId));
  expect((await listMyOrganisations(me)).map((o) => o.name)).toEqual([a.name]);
  await expect(listMembers(me, b.orgId)).rejects.toBeInstanceOf(NotAllowed);
  await expect(listMyOrganisations(null)).rejects.toBeInstanceOf(NotAuthenticated);
  expect(await hasOrganisation(null)).toBe(false);
});

test("two admins demoting each other at the same moment: one of them stays admin", async () => {
  const org = await newOrganisation();
  const second = await newUser("Jules");
  const secondId = await addMember(org.orgId, second, "ADMIN");
  const results = await Promise.allSettled([
    changeMemberRole(org.admin, org.orgId, { membershipId: secondId, role: "MEMBER" }),
    changeMemberRole(second, org.orgId, { membershipId: org.adminMembershipId, role: "MEMBER" }),
  ]);
  expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  expect((await listMembers(org.admin, org.orgId).catch(() => listMembers(second, org.orgId))).adminCount).toBe(1);
});
