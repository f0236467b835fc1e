/**
 * Inviting someone into a structure: the e-mail and its link, accepting once, and the links
 * that must not work (expired, spent, cancelled, replaced, unknown).
 */
import { and, count, eq } from "drizzle-orm";
import { memberships, organisationInvitations } from "@/db/schema";
import { acceptInvitation } from "@/lib/orga/accept-invitation";
import { cancelInvitation } from "@/lib/orga/cancel-invitation";
import { getInvitation } from "@/lib/orga/get-invitation";
import { invitationTokenHash } from "@/lib/orga/invitation-token";
import { ALREADY_MEMBER, inviteMember } from "@/lib/orga/invite-member";
import { listMembers } from "@/lib/orga/list-members";
import { inviteMemberSchema } from "@/lib/orga/schemas";
import { Conflict, NotAllowed, NotAuthenticated } from "@/lib/errors";
import { getDb, setupTestDatabase, uniqueEmail } from "../support/db";
import { addMember, invitationTokens, lastInvitationMail, newOrganisation, newUser } from "./helpers";

setupTestDatabase();

const DAY = 24 * 60 * 60_000;

async function membershipsOf(orgId: string, userId: string) {
  return getDb().select().from(memberships).where(and(eq(memberships.organisationId, orgId), eq(memberships.userId, userId)));
}

async function invitationCount(orgId: string): Promise<number> {
  const [r] = await getDb().select({ n: count() }).from(organisationInvitations).where(eq(organisationInvitations.organisationId, orgId));
  return Number(r!.n);
}

test("an invitation e-mails a working link; accepting it creates the membership once", async () => {
  const org = await newOrganisation("Espace numérique");
  const email = uniqueEmail("invitee");
  const { expiresAt } = await inviteMember(org.admin, org.orgId, { email: email.toUpperCase(), role: "MEMBER" });

  const mail = lastInvitationMail(email);
  // (lib/mail's parseEml keeps a space between encoded words: compare words, not spacing)
  expect(mail.subject.replace(/\s+/g, " ")).toBe(`Pix Orga : invitation à rejoindre ${org.name}`);
  expect(mail.text).toMatch(/Karim Roux vous invite à rejoindre/);
  expect(mail.text).toMatch(/pendant 7 jours/);
  expect(mail.link).toMatch(/^http:\/\/localhost:\d+\/orga\/invitation\/[A-Za-z0-9_-]{43}$/);
  expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(7 * DAY - 60_000);

  // only the hash is stored, with the address in lower case
  const [stored] = await getDb().select().from(organisationInvitations).where(eq(organisationInvitations.organisationId, org.orgId));
  expect(stored!.email).toBe(email.toLowerCase());
  expect(stored!.tokenHash).toBe(invitationTokenHash(mail.token));
  expect(JSON.stringify(stored)).not.toContain(mail.token);

  const view = await getInvitation(mail.token);
  expect(view).toMatchObject({ state: "valid", organisationName: org.name, role: "MEMBER" });
  const pending = await listMembers(org.admin, org.orgId);
  expect(pending.invitations.map((i) => i.email)).toEqual([email.toLowerCase()]);

  // the account's address need not be the invited one
  const joiner = await newUser("Inès");
  await expect(acceptInvitation(joiner, mail.token)).resolves.toEqual({ organisationId: org.orgId, alreadyMember: false });
  expect(await membershipsOf(org.orgId, joiner.userId)).toHaveLength(1);
  expect((await membershipsOf(org.orgId, joiner.userId))[0]!.role).toBe("MEMBER");

  // twice is harmless; the link is spent for anyone else
  await expect(acceptInvitation(joiner, mail.token)).resolves.toEqual({ organisationId: org.orgId, alreadyMember: true });
  expect(await membershipsOf(org.orgId, joiner.userId)).toHaveLength(1);
  const other = await newUser("Paul");
  await expect(acceptInvitation(other, mail.token)).rejects.toMatchObject({ userMessage: expect.stringMatching(/déjà servi/) });
  expect(await membershipsOf(org.orgId, other.userId)).toHaveLength(0);
  expect(await getInvitation(mail.token)).toEqual({ state: "used" });

  const after = await listMembers(org.admin, org.orgId);
  expect(after.invitations).toHaveLength(0);
  expect(after.members.map((m) => m.firstName).sort()).toEqual(["Inès", "Karim"]);
});

test("an ADMIN invitation gives the ADMIN role", async () => {
  const org = await newOrganisation();
  const email = uniqueEmail("coadmin");
  await inviteMember(org.admin, org.orgId, { email, role: "ADMIN" });
  const joiner = await newUser("Chloé");
  await acceptInvitation(joiner, lastInvitationMail(email).token);
  expect((await membershipsOf(org.orgId, joiner.userId))[0]!.role).toBe("ADMIN");
});

test("a link older than 7 days is refused and creates nothing", async () => {
  const org = await newOrganisation();
  const email = uniqueEmail("late");
  const t0 = new Date();
  await inviteMember(org.admin, org.orgId, { email, role: "MEMBER" }, t0);
  const { token } = lastInvitationMail(email);
  const joiner = await newUser();
  const later = new Date(t0.getTime() + 7 * DAY + 60_000);
  expect(await getInvitation(token, later)).toEqual({ state: "expired" });
  await expect(acceptInvitation(joiner, token, later)).rejects.toMatchObject({ userMessage: expect.stringMatching(/expiré/) });
  expect(await membershipsOf(org.orgId, joiner.userId)).toHaveLength(0);
  // the day before, it still worked
  await expect(acceptInvitation(joiner, token, new Date(t0.getTime() + 6 * DAY))).resolves.toMatchObject({ alreadyMember: false });
});

test("a cancelled invitation is refused; cancelling twice is harmless", async () => {
  const org = await newOrganisation();
  const email = uniqueEmail("cancelled");
  const { invitationId } = await inviteMember(org.admin, org.orgId, { email, role: "MEMBER" });
  const { token } = lastInvitationMail(email);
  await expect(cancelInvitation(org.admin, org.orgId, invitationId)).resolves.toEqual({ cancelled: true });
  await expect(cancelInvitation(org.admin, org.orgId, invitationId)).resolves.toEqual({ cancelled: false });
  const joiner = await newUser();
  await expect(acceptInvitation(joiner, token)).rejects.toMatchObject({ userMessage: expect.stringMatching(/annulée/) });
  expect(await membershipsOf(org.orgId, joiner.userId)).toHaveLength(0);
  expect((await listMembers(org.admin, org.orgId)).invitations).toHaveLength(0);
});

test("an accepted invitation cannot be cancelled", async () => {
  const org = await newOrganisation();
  const email = uniqueEmail("accepted");
  const { invitationId } = await inviteMember(org.admin, org.orgId, { email, role: "MEMBER" });
  await acceptInvitation(await newUser(), lastInvitationMail(email).token);
  await expect(cancelInvitation(org.admin, org.orgId, invitationId)).rejects.toBeInstanceOf(Conflict);
});

test("inviting the same address again replaces the pending invitation: the older link stops working", async () => {
  const org = await newOrganisation();
  const email = uniqueEmail("twice");
  await inviteMember(org.admin, org.orgId, { email, role: "MEMBER" });
  const [first] = invitationTokens(email);
  await inviteMember(org.admin, org.orgId, { email, role: "ADMIN" });
  const second = invitationTokens(email).find((t) => t !== first)!;
  expect(second).toBeDefined();
  const list = await listMembers(org.admin, org.orgId);
  expect(list.invitations).toHaveLength(1);
  expect(list.invitations[0]).toMatchObject({ email, role: "ADMIN" });
  const joiner = await newUser();
  expect(await getInvitation(first!)).toEqual({ state: "cancelled" });
  await expect(acceptInvitation(joiner, first!)).rejects.toBeInstanceOf(Conflict);
  await acceptInvitation(joiner, second);
  expect((await membershipsOf(org.orgId, joiner.userId))[0]!.role).toBe("ADMIN");
});

test("an unknown or malformed token is refused with a clear message", async () => {
  const joiner = await newUser();
  expect(await getInvitation("pas-un-jeton")).toEqual({ state: "unknown" });
  expect(await getInvitation("A".repeat(43))).toEqual({ state: "unknown" });
  await expect(acceptInvitation(joiner, "A".repeat(43))).rejects.toMatchObject({ userMessage: expect.stringMatching(/n'est pas valide/) });
  await expect(acceptInvitation(joiner, "../../etc")).rejects.toBeInstanceOf(Conflict);
});

test("an address that is already a member gets a clear message next to the field, and nothing is sent", async () => {
  const org = await newOrganisation();
  const member = await newUser("Sami");
  await addMember(org.orgId, member);
  const before = await invitationCount(org.orgId);
  const err = await inviteMember(org.admin, org.orgId, { email: member.email!.toUpperCase(), role: "ADMIN" }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(Conflict);
  expect((err as Conflict).field).toBe("email");
  expect((err as Conflict).userMessage).toBe(ALREADY_MEMBER);
  expect(await invitationCount(org.orgId)).toBe(before);
  expect(() => lastInvitationMail(member.email!)).toThrow();
});

test("a bad e-mail or role is refused by the form's schema in French", () => {
  const orgId = "5b0f7a52-2c7e-4d54-9a47-8b3f2c1d0e9a";
  const bad = inviteMemberSchema.safeParse({ orgId, email: "pas-une-adresse", role: "MEMBER" });
  expect(bad.success).toBe(false);
  expect(bad.error!.issues[0]!.message).toMatch(/adresse e-mail valide/);
  const noRole = inviteMemberSchema.safeParse({ orgId, email: "a@exemple.fr" });
  expect(noRole.error!.issues[0]!.message).toMatch(/Choisissez un rôle/);
  expect(inviteMemberSchema.parse({ orgId, email: " A@Exemple.FR ", role: "ADMIN" }).email).toBe("a@exemple.fr");
});

test("a member who accepts a new invitation just goes in, keeping their role", async () => {
  const org = await newOrganisation();
  const member = await newUser("Yasmine");
  await addMember(org.orgId, member, "MEMBER");
  const email = uniqueEmail("other-address");
  await inviteMember(org.admin, org.orgId, { email, role: "ADMIN" });
  await expect(acceptInvitation(member, lastInvitationMail(email).token)).resolves.toEqual({ organisationId: org.orgId, alreadyMember: true });
  const rows = await membershipsOf(org.orgId, member.userId);
  expect(rows).toHaveLength(1);
  expect(rows[0]!.role).toBe("MEMBER");
});

test("only a logged-in registered user can accept", async () => {
  const org = await newOrganisation();
  const email = uniqueEmail("anon");
  await inviteMember(org.admin, org.orgId, { email, role: "MEMBER" });
  const { token } = lastInvitationMail(email);
  await expect(acceptInvitation(null, token)).rejects.toBeInstanceOf(NotAuthenticated);
  const anonymous = await newUser("Visiteur", { anonymous: true });
  await expect(acceptInvitation(anonymous, token)).rejects.toBeInstanceOf(NotAllowed);
  expect(await membershipsOf(org.orgId, anonymous.userId)).toHaveLength(0);
  expect(await getInvitation(token)).toMatchObject({ state: "valid" });
});

test("two people using the same link at the same moment: only one joins", async () => {
  const org = await newOrganisation();
  const email = uniqueEmail("race");
  await inviteMember(org.admin, org.orgId, { email, role: "MEMBER" });
  const { token } = lastInvitationMail(email);
  const [p1, p2] = [await newUser("Ali"), await newUser("Bea")];
  const results = await Promise.allSettled([acceptInvitation(p1, token), acceptInvitation(p2, token)]);
  expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  const joined = (await membershipsOf(org.orgId, p1.userId)).length + (await membershipsOf(org.orgId, p2.userId)).length;
  expect(joined).toBe(1);
});
