/**
 * Staff back-office, users: search, detail, unblock, reset link, anonymisation; each action
 * audited; refused to anyone but platform staff.
 */
import fs from "node:fs";
import path from "node:path";
import { and, eq, isNull } from "drizzle-orm";
import { auditLog, centerMemberships, memberships, organisationInvitations, sessions, users } from "@/db/schema";
import { signUpSchema } from "@/lib/accounts/schemas";
import { signUp } from "@/lib/accounts/sign-up";
import { addOrganisationMember } from "@/lib/admin/organisations/add-member";
import { anonymiseUser } from "@/lib/admin/users/anonymise-user";
import { getAdminUser } from "@/lib/admin/users/get-user";
import { searchUsers } from "@/lib/admin/users/search-users";
import { sendResetLink } from "@/lib/admin/users/send-reset-link";
import { unblockUser } from "@/lib/admin/users/unblock-user";
import type { Actor } from "@/lib/auth/actor";
import { AccountBlocked, attemptLogin } from "@/lib/auth/login";
import { isSessionActive } from "@/lib/auth/sessions";
import { Conflict, InvalidInput, NotAllowed, NotAuthenticated, NotFound } from "@/lib/errors";
import { parseEml } from "@/lib/mail/list-outbox";
import { newCenter } from "../certification/sessions-helpers";
import { addMember, newOrganisation, newUser } from "../orga/helpers";
import { getDb, setupTestDatabase, uniqueEmail } from "../support/db";

setupTestDatabase();

const PASSWORD = "Velo-Rouge-42";

async function newStaff(): Promise<Actor> {
  const u = await newUser("Camille");
  await getDb().update(users).set({ role: "admin" }).where(eq(users.id, u.userId));
  return { ...u, role: "admin" };
}

/** A real account with a password, signed up the normal way. */
async function newAccount(firstName = "Laura", lastName = "Petit") {
  const email = uniqueEmail(firstName.toLowerCase().normalize("NFD").replace(/[^a-z]/g, ""));
  const { userId, sessionId } = await signUp(signUpSchema.parse({ firstName, lastName, email, password: PASSWORD, terms: "on" }), new Date());
  return { email, userId, sessionId };
}

function mailsTo(email: string) {
  const outbox = process.env.OUTBOX_DIR!;
  const files = fs.existsSync(outbox) ? fs.readdirSync(outbox).filter((f) => f.endsWith(".eml")) : [];
  return files.map((f) => parseEml(fs.readFileSync(path.join(outbox, f), "utf8"))).filter((m) => m.to.includes(email));
}

async function audits(targetId: string) {
  return getDb().select().from(auditLog).where(eq(auditLog.targetId, targetId)).orderBy(auditLog.createdAt);
}

test("search finds by e-mail, by first + last name in either order, any case; 2 characters at least", async () => {
  const staff = await newStaff();
  const tag = `Qx${Date.now().toString(36)}`;
  const a = await newAccount("Aurélie", tag);
  const anon = await newUser(tag, { anonymous: true });
  expect((await searchUsers(staff, { q: `aurélie ${tag.toLowerCase()}` })).rows.map((r) => r.id)).toEqual([a.userId]);
  expect((await searchUsers(staff, { q: `${tag.toUpperCase()} AURÉLIE` })).rows.map((r) => r.id)).toEqual([a.userId]);
  expect((await searchUsers(staff, { q: a.email.toUpperCase() })).rows.map((r) => r.id)).toEqual([a.userId]);
  // anonymous participants only when asked
  expect((await searchUsers(staff, { q: tag })).rows.map((r) => r.id)).toEqual([a.userId]);
  expect((await searchUsers(staff, { q: tag, includeAnonymous: true })).rows.map((r) => r.id).sort()).toEqual([a.userId, anon.userId].sort());
  expect(await searchUsers(staff, { q: " a " })).toMatchObject({ tooShort: true, rows: [] });
  expect((await searchUsers(staff, { q: "%%" })).rows.map((r) => r.id)).not.toContain(a.userId);
});

test("the detail shows identity, last session, memberships, profile summary", async () => {
  const staff = await newStaff();
  const a = await newAccount("Marc", "Durand");
  const org = await newOrganisation("Médiathèque");
  await addMember(org.orgId, { ...staff, userId: a.userId }, "MEMBER");
  const center = await newCenter();
  await getDb().insert(centerMemberships).values({ centerId: center.centerId, userId: a.userId, role: "MEMBER" });
  const d = await getAdminUser(staff, a.userId);
  expect(d).toMatchObject({ firstName: "Marc", lastName: "Durand", email: a.email, isBlocked: false, organisations: [{ id: org.orgId, role: "MEMBER" }], centers: [{ id: center.centerId, role: "MEMBER" }], certifications: [] });
  expect(d.lastSeenAt).toBeInstanceOf(Date);
  expect(d.profile.totalPix).toBe(0);
  expect(d.profile.competences).toHaveLength(16);
  await expect(getAdminUser(staff, "00000000-0000-4000-8000-000000000000")).rejects.toBeInstanceOf(NotFound);
  await expect(getAdminUser(staff, "nimporte")).rejects.toBeInstanceOf(NotFound);
});

test("unblocking lifts a 30-failure block: login works again; audited once; harmless when not blocked", async () => {
  const staff = await newStaff();
  const a = await newAccount();
  await getDb().update(users).set({ failedLogins: 30, blockedIndefinitely: true }).where(eq(users.id, a.userId));
  await expect(attemptLogin({ email: a.email, password: PASSWORD, ip: "1.2.3.4" }, new Date())).rejects.toBeInstanceOf(AccountBlocked);
  expect((await getAdminUser(staff, a.userId)).isBlocked).toBe(true);
  await expect(unblockUser(staff, a.userId)).resolves.toEqual({ changed: true });
  await expect(unblockUser(staff, a.userId)).resolves.toEqual({ changed: false });
  const [u] = await getDb().select().from(users).where(eq(users.id, a.userId));
  expect(u).toMatchObject({ failedLogins: 0, blockedUntil: null, blockedIndefinitely: false });
  await expect(attemptLogin({ email: a.email, password: PASSWORD, ip: "1.2.3.4" }, new Date())).resolves.toMatchObject({ userId: a.userId });
  const entries = await audits(a.userId);
  expect(entries).toHaveLength(1);
  expect(entries[0]).toMatchObject({ action: "admin.user.unblocked", actorId: staff.userId, before: { failedLogins: 30, blockedIndefinitely: true }, after: { failedLogins: 0 } });
});

test("staff e-mail a reset link (audited); an account without e-mail is refused", async () => {
  const staff = await newStaff();
  const a = await newAccount();
  expect(mailsTo(a.email)).toHaveLength(0);
  await sendResetLink(staff, a.userId);
  const mails = mailsTo(a.email);
  expect(mails).toHaveLength(1);
  expect(mails[0]!.text).toMatch(/mot-de-passe-oublie\/nouveau\?jeton=/);
  expect((await audits(a.userId)).map((e) => e.action)).toEqual(["admin.user.reset-link-sent"]);
  const anon = await newUser("Visiteur", { anonymous: true });
  await expect(sendResetLink(staff, anon.userId)).rejects.toBeInstanceOf(Conflict);
});

test("anonymising removes personal data, ends sessions, memberships and invitations; the audit holds no personal data", async () => {
  const staff = await newStaff();
  const a = await newAccount("Hélène", "Bertin");
  const org = await newOrganisation();
  await addMember(org.orgId, { ...staff, userId: a.userId });
  const center = await newCenter();
  await getDb().insert(centerMemberships).values({ centerId: center.centerId, userId: a.userId, role: "MEMBER" });
  const other = await newOrganisation("Autre");
  // an invitation to the same address, still pending
  await getDb().insert(organisationInvitations).values({ organisationId: other.orgId, email: a.email, role: "MEMBER", tokenHash: `h-${a.userId}`, expiresAt: new Date(Date.now() + 86_400_000) });

  await expect(anonymiseUser(staff, { userId: a.userId, confirmation: "anonymiser" })).rejects.toBeInstanceOf(InvalidInput);
  expect((await getDb().select().from(users).where(eq(users.id, a.userId)))[0]!.email).toBe(a.email);

  await expect(anonymiseUser(staff, { userId: a.userId, confirmation: "ANONYMISER" })).resolves.toEqual({ changed: true });
  await expect(anonymiseUser(staff, { userId: a.userId, confirmation: "ANONYMISER" })).resolves.toEqual({ changed: false });
  const [u] = await getDb().select().from(users).where(eq(users.id, a.userId));
  expect(u).toMatchObject({ firstName: "Utilisateur", lastName: "anonymisé", email: null, passwordHash: null });
  expect(u!.deletedAt).toBeInstanceOf(Date);
  expect(await isSessionActive(getDb(), a.sessionId, a.userId, new Date())).toBe(false);
  expect(await getDb().select().from(sessions).where(and(eq(sessions.userId, a.userId), isNull(sessions.revokedAt)))).toEqual([]);
  expect(await getDb().select().from(memberships).where(eq(memberships.userId, a.userId))).toEqual([]);
  expect(await getDb().select().from(centerMemberships).where(eq(centerMemberships.userId, a.userId))).toEqual([]);
  const [inv] = await getDb().select().from(organisationInvitations).where(eq(organisationInvitations.email, a.email));
  expect(inv!.cancelledAt).toBeInstanceOf(Date);
  await expect(attemptLogin({ email: a.email, password: PASSWORD, ip: "1.2.3.5" }, new Date())).rejects.toThrow();
  // the e-mail can be used again for a new account or an invitation
  await expect(addOrganisationMember(staff, { orgId: org.orgId, email: a.email, role: "MEMBER" })).resolves.toMatchObject({ kind: "invitation" });

  const entries = await audits(a.userId);
  expect(entries.map((e) => e.action)).toEqual(["admin.user.anonymised"]);
  const text = JSON.stringify(entries[0]);
  expect(text).not.toContain(a.email);
  expect(text).not.toContain("Hélène");
  expect(text).not.toContain("Bertin");
  expect(entries[0]!.after).toEqual({ anonymised: true });
});

test("staff cannot anonymise a staff account nor their own", async () => {
  const staff = await newStaff();
  const colleague = await newStaff();
  await expect(anonymiseUser(staff, { userId: staff.userId, confirmation: "ANONYMISER" })).rejects.toBeInstanceOf(Conflict);
  await expect(anonymiseUser(staff, { userId: colleague.userId, confirmation: "ANONYMISER" })).rejects.toBeInstanceOf(Conflict);
  const [u] = await getDb().select().from(users).where(eq(users.id, colleague.userId));
  expect(u!.deletedAt).toBeNull();
});

describe("only platform staff may use these services", () => {
  const cases: [string, () => Promise<Actor | null>, typeof NotAllowed | typeof NotAuthenticated][] = [
    ["a learner", () => newUser("Léa"), NotAllowed],
    ["an Orga admin", async () => (await newOrganisation("Autre")).admin, NotAllowed],
    ["a certification centre member", async () => (await newCenter()).staff, NotAllowed],
    ["a logged-out visitor", async () => null, NotAuthenticated],
  ];
  test.each(cases)("%s is refused and nothing changes", async (_label, make, error) => {
    const a = await newAccount();
    await getDb().update(users).set({ failedLogins: 30, blockedIndefinitely: true }).where(eq(users.id, a.userId));
    const outsider = await make();
    await expect(searchUsers(outsider, { q: a.email })).rejects.toBeInstanceOf(error);
    await expect(getAdminUser(outsider, a.userId)).rejects.toBeInstanceOf(error);
    await expect(unblockUser(outsider, a.userId)).rejects.toBeInstanceOf(error);
    await expect(sendResetLink(outsider, a.userId)).rejects.toBeInstanceOf(error);
    await expect(anonymiseUser(outsider, { userId: a.userId, confirmation: "ANONYMISER" })).rejects.toBeInstanceOf(error);
    const [u] = await getDb().select().from(users).where(eq(users.id, a.userId));
    expect(u).toMatchObject({ email: a.email, failedLogins: 30, blockedIndefinitely: true, deletedAt: null });
    expect(mailsTo(a.email)).toHaveLength(0);
    expect(await audits(a.userId)).toEqual([]);
  });
});
