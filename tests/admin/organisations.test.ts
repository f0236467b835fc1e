/**
 * Staff back-office, organisations: create, edit, archive (each audited), SIRET checks and
 * duplicates, members added directly or invited, search; refused to anyone but platform staff.
 */
import { and, eq } from "drizzle-orm";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { OrganisationForm } from "@/app/admin/organisations/organisation-form";
import { auditLog, memberships, organisationInvitations, organisations, users } from "@/db/schema";
import { addOrganisationMember } from "@/lib/admin/organisations/add-member";
import { archiveOrganisation } from "@/lib/admin/organisations/archive-organisation";
import { createOrganisation } from "@/lib/admin/organisations/create-organisation";
import { generalTargetProfiles } from "@/lib/admin/organisations/general-profiles";
import { getAdminOrganisation } from "@/lib/admin/organisations/get-organisation";
import { listOrganisations } from "@/lib/admin/organisations/list-organisations";
import { containsPattern } from "@/lib/search/like";
import { isValidSiret } from "@/lib/orga/siret";
import { updateOrganisation } from "@/lib/admin/organisations/update-organisation";
import type { Actor } from "@/lib/auth/actor";
import { allowedProfiles } from "@/lib/campaigns/orga/allowed-profiles";
import { Conflict, InvalidInput, NotAllowed, NotAuthenticated, NotFound } from "@/lib/errors";
import { listMyOrganisations } from "@/lib/orga/list-my-organisations";
import { newCenter } from "../certification/sessions-helpers";
import { lastInvitationMail, newOrganisation, newUser } from "../orga/helpers";
import { getDb, setupTestDatabase, uniqueEmail } from "../support/db";

setupTestDatabase();

async function newStaff(): Promise<Actor> {
  const u = await newUser("Camille");
  await getDb().update(users).set({ role: "admin" }).where(eq(users.id, u.userId));
  return { ...u, role: "admin" };
}

/** A valid SIRET (Luhn), different each call. */
let serial = 0;
function newSiret(): string {
  serial += 1;
  const base = `${(Date.now() % 1e8).toString().padStart(8, "0")}${String(serial).padStart(5, "0")}`;
  for (let d = 0; d < 10; d += 1) if (isValidSiret(base + d)) return base + d;
  throw new Error("unreachable");
}

async function audits(targetId: string) {
  return getDb().select().from(auditLog).where(eq(auditLog.targetId, targetId)).orderBy(auditLog.createdAt);
}

describe("SIRET check", () => {
  test.each([
    ["73282932000074", true],
    ["35600000000048", true],
    ["73282932000075", false],
    ["7328293200007", false],
    ["7328293200007a", false],
    ["", false],
  ])("%s → %s", (siret, ok) => {
    expect(isValidSiret(siret)).toBe(ok);
  });
});

test.each([
  ["plain", "%plain%"],
  ["50%", "%50\\%%"],
  ["a_b", "%a\\_b%"],
])("a search text is taken literally: %s", (text, pattern) => {
  expect(containsPattern(text)).toBe(pattern);
});

test("staff create an organisation with chosen profiles: stored, audited, and the Orga side honours the profiles", async () => {
  const staff = await newStaff();
  const general = generalTargetProfiles();
  expect(general.length).toBeGreaterThan(0);
  const siret = newSiret();
  const { organisationId } = await createOrganisation(staff, {
    name: "  Espace numérique de Brest ",
    type: "mediation",
    siret: `${siret.slice(0, 3)} ${siret.slice(3)}`,
    hasAbcPixAccess: "on",
    profiles: "some",
    targetProfileIds: [general[0]!.id],
  });
  const org = await getAdminOrganisation(staff, organisationId);
  expect(org).toMatchObject({ name: "Espace numérique de Brest", siret, hasAbcPixAccess: true, targetProfileIds: [general[0]!.id], campaignCount: 0, members: [] });
  expect(allowedProfiles(org).filter((p) => p.family === "general").map((p) => p.id)).toEqual([general[0]!.id]);
  const [entry] = await audits(organisationId);
  expect(entry).toMatchObject({ actorId: staff.userId, action: "admin.organisation.created", before: null, after: { name: "Espace numérique de Brest", siret } });
});

test("the same form sent twice without a SIRET creates one organisation; minutes later, a homonym may be created", async () => {
  const staff = await newStaff();
  const name = `Médiathèque ${Date.now().toString(36)}`;
  const t0 = new Date();
  const first = await createOrganisation(staff, { name, type: "mediation", profiles: "all" }, t0);
  const again = await createOrganisation(staff, { name: name.toUpperCase(), type: "mediation", profiles: "all" }, new Date(t0.getTime() + 5_000));
  expect(again.organisationId).toBe(first.organisationId);
  expect(await audits(first.organisationId)).toHaveLength(1);
  const later = await createOrganisation(staff, { name, type: "mediation", profiles: "all" }, new Date(t0.getTime() + 10 * 60_000));
  expect(later.organisationId).not.toBe(first.organisationId);
});

test("bad input is refused with French messages and nothing is created", async () => {
  const staff = await newStaff();
  const [before] = await getDb().select({ id: organisations.id }).from(organisations).orderBy(organisations.createdAt).limit(1);
  const e = (await createOrganisation(staff, { name: " ", type: "ovni", siret: "12345678901234", profiles: "some", targetProfileIds: [] }).catch((x: unknown) => x)) as InvalidInput;
  expect(e).toBeInstanceOf(InvalidInput);
  expect(Object.keys(e.fieldErrors).sort()).toEqual(["name", "siret", "type"]);
  await expect(createOrganisation(staff, { name: "X", type: "ecole", profiles: "some", targetProfileIds: [] })).rejects.toMatchObject({ fieldErrors: { targetProfileIds: expect.any(String) } });
  await expect(createOrganisation(staff, { name: "X", type: "ecole", profiles: "some", targetProfileIds: ["inconnu"] })).rejects.toBeInstanceOf(InvalidInput);
  const [after] = await getDb().select({ id: organisations.id }).from(organisations).orderBy(organisations.createdAt).limit(1);
  expect(after).toEqual(before);
});

test("a SIRET already used is a Conflict on the siret field, at creation and at edit", async () => {
  const staff = await newStaff();
  const siret = newSiret();
  await createOrganisation(staff, { name: "Première", type: "ecole", siret, profiles: "all" });
  const e = (await createOrganisation(staff, { name: "Seconde", type: "ecole", siret, profiles: "all" }).catch((x: unknown) => x)) as Conflict;
  expect(e).toBeInstanceOf(Conflict);
  expect(e.field).toBe("siret");
  expect(e.userMessage).toMatch(/SIRET/);
  const { organisationId } = await createOrganisation(staff, { name: "Seconde", type: "ecole", profiles: "all" });
  await expect(updateOrganisation(staff, organisationId, { name: "Seconde", type: "ecole", siret, profiles: "all" })).rejects.toMatchObject({ field: "siret" });
  expect((await getAdminOrganisation(staff, organisationId)).siret).toBeNull();
});

test("staff edit an organisation (audited with before and after); the same edit again changes nothing", async () => {
  const staff = await newStaff();
  const { organisationId } = await createOrganisation(staff, { name: "Mairie", type: "collectivite", profiles: "all" });
  const general = generalTargetProfiles();
  const form = { name: "Mairie de Quimper", type: "collectivite", profiles: "some" as const, targetProfileIds: general.map((p) => p.id) };
  await expect(updateOrganisation(staff, organisationId, form)).resolves.toEqual({ changed: true });
  await expect(updateOrganisation(staff, organisationId, form)).resolves.toEqual({ changed: false });
  const org = await getAdminOrganisation(staff, organisationId);
  expect(org).toMatchObject({ name: "Mairie de Quimper", hasAbcPixAccess: false, targetProfileIds: general.map((p) => p.id).sort() });
  const updates = (await audits(organisationId)).filter((a) => a.action === "admin.organisation.updated");
  expect(updates).toHaveLength(1);
  expect(updates[0]).toMatchObject({ before: { name: "Mairie", targetProfileIds: null }, after: { name: "Mairie de Quimper" } });
  await expect(updateOrganisation(staff, "00000000-0000-4000-8000-000000000000", form)).rejects.toBeInstanceOf(NotFound);
  await expect(updateOrganisation(staff, "pas-un-id", form)).rejects.toBeInstanceOf(NotFound);
});

test("archiving hides the organisation from its members; unarchiving brings it back; both audited once", async () => {
  const staff = await newStaff();
  const org = await newOrganisation("Centre social");
  expect(await listMyOrganisations(org.admin)).toHaveLength(1);
  await expect(archiveOrganisation(staff, org.orgId, true)).resolves.toEqual({ changed: true });
  await expect(archiveOrganisation(staff, org.orgId, true)).resolves.toEqual({ changed: false });
  expect(await listMyOrganisations(org.admin)).toHaveLength(0);
  const archived = await listOrganisations(staff, { q: org.name, status: "archived" });
  // (other test files may hold organisations of the same name on a shared PostgreSQL)
  expect(archived.rows.map((r) => r.id)).toContain(org.orgId);
  expect((await listOrganisations(staff, { q: org.name })).rows.map((r) => r.id)).not.toContain(org.orgId);
  await expect(archiveOrganisation(staff, org.orgId, false)).resolves.toEqual({ changed: true });
  expect(await listMyOrganisations(org.admin)).toHaveLength(1);
  expect((await audits(org.orgId)).map((a) => a.action)).toEqual(["admin.organisation.archived", "admin.organisation.unarchived"]);
});

test("search finds by name (any case, % literal) and by SIRET, with member counts, 50 a page", async () => {
  const staff = await newStaff();
  const siret = newSiret();
  const tag = `Zorglub${Date.now().toString(36)}`;
  const { organisationId } = await createOrganisation(staff, { name: `Club ${tag} 100%`, type: "entreprise", siret, profiles: "all" });
  await addOrganisationMember(staff, { orgId: organisationId, email: (await newUser("Yann")).email!, role: "MEMBER" });
  expect((await listOrganisations(staff, { q: tag.toUpperCase() })).rows).toMatchObject([{ id: organisationId, memberCount: 1 }]);
  expect((await listOrganisations(staff, { q: `${siret.slice(0, 9)} ${siret.slice(9)}` })).rows.map((r) => r.id)).toEqual([organisationId]);
  expect((await listOrganisations(staff, { q: "100%" })).rows.map((r) => r.id)).toContain(organisationId);
  expect((await listOrganisations(staff, { q: "1_0" })).rows.map((r) => r.id)).not.toContain(organisationId);
  for (let i = 0; i < 51; i += 1) await getDb().insert(organisations).values({ name: `${tag} lot ${i}`, type: "ecole" });
  const page1 = await listOrganisations(staff, { q: `${tag} lot` });
  const page2 = await listOrganisations(staff, { q: `${tag} lot`, page: 2 });
  expect([page1.rows.length, page2.rows.length, page1.total, page1.pageCount]).toEqual([50, 1, 51, 2]);
});

test("adding an existing account makes it a member at once (audited); a second time is a Conflict", async () => {
  const staff = await newStaff();
  const org = await newOrganisation();
  const person = await newUser("Lina");
  const r = await addOrganisationMember(staff, { orgId: org.orgId, email: person.email!.toUpperCase(), role: "ADMIN" });
  expect(r.kind).toBe("member");
  const [m] = await getDb().select().from(memberships).where(and(eq(memberships.organisationId, org.orgId), eq(memberships.userId, person.userId)));
  expect(m!.role).toBe("ADMIN");
  expect((await audits((r as { membershipId: string }).membershipId))[0]).toMatchObject({ action: "admin.organisation.member-added", actorId: staff.userId });
  await expect(addOrganisationMember(staff, { orgId: org.orgId, email: person.email!, role: "MEMBER" })).rejects.toMatchObject({ field: "email" });
  const detail = await getAdminOrganisation(staff, org.orgId);
  expect(detail.members.map((x) => [x.firstName, x.role])).toEqual(expect.arrayContaining([["Lina", "ADMIN"], ["Karim", "ADMIN"]]));
});

test("adding an unknown address sends an invitation e-mail from the Pix team", async () => {
  const staff = await newStaff();
  const org = await newOrganisation();
  const email = uniqueEmail("inconnu");
  const r = await addOrganisationMember(staff, { orgId: org.orgId, email, role: "MEMBER" });
  expect(r.kind).toBe("invitation");
  const mail = lastInvitationMail(email);
  expect(mail.text).toContain("L'équipe Pix vous invite");
  expect(mail.subject).toContain(org.name);
  const [inv] = await getDb().select().from(organisationInvitations).where(eq(organisationInvitations.email, email));
  expect(inv).toMatchObject({ organisationId: org.orgId, role: "MEMBER", invitedBy: staff.userId });
  expect((await getAdminOrganisation(staff, org.orgId)).pendingInvitations.map((i) => i.email)).toEqual([email]);
  await expect(addOrganisationMember(staff, { orgId: org.orgId, email: "pas-une-adresse", role: "MEMBER" })).rejects.toBeInstanceOf(InvalidInput);
});

describe("only platform staff may use these services", () => {
  const cases: [string, () => Promise<Actor | null>, typeof NotAllowed | typeof NotAuthenticated][] = [
    ["a learner", () => newUser("Léa"), NotAllowed],
    ["an Orga admin", async () => (await newOrganisation("Autre")).admin, NotAllowed],
    ["a certification centre member", async () => (await newCenter()).staff, NotAllowed],
    ["a logged-out visitor", async () => null, NotAuthenticated],
  ];
  test.each(cases)("%s is refused and nothing changes", async (_label, make, error) => {
    const org = await newOrganisation();
    const outsider = await make();
    const email = uniqueEmail("x");
    await expect(listOrganisations(outsider, {})).rejects.toBeInstanceOf(error);
    await expect(getAdminOrganisation(outsider, org.orgId)).rejects.toBeInstanceOf(error);
    await expect(createOrganisation(outsider, { name: "Pirate", type: "ecole", profiles: "all" })).rejects.toBeInstanceOf(error);
    await expect(updateOrganisation(outsider, org.orgId, { name: "Pirate", type: "ecole", profiles: "all" })).rejects.toBeInstanceOf(error);
    await expect(archiveOrganisation(outsider, org.orgId, true)).rejects.toBeInstanceOf(error);
    await expect(addOrganisationMember(outsider, { orgId: org.orgId, email, role: "ADMIN" })).rejects.toBeInstanceOf(error);
    const [row] = await getDb().select().from(organisations).where(eq(organisations.id, org.orgId));
    expect(row).toMatchObject({ name: org.name, archivedAt: null });
    expect(await getDb().select().from(organisationInvitations).where(eq(organisationInvitations.email, email))).toEqual([]);
    expect(await audits(org.orgId)).toEqual([]);
  });
});

test("the form shows the organisation's values: type chosen, chosen profiles ticked, labels for every control", () => {
  const general = generalTargetProfiles();
  const html = renderToStaticMarkup(
    createElement(OrganisationForm, {
      action: async () => ({}),
      orgId: "00000000-0000-4000-8000-000000000000",
      defaults: { name: "Mairie", type: "collectivite", siret: "", hasAbcPixAccess: true, targetProfileIds: [general[0]!.id] },
      types: [
        { value: "ecole", label: "École" },
        { value: "collectivite", label: "Collectivité" },
      ],
      profiles: general.map((p) => ({ id: p.id, name: p.name })),
      submitLabel: "Enregistrer",
    }),
  );
  expect(html).toMatch(/<option value="collectivite" selected="">/);
  expect(html).toMatch(/name="hasAbcPixAccess" checked=""/);
  expect(html).toMatch(/name="profiles" checked="" value="some"/);
  expect(html).toContain(`name="targetProfileIds" checked="" value="${general[0]!.id}"`);
  if (general[1]) expect(html).toContain(`name="targetProfileIds" value="${general[1].id}"`);
  expect(html).toContain("<legend");
  for (const id of [...html.matchAll(/<(?:input|select)[^>]* id="([^"]+)"/g)].map((m) => m[1])) expect(html).toContain(`for="${id}"`);
});
