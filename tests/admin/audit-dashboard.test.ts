/**
 * The back-office's audit log (filters, keyset pages) and dashboard figures: counted from the
 * database, and refused to anyone who is not platform staff.
 */
import { auditLog, campaigns, centerMemberships, certificationCenters, problemReports } from "@/db/schema";
import { listAuditLog } from "@/lib/admin/audit/list-audit-log";
import { getDashboard, parisToday } from "@/lib/admin/dashboard/get-dashboard";
import type { Actor } from "@/lib/auth/actor";
import { NotAllowed, NotAuthenticated } from "@/lib/errors";
import { getDb, setupTestDatabase } from "../support/db";
import { newOrganisation, newUser } from "../orga/helpers";

setupTestDatabase();

async function staff(): Promise<Actor> {
  return { ...(await newUser("Inès")), role: "admin" };
}

async function centreMember(): Promise<Actor> {
  const member = await newUser("Paul");
  const [centre] = await getDb().insert(certificationCenters).values({ name: "Centre test", approvedAt: new Date() }).returning({ id: certificationCenters.id });
  await getDb().insert(centerMemberships).values({ centerId: centre!.id, userId: member.userId });
  return member;
}

test.each([
  ["nobody", async (): Promise<Actor | null> => null, NotAuthenticated],
  ["a learner", async () => newUser("Léa"), NotAllowed],
  ["an Orga admin", async () => (await newOrganisation()).admin, NotAllowed],
  ["a certification centre member", centreMember, NotAllowed],
] as const)("%s cannot read the audit log or the dashboard", async (_who, make, error) => {
  const actor = await make();
  await expect(listAuditLog(actor, {})).rejects.toBeInstanceOf(error);
  await expect(getDashboard(actor)).rejects.toBeInstanceOf(error);
});

test("staff filter the audit log by who, action, target and day, newest first, 50 a page", async () => {
  const admin = await staff();
  const other = await newUser("Bruno");
  const target = crypto.randomUUID();
  const t0 = new Date("2031-03-10T09:00:00Z");
  const rows = Array.from({ length: 55 }, (_, i) => ({
    actorId: i % 5 === 0 ? other.userId : admin.userId,
    action: i % 2 === 0 ? "test-organisation.update" : "test-organisation.archive",
    targetType: "test-organisation",
    targetId: target,
    before: { n: i },
    after: { n: i + 1 },
    createdAt: new Date(t0.getTime() + i * 60_000),
  }));
  await getDb().insert(auditLog).values(rows);
  await getDb().insert(auditLog).values({ actorId: null, action: "test-purge.run", targetType: "test-purge", targetId: target, createdAt: new Date("2031-03-11T10:00:00Z") });

  const first = await listAuditLog(admin, { id: target, cible: "test-organisation" });
  expect(first.rows).toHaveLength(50);
  expect(first.rows[0]!.after).toEqual({ n: 55 });
  expect(first.next).not.toBeNull();
  const second = await listAuditLog(admin, { id: target, cible: "test-organisation", apres: first.next! });
  expect(second.rows.map((r) => (r.after as { n: number }).n)).toEqual([5, 4, 3, 2, 1]);
  expect(second.next).toBeNull();

  const byOther = await listAuditLog(admin, { id: target, qui: other.email!.toUpperCase() });
  expect(byOther.rows).toHaveLength(11);
  expect(byOther.rows.every((r) => r.actor?.id === other.userId)).toBe(true);
  const byName = await listAuditLog(admin, { id: target, qui: "bruno roux" });
  expect(byName.rows).toHaveLength(11);

  const archives = await listAuditLog(admin, { id: target, action: "test-organisation.arch" });
  expect(archives.rows.every((r) => r.action === "test-organisation.archive")).toBe(true);
  expect(archives.rows).toHaveLength(27);
  // "%" and "_" are literal characters, not patterns
  expect((await listAuditLog(admin, { id: target, action: "%" })).rows).toHaveLength(0);

  const system = await listAuditLog(admin, { id: target, qui: "système" });
  expect(system.rows.map((r) => r.action)).toEqual(["test-purge.run"]);
  expect(system.rows[0]!.actor).toBeNull();

  const day = await listAuditLog(admin, { id: target, du: "2031-03-11", au: "2031-03-11" });
  expect(day.rows.map((r) => r.action)).toEqual(["test-purge.run"]);
  expect((await listAuditLog(admin, { id: target, au: "2031-03-09" })).rows).toHaveLength(0);
});

test("the dashboard counts open reports and active campaigns from the database", async () => {
  const admin = await staff();
  const before = await getDashboard(admin);
  const org = await newOrganisation();
  const code = `TST${Date.now().toString(36).toUpperCase()}`;
  await getDb().insert(campaigns).values([
    { organisationId: org.orgId, name: "Active", code, type: "assessment", targetProfileId: "x", createdBy: org.admin.userId },
    { organisationId: org.orgId, name: "Archivée", code: `${code}A`, type: "assessment", targetProfileId: "x", archivedAt: new Date() },
  ]);
  await getDb().insert(problemReports).values([
    { challengeId: "chal-x", category: "autre", comment: "Le lien ne marche pas", contentVersion: "t" },
    { challengeId: "chal-x", category: "autre", comment: "Déjà vu", contentVersion: "t", handledAt: new Date() },
  ]);
  const after = await getDashboard(admin);
  expect(after.openReports - before.openReports).toBe(1);
  expect(after.activeCampaigns - before.activeCampaigns).toBe(1);
  expect(after.learners).toBeGreaterThanOrEqual(before.learners + 1);
});

test.each([
  ["winter", "2031-01-15T10:30:00Z", "2031-01-14T23:00:00.000Z"],
  ["summer", "2031-07-15T21:59:00Z", "2031-07-14T22:00:00.000Z"],
  ["just after Paris midnight", "2031-07-15T22:01:00Z", "2031-07-15T22:00:00.000Z"],
])("today starts at midnight in Paris (%s)", (_case, now, start) => {
  expect(parisToday(new Date(now)).toISOString()).toBe(start);
});
