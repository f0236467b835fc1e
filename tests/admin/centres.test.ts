import { and, eq } from "drizzle-orm";
import { auditLog, centerMemberships, certificationCenters } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { addCentreMember } from "@/lib/admin/centres/add-centre-member";
import { approveCentre } from "@/lib/admin/centres/approve-centre";
import { createCentre } from "@/lib/admin/centres/create-centre";
import { getCentre } from "@/lib/admin/centres/get-centre";
import { centreStateLabel, listCentres } from "@/lib/admin/centres/list-centres";
import { removeCentreMember } from "@/lib/admin/centres/remove-centre-member";
import { NO_ACCOUNT_MESSAGE } from "@/lib/admin/centres/schemas";
import { setCentreArchived } from "@/lib/admin/centres/set-centre-archived";
import { updateCentre } from "@/lib/admin/centres/update-centre";
import { createSession } from "@/lib/certification/sessions/create-session";
import { Conflict, InvalidInput, NotAllowed, NotAuthenticated, NotFound } from "@/lib/errors";
import { getDb, setupTestDatabase, uniqueEmail } from "../support/db";
import { newCenter, sessionForm } from "../certification/sessions-helpers";
import { newOrganisation, newUser } from "../orga/helpers";

setupTestDatabase();

async function admin(): Promise<Actor> {
  return { ...(await newUser("Admin")), role: "admin" };
}

const centreRow = async (id: string) => (await getDb().select().from(certificationCenters).where(eq(certificationCenters.id, id)))[0]!;
const auditsOf = (targetId: string, action: string) => getDb().select().from(auditLog).where(and(eq(auditLog.targetId, targetId), eq(auditLog.action, action)));

let n = 0;
const uniqueName = (base: string) => `${base} ${process.pid}-${++n}`;

describe("staff: certification centres", () => {
  test("create, edit, approve, archive and unarchive a centre: each change audited with before/after", async () => {
    const staff = await admin();
    const name = uniqueName("Lycée Jean-Moulin");
    const { centreId } = await createCentre(getDb(), staff, { name: `  ${name} `, type: "SCO", city: "Angers" });
    expect(await centreRow(centreId)).toMatchObject({ name, type: "SCO", city: "Angers", approvedAt: null, archivedAt: null });
    const [created] = await auditsOf(centreId, "admin.centre.create");
    expect(created).toMatchObject({ actorId: staff.userId, before: null, after: { name, type: "SCO", city: "Angers" } });

    expect(await updateCentre(getDb(), staff, centreId, { name: `${name} (bis)`, type: "SUP", city: "Nantes" })).toEqual({ changed: true });
    const [updated] = await auditsOf(centreId, "admin.centre.update");
    expect(updated!.before).toMatchObject({ name, type: "SCO", city: "Angers" });
    expect(updated!.after).toMatchObject({ name: `${name} (bis)`, type: "SUP", city: "Nantes" });
    // same values again: nothing written
    expect(await updateCentre(getDb(), staff, centreId, { name: `${name} (bis)`, type: "SUP", city: "Nantes" })).toEqual({ changed: false });
    expect(await auditsOf(centreId, "admin.centre.update")).toHaveLength(1);

    const now = new Date("2026-12-05T08:00:00Z");
    expect(await approveCentre(getDb(), staff, centreId, now)).toEqual({ changed: true });
    expect((await centreRow(centreId)).approvedAt).toEqual(now);
    expect(await approveCentre(getDb(), staff, centreId)).toEqual({ changed: false });
    expect(await auditsOf(centreId, "admin.centre.approve")).toHaveLength(1);

    expect(await setCentreArchived(getDb(), staff, centreId, true, now)).toEqual({ changed: true });
    expect((await centreRow(centreId)).archivedAt).toEqual(now);
    expect(await setCentreArchived(getDb(), staff, centreId, true)).toEqual({ changed: false });
    expect(await setCentreArchived(getDb(), staff, centreId, false)).toEqual({ changed: true });
    expect((await centreRow(centreId)).archivedAt).toBeNull();
    expect(await auditsOf(centreId, "admin.centre.archive")).toHaveLength(1);
    const [unarchived] = await auditsOf(centreId, "admin.centre.unarchive");
    expect(unarchived!.before).toMatchObject({ archivedAt: now.toISOString() });
    expect(unarchived!.after).toMatchObject({ archivedAt: null });
  });

  test("bad input: clear French messages, nothing stored", async () => {
    const staff = await admin();
    const name = uniqueName("Centre vide");
    const err = await createCentre(getDb(), staff, { name: " ", type: "XYZ" as "PRO", city: "" }).catch((e) => e);
    expect(err).toBeInstanceOf(InvalidInput);
    expect((err as InvalidInput).fieldErrors).toEqual({
      name: "Saisissez le nom du centre.",
      type: "Choisissez le type du centre : SCO, SUP ou PRO.",
      city: "Saisissez la ville du centre.",
    });
    expect((await listCentres(getDb(), staff, { q: name })).length).toBe(0);
    await expect(updateCentre(getDb(), staff, "pas-un-id", { name: "A", type: "PRO", city: "B" })).rejects.toBeInstanceOf(NotFound);
  });

  test("search by name or city (case-insensitive) and filter by state", async () => {
    const staff = await admin();
    const tag = uniqueName("Zorglub");
    const a = await createCentre(getDb(), staff, { name: `${tag} Médiathèque`, type: "PRO", city: "Brest" });
    const b = await createCentre(getDb(), staff, { name: `Collège ${tag}`, type: "SCO", city: "Quimper" });
    const c = await createCentre(getDb(), staff, { name: "Université", type: "SUP", city: `${tag}-ville` });
    await approveCentre(getDb(), staff, b.centreId);
    await approveCentre(getDb(), staff, c.centreId);
    await setCentreArchived(getDb(), staff, c.centreId, true);
    const ids = async (filter?: "a-valider" | "valides" | "archives") => (await listCentres(getDb(), staff, { q: tag.toUpperCase(), filter })).map((r) => r.id).sort();
    expect(await ids()).toEqual([a.centreId, b.centreId, c.centreId].sort());
    expect(await ids("a-valider")).toEqual([a.centreId]);
    expect(await ids("valides")).toEqual([b.centreId]);
    expect(await ids("archives")).toEqual([c.centreId]);
    const list = await listCentres(getDb(), staff, { q: tag });
    expect(list.map(centreStateLabel).sort()).toEqual(["Archivé", "Validé", "À valider"].sort());
    // LIKE wildcards are taken literally
    expect(await listCentres(getDb(), staff, { q: "%_%zz%" })).toEqual([]);
  });

  test("an unapproved centre cannot create sessions; once approved it can", async () => {
    const staff = await admin();
    const { centreId } = await createCentre(getDb(), staff, { name: uniqueName("Centre neuf"), type: "PRO", city: "Lille" });
    const member = await newUser("Sophie");
    await addCentreMember(getDb(), staff, { centreId, email: member.email! });
    await expect(createSession(member, centreId, sessionForm())).rejects.toBeInstanceOf(Conflict);
    await approveCentre(getDb(), staff, centreId);
    await expect(createSession(member, centreId, sessionForm())).resolves.toBeTruthy();
  });

  test("staff of a centre: add by e-mail of an existing account, list, remove; all audited", async () => {
    const staff = await admin();
    const { centreId } = await createCentre(getDb(), staff, { name: uniqueName("Centre équipe"), type: "PRO", city: "Lyon" });
    const person = await newUser("Mathis");
    const added = await addCentreMember(getDb(), staff, { centreId, email: `  ${person.email!.toUpperCase()} ` });
    expect(added.added).toBe(true);
    // twice: harmless
    expect(await addCentreMember(getDb(), staff, { centreId, email: person.email! })).toEqual({ added: false, membershipId: added.membershipId });
    const view = await getCentre(getDb(), staff, centreId);
    expect(view.members.map((m) => m.email)).toEqual([person.email]);
    expect(await auditsOf(added.membershipId, "admin.centre.member.add")).toHaveLength(1);

    expect(await removeCentreMember(getDb(), staff, centreId, added.membershipId)).toEqual({ removed: true });
    expect(await removeCentreMember(getDb(), staff, centreId, added.membershipId)).toEqual({ removed: false });
    expect((await getCentre(getDb(), staff, centreId)).members).toEqual([]);
    const [removed] = await auditsOf(added.membershipId, "admin.centre.member.remove");
    expect(removed!.before).toMatchObject({ centerId: centreId, userId: person.userId });
  });

  test("adding an unknown e-mail says so clearly and stores nothing", async () => {
    const staff = await admin();
    const { centreId } = await createCentre(getDb(), staff, { name: uniqueName("Centre inconnu"), type: "PRO", city: "Caen" });
    const err = await addCentreMember(getDb(), staff, { centreId, email: uniqueEmail("personne") }).catch((e) => e);
    expect(err).toBeInstanceOf(Conflict);
    expect(err).toMatchObject({ field: "email", userMessage: NO_ACCOUNT_MESSAGE });
    expect(await getDb().select().from(centerMemberships).where(eq(centerMemberships.centerId, centreId))).toEqual([]);
    const bad = await addCentreMember(getDb(), staff, { centreId, email: "pas une adresse" }).catch((e) => e);
    expect(bad).toBeInstanceOf(InvalidInput);
  });

  test("a learner, an Orga admin and a centre member are refused every service", async () => {
    const staff = await admin();
    const { centreId } = await createCentre(getDb(), staff, { name: uniqueName("Centre gardé"), type: "PRO", city: "Metz" });
    const { centerId: otherId, staff: centreMember } = await newCenter();
    const [m] = await getDb().select().from(centerMemberships).where(eq(centerMemberships.centerId, otherId));
    const learner = await newUser("Lina");
    const orga = await newOrganisation();
    const target = await newUser("Cible");
    for (const actor of [learner, orga.admin, centreMember]) {
      await expect(listCentres(getDb(), actor)).rejects.toBeInstanceOf(NotAllowed);
      await expect(getCentre(getDb(), actor, centreId)).rejects.toBeInstanceOf(NotAllowed);
      await expect(createCentre(getDb(), actor, { name: "Pirate", type: "PRO", city: "X" })).rejects.toBeInstanceOf(NotAllowed);
      await expect(updateCentre(getDb(), actor, centreId, { name: "Pirate", type: "PRO", city: "X" })).rejects.toBeInstanceOf(NotAllowed);
      await expect(approveCentre(getDb(), actor, centreId)).rejects.toBeInstanceOf(NotAllowed);
      await expect(setCentreArchived(getDb(), actor, centreId, true)).rejects.toBeInstanceOf(NotAllowed);
      await expect(addCentreMember(getDb(), actor, { centreId: otherId, email: target.email! })).rejects.toBeInstanceOf(NotAllowed);
      await expect(removeCentreMember(getDb(), actor, otherId, m!.id)).rejects.toBeInstanceOf(NotAllowed);
    }
    await expect(approveCentre(getDb(), null, centreId)).rejects.toBeInstanceOf(NotAuthenticated);
    expect(await centreRow(centreId)).toMatchObject({ name: expect.stringContaining("Centre gardé"), approvedAt: null, archivedAt: null });
    expect(await getDb().select().from(centerMemberships).where(eq(centerMemberships.centerId, otherId))).toHaveLength(1);
  });
});
