/**
 * ABC Pix access requests: a structure asks, staff accept (organisation + ADMIN invitation)
 * or refuse (with a reason); only staff may see or review them.
 */
import { and, count, eq } from "drizzle-orm";
import { abcPixRequests, auditLog, memberships, organisationInvitations, organisations } from "@/db/schema";
import { ALREADY_REVIEWED, approveAccessRequest } from "@/lib/access-requests/approve-access-request";
import { getAccessRequest } from "@/lib/access-requests/get-access-request";
import { listAccessRequests } from "@/lib/access-requests/list-access-requests";
import { refuseAccessRequest } from "@/lib/access-requests/refuse-access-request";
import { ALREADY_HAS_ACCESS, PENDING_EXISTS, submitAccessRequest } from "@/lib/access-requests/submit-access-request";
import type { Actor } from "@/lib/auth/actor";
import { Conflict, InvalidInput, NotAllowed, NotAuthenticated, NotFound, RateLimited } from "@/lib/errors";
import { acceptInvitation } from "@/lib/orga/accept-invitation";
import { getDb, setupTestDatabase } from "../support/db";
import { addMember, lastInvitationMail, newOrganisation, newUser } from "../orga/helpers";
import { mailsTo, newCentreMember, newSiret, newStaff, validForm } from "./helpers";

setupTestDatabase();

async function stored(siret: string) {
  return getDb().select().from(abcPixRequests).where(eq(abcPixRequests.siret, siret));
}

async function auditsOf(targetType: string, targetId: string) {
  return getDb()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.targetType, targetType), eq(auditLog.targetId, targetId)))
    .orderBy(auditLog.createdAt);
}

async function organisationsWithSiret(siret: string) {
  return getDb().select().from(organisations).where(eq(organisations.siret, siret));
}

test("a request is stored with a reference; the contact and the staff each get an e-mail", async () => {
  const form = validForm({ contactEmail: `Ines.${Date.now()}@Exemple.fr`, siret: "" });
  const siret = newSiret();
  form.siret = `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}`;
  const { id, reference } = await submitAccessRequest(form, new Date(), () => Uint8Array.from([0, 1, 2, 3, 4, 5]));
  expect(reference).toBe("DEM-ABCDEF");

  const [row] = await stored(siret);
  expect(row).toMatchObject({
    id,
    reference,
    siret,
    state: "pending",
    contactEmail: String(form.contactEmail).toLowerCase(),
    contactPhone: "04 72 00 00 00",
    audiences: ["seniors", "demandeurs-emploi"],
    structureType: "mediation",
  });

  const ack = mailsTo(String(form.contactEmail));
  expect(ack).toHaveLength(1);
  expect(ack[0]!.subject.replace(/\s+/g, "")).toContain(reference);
  expect(ack[0]!.text).toContain(reference);
  expect(ack[0]!.text).toMatch(/10 jours ouvrés/);
  expect(ack[0]!.text).toMatch(/invitation/);

  const staff = mailsTo("support@pix.local").filter((m) => m.subject.replace(/\s+/g, "").includes(reference));
  expect(staff).toHaveLength(1);
  expect(staff[0]!.text).toContain(siret);
  expect(staff[0]!.text).toContain(`/admin/demandes-abc-pix/${id}`);

  const audits = await auditsOf("abc_pix_request", id);
  expect(audits.map((a) => a.action)).toEqual(["abc_pix_request.submitted"]);
});

test("a reference already taken is drawn again", async () => {
  const bytes = [Uint8Array.from([9, 9, 9, 9, 9, 9]), Uint8Array.from([9, 9, 9, 9, 9, 9]), Uint8Array.from([10, 10, 10, 10, 10, 10])];
  let i = 0;
  const random = () => bytes[Math.min(i++, bytes.length - 1)]!;
  const first = await submitAccessRequest(validForm(), new Date(), random);
  const second = await submitAccessRequest(validForm(), new Date(), random);
  expect(first.reference).toBe("DEM-KKKKKK");
  expect(second.reference).toBe("DEM-LLLLLL");
});

test("an invalid SIRET is refused with a message on the field; nothing is stored or sent", async () => {
  const form = validForm({ siret: "73282932000075" });
  await expect(submitAccessRequest(form)).rejects.toMatchObject({ fieldErrors: { siret: expect.stringMatching(/n'est pas valide/) } });
  await expect(submitAccessRequest(form)).rejects.toBeInstanceOf(InvalidInput);
  expect(await stored("73282932000075")).toHaveLength(0);
  expect(mailsTo(String(form.contactEmail))).toHaveLength(0);
});

test("a second request for a SIRET already pending is refused on the siret field", async () => {
  const form = validForm();
  await submitAccessRequest(form);
  const again = submitAccessRequest({ ...form, contactEmail: "autre.personne@exemple.fr" });
  await expect(again).rejects.toBeInstanceOf(Conflict);
  await expect(submitAccessRequest({ ...form, contactEmail: "autre.personne2@exemple.fr" })).rejects.toMatchObject({ field: "siret", userMessage: PENDING_EXISTS });
  expect(await stored(String(form.siret))).toHaveLength(1);
});

test("a structure that already has ABC Pix cannot ask again", async () => {
  const siret = newSiret();
  await getDb().insert(organisations).values({ name: "Déjà équipée", type: "mediation", siret, hasAbcPixAccess: true });
  await expect(submitAccessRequest(validForm({ siret }))).rejects.toMatchObject({ field: "siret", userMessage: ALREADY_HAS_ACCESS });
  expect(await stored(siret)).toHaveLength(0);
});

test("more than 3 requests a day from one contact address are refused", async () => {
  const staff = await newStaff();
  const email = `limite.${Date.now()}@exemple.fr`;
  for (let i = 0; i < 3; i += 1) {
    const { id } = await submitAccessRequest(validForm({ contactEmail: email }));
    await refuseAccessRequest(staff, id, { reason: "Doublon de test, merci." });
  }
  const siret = newSiret();
  await expect(submitAccessRequest(validForm({ contactEmail: email, siret }))).rejects.toBeInstanceOf(RateLimited);
  expect(await stored(siret)).toHaveLength(0);
});

test("approving creates the organisation with ABC Pix and invites the contact as ADMIN by e-mail", async () => {
  const staff = await newStaff();
  const form = validForm();
  const { id, reference } = await submitAccessRequest(form);

  const result = await approveAccessRequest(staff, id);
  expect(result).toMatchObject({ created: true, invited: true, organisationName: form.structureName });
  const [org] = await organisationsWithSiret(String(form.siret));
  expect(org).toMatchObject({ id: result.organisationId, name: form.structureName, type: "mediation", hasAbcPixAccess: true });

  const [invitation] = await getDb().select().from(organisationInvitations).where(eq(organisationInvitations.organisationId, org!.id));
  expect(invitation).toMatchObject({ email: String(form.contactEmail), role: "ADMIN", invitedBy: staff.userId });

  const mail = lastInvitationMail(String(form.contactEmail));
  expect(mail.text).toContain(`Votre demande d'accès à ABC Pix (référence ${reference}) est acceptée.`);
  expect(mail.link).toMatch(/\/orga\/invitation\/[A-Za-z0-9_-]{43}$/);

  const [row] = await stored(String(form.siret));
  expect(row).toMatchObject({ state: "approved", organisationId: org!.id, reviewedBy: staff.userId });
  expect(row!.reviewedAt).toBeInstanceOf(Date);

  // the link works: the contact joins as ADMIN
  const contact = await newUser("Inès");
  await acceptInvitation(contact, mail.token);
  const [m] = await getDb().select().from(memberships).where(and(eq(memberships.organisationId, org!.id), eq(memberships.userId, contact.userId)));
  expect(m!.role).toBe("ADMIN");

  // audits: the request (before/after) and the organisation
  const requestAudits = await auditsOf("abc_pix_request", id);
  expect(requestAudits.map((a) => a.action)).toEqual(["abc_pix_request.submitted", "abc_pix_request.approved"]);
  expect(requestAudits[1]).toMatchObject({ actorId: staff.userId, before: { state: "pending" }, after: expect.objectContaining({ state: "approved", organisationId: org!.id }) });
  const orgAudits = await auditsOf("organisation", org!.id);
  expect(orgAudits.map((a) => a.action)).toEqual(["organisation.created"]);

  // the staff detail shows the history with the reviewer's name and the organisation
  const detail = await getAccessRequest(staff, id);
  expect(detail.history.map((h) => h.action)).toEqual(["abc_pix_request.submitted", "abc_pix_request.approved"]);
  expect(detail.history[1]!.actorName).toBe("Sophie Admin");
  expect(detail.reviewerName).toBe("Sophie Admin");
  expect(detail.approvedOrganisation).toEqual({ id: org!.id, name: form.structureName });
  expect(detail.sameSiret?.id).toBe(org!.id);
});

test("approving when an organisation has the same SIRET gives it access instead of creating one", async () => {
  const staff = await newStaff();
  const existing = await newOrganisation("Centre social");
  const siret = newSiret();
  await getDb().update(organisations).set({ siret }).where(eq(organisations.id, existing.orgId));
  const { id } = await submitAccessRequest(validForm({ siret }));

  const detail = await getAccessRequest(staff, id);
  expect(detail.sameSiret).toMatchObject({ id: existing.orgId, hasAbcPixAccess: false });
  expect(detail.candidates.map((c) => c.id)).toEqual([existing.orgId]);

  const result = await approveAccessRequest(staff, id);
  expect(result).toMatchObject({ organisationId: existing.orgId, created: false, invited: true });
  const orgs = await organisationsWithSiret(siret);
  expect(orgs).toHaveLength(1);
  expect(orgs[0]!.hasAbcPixAccess).toBe(true);
  const audits = await auditsOf("organisation", existing.orgId);
  expect(audits).toHaveLength(1);
  expect(audits[0]).toMatchObject({ action: "organisation.abc_pix_access_granted", before: { hasAbcPixAccess: false }, after: expect.objectContaining({ hasAbcPixAccess: true }) });
});

test("staff may pick an existing organisation without SIRET; it takes the request's SIRET", async () => {
  const staff = await newStaff();
  const existing = await newOrganisation("Maison France services");
  const form = validForm({ structureName: existing.name.toUpperCase() });
  const { id } = await submitAccessRequest(form);
  const detail = await getAccessRequest(staff, id);
  expect(detail.candidates.map((c) => c.id)).toEqual([existing.orgId]);

  await approveAccessRequest(staff, id, { organisationId: existing.orgId });
  const [org] = await getDb().select().from(organisations).where(eq(organisations.id, existing.orgId));
  expect(org).toMatchObject({ siret: form.siret, hasAbcPixAccess: true });
});

test("a contact who already belongs to the organisation gets no invitation, but the news", async () => {
  const staff = await newStaff();
  const existing = await newOrganisation("Tiers-lieu");
  const siret = newSiret();
  await getDb().update(organisations).set({ siret }).where(eq(organisations.id, existing.orgId));
  const { id } = await submitAccessRequest(validForm({ siret, contactEmail: existing.admin.email }));
  const result = await approveAccessRequest(staff, id);
  expect(result).toMatchObject({ created: false, invited: false });
  const [n] = await getDb().select({ n: count() }).from(organisationInvitations).where(eq(organisationInvitations.organisationId, existing.orgId));
  expect(Number(n!.n)).toBe(0);
  expect(mailsTo(existing.admin.email!).at(-1)!.text).toMatch(/Vous faites déjà partie/);
});

test("approving twice: the second click is told it is done, and only one organisation exists", async () => {
  const staff = await newStaff();
  const other = await newStaff("Marc");
  const form = validForm();
  const { id } = await submitAccessRequest(form);
  await approveAccessRequest(staff, id);
  await expect(approveAccessRequest(other, id)).rejects.toMatchObject({ userMessage: ALREADY_REVIEWED });
  await expect(refuseAccessRequest(other, id, { reason: "Trop tard pour refuser." })).rejects.toBeInstanceOf(Conflict);
  expect(await organisationsWithSiret(String(form.siret))).toHaveLength(1);
  const [n] = await getDb().select({ n: count() }).from(organisationInvitations).where(eq(organisationInvitations.email, String(form.contactEmail)));
  expect(Number(n!.n)).toBe(1);
  const [row] = await stored(String(form.siret));
  expect(row!.reviewedBy).toBe(staff.userId);
});

test("refusing needs a reason of 10 characters or more, and e-mails it to the contact", async () => {
  const staff = await newStaff();
  const form = validForm();
  const { id, reference } = await submitAccessRequest(form);

  await expect(refuseAccessRequest(staff, id, { reason: "  non  " })).rejects.toMatchObject({ fieldErrors: { reason: expect.stringMatching(/au moins 10/) } });
  await expect(refuseAccessRequest(staff, id, { reason: "x".repeat(1001) })).rejects.toBeInstanceOf(InvalidInput);
  expect((await stored(String(form.siret)))[0]!.state).toBe("pending");

  const reason = "Votre structure n'accompagne pas de public : ABC Pix est réservé à la médiation.";
  await refuseAccessRequest(staff, id, { reason });
  const [row] = await stored(String(form.siret));
  expect(row).toMatchObject({ state: "refused", refusalReason: reason, reviewedBy: staff.userId, organisationId: null });
  expect(await organisationsWithSiret(String(form.siret))).toHaveLength(0);

  const mail = mailsTo(String(form.contactEmail)).at(-1)!;
  expect(mail.subject.replace(/\s+/g, "")).toContain(reference);
  expect(mail.text).toContain(reason);
  expect(mail.text).toContain("/aide/contact");

  const audits = await auditsOf("abc_pix_request", id);
  expect(audits.at(-1)).toMatchObject({ action: "abc_pix_request.refused", actorId: staff.userId, before: { state: "pending" }, after: { state: "refused", refusalReason: reason } });

  // refused: the structure may ask again
  await expect(submitAccessRequest({ ...form, contactEmail: "nouvelle.demande@exemple.fr" })).resolves.toMatchObject({ reference: expect.stringMatching(/^DEM-/) });
});

test("staff list: search by name without accents, SIRET with spaces, e-mail, reference; filter by state; % is literal", async () => {
  const staff = await newStaff();
  const tag = `Zébulon${Date.now()}`;
  const a = await submitAccessRequest(validForm({ structureName: `Médiathèque ${tag}` }));
  const bForm = validForm({ structureName: `Atelier ${tag}` });
  const b = await submitAccessRequest(bForm);
  await refuseAccessRequest(staff, b.id, { reason: "Raison suffisamment longue." });

  const byName = await listAccessRequests(staff, { q: `mediatheque ${tag.toLowerCase().replace("é", "e")}`, state: "all" });
  expect(byName.rows.map((r) => r.id)).toEqual([a.id]);

  const all = await listAccessRequests(staff, { q: tag, state: "all" });
  expect(all.rows.map((r) => r.id)).toEqual([b.id, a.id]); // newest first
  expect((await listAccessRequests(staff, { q: tag, state: "pending" })).rows.map((r) => r.id)).toEqual([a.id]);
  expect((await listAccessRequests(staff, { q: tag, state: "refused" })).rows.map((r) => r.id)).toEqual([b.id]);
  expect((await listAccessRequests(staff, { q: tag, state: "approved" })).rows).toHaveLength(0);

  const siret = String(bForm.siret);
  expect((await listAccessRequests(staff, { q: `${siret.slice(0, 3)} ${siret.slice(3, 9)}`, state: "all" })).rows.map((r) => r.id)).toContain(b.id);
  expect((await listAccessRequests(staff, { q: String(bForm.contactEmail).toUpperCase(), state: "all" })).rows.map((r) => r.id)).toEqual([b.id]);
  expect((await listAccessRequests(staff, { q: b.reference.toLowerCase(), state: "all" })).rows.map((r) => r.id)).toEqual([b.id]);
  expect((await listAccessRequests(staff, { q: "%", state: "all" })).rows).toHaveLength(0);
  expect((await listAccessRequests(staff, { q: "_", state: "all" })).rows).toHaveLength(0);
});

test("an unknown request is not found", async () => {
  const staff = await newStaff();
  await expect(getAccessRequest(staff, "pas-un-id")).rejects.toBeInstanceOf(NotFound);
  await expect(getAccessRequest(staff, "00000000-0000-4000-8000-000000000000")).rejects.toBeInstanceOf(NotFound);
  await expect(approveAccessRequest(staff, "00000000-0000-4000-8000-000000000000")).rejects.toBeInstanceOf(NotFound);
});

describe("only platform staff may list, see, approve or refuse", () => {
  const refusedActors: [string, () => Promise<Actor>][] = [
    ["a learner", () => newUser("Léa")],
    ["an Orga admin", async () => (await newOrganisation("Association")).admin],
    ["a certification centre member", async () => newCentreMember(await newUser("Hugo"))],
  ];

  test.each(refusedActors)("%s is refused, and nothing changes", async (_who, make) => {
    const actor = await make();
    const form = validForm();
    const { id } = await submitAccessRequest(form);
    await expect(listAccessRequests(actor, { state: "all" })).rejects.toBeInstanceOf(NotAllowed);
    await expect(getAccessRequest(actor, id)).rejects.toBeInstanceOf(NotAllowed);
    await expect(approveAccessRequest(actor, id)).rejects.toBeInstanceOf(NotAllowed);
    await expect(refuseAccessRequest(actor, id, { reason: "Une raison assez longue." })).rejects.toBeInstanceOf(NotAllowed);
    const [row] = await stored(String(form.siret));
    expect(row!.state).toBe("pending");
    expect(await organisationsWithSiret(String(form.siret))).toHaveLength(0);
    expect((await auditsOf("abc_pix_request", id)).map((a) => a.action)).toEqual(["abc_pix_request.submitted"]);
  });

  test("a visitor who is not logged in is asked to log in", async () => {
    await expect(listAccessRequests(null)).rejects.toBeInstanceOf(NotAuthenticated);
  });

  test("an Orga member of the same structure cannot approve its own request", async () => {
    const org = await newOrganisation("Régie de quartier");
    const member = await newUser("Tom");
    await addMember(org.orgId, member);
    const { id } = await submitAccessRequest(validForm({ contactEmail: member.email }));
    await expect(approveAccessRequest(member, id)).rejects.toBeInstanceOf(NotAllowed);
  });
});
