/**
 * Content quality for staff: statistics computed from the stored answers, problem reports grouped
 * by challenge, "Marquer comme traité" (audited, harmless twice), and who may see or do it.
 */
import "../assessments/content-setup";
import { and, count, eq } from "drizzle-orm";
import { answers, assessments, auditLog, centerMemberships, certificationCenters, memberships, organisations, problemReports, users } from "@/db/schema";
import { getChallengeStats } from "@/lib/admin/content/get-challenge-stats";
import { listReportGroups } from "@/lib/admin/content/list-report-groups";
import { markReportsHandled } from "@/lib/admin/content/mark-reports-handled";
import { reportProblem } from "@/lib/assessments/report-problem";
import type { Actor } from "@/lib/auth/actor";
import { getContentIndex } from "@/lib/content";
import type { Challenge } from "@/lib/content/types";
import { InvalidInput, NotAllowed, NotAuthenticated, NotFound } from "@/lib/errors";
import { getDb, setupTestDatabase, uniqueEmail } from "../support/db";

setupTestDatabase();

async function newUser(firstName: string, role: "user" | "admin" = "user"): Promise<Actor> {
  const email = uniqueEmail(firstName.toLowerCase());
  const [u] = await getDb().insert(users).values({ email, firstName, lastName: "Durand", role, termsAcceptedAt: new Date() }).returning({ id: users.id });
  return { userId: u!.id, sessionId: "test", role, firstName, lastName: "Durand", email, isAnonymous: false };
}

/** A learner, an organisation's admin and a certification centre's member: none is platform staff. */
async function nonStaff(): Promise<[string, Actor][]> {
  const learner = await newUser("Léa");
  const orgAdmin = await newUser("Karim");
  const [org] = await getDb().insert(organisations).values({ name: "Médiathèque", type: "mediation" }).returning({ id: organisations.id });
  await getDb().insert(memberships).values({ organisationId: org!.id, userId: orgAdmin.userId, role: "ADMIN" });
  const centreMember = await newUser("Inès");
  const [centre] = await getDb().insert(certificationCenters).values({ name: "Centre de Lyon", approvedAt: new Date() }).returning({ id: certificationCenters.id });
  await getDb().insert(centerMemberships).values({ centerId: centre!.id, userId: centreMember.userId, role: "ADMIN" });
  return [
    ["a learner", learner],
    ["an organisation's admin", orgAdmin],
    ["a certification centre's member", centreMember],
  ];
}

/**
 * A challenge of that level that nobody answered or reported yet (on a shared PostgreSQL, other
 * test files answer challenges at the same time), drawn at random among them.
 */
async function challengeOfLevel(level: number, except: string[] = []): Promise<Challenge> {
  const index = getContentIndex();
  const used = new Set([
    ...(await getDb().selectDistinct({ id: answers.challengeId }).from(answers)).map((r) => r.id),
    ...(await getDb().selectDistinct({ id: problemReports.challengeId }).from(problemReports)).map((r) => r.id),
  ]);
  const candidates = [...index.challengeById.values()].filter((ch) => ch.active && index.skillById.get(ch.skillId)?.level === level && !except.includes(ch.id));
  if (candidates.length === 0) throw new Error(`no challenge of level ${level} in the content`);
  const free = candidates.filter((ch) => !used.has(ch.id));
  const pool = free.length ? free : candidates;
  return pool[Math.floor(Math.random() * pool.length)]!;
}

/** Only the rows of this file's challenges (other test files may write reports and answers too). */
const ours = <T extends { challengeId: string }>(rows: T[]) => rows.filter((r) => [easy.id, hard.id, few.id].includes(r.challengeId));

/** One completed assessment per answer (an assessment answers a challenge once), all of one learner. */
async function seedAnswers(challenge: Challenge, rows: { status: string; timeMs: number | null }[]): Promise<string[]> {
  const learner = await newUser("Paul");
  const competenceId = getContentIndex().skillById.get(challenge.skillId)!.competenceId;
  const created = await getDb()
    .insert(assessments)
    .values(rows.map(() => ({ userId: learner.userId, competenceId, state: "completed", startPix: { num: 0, den: 1 }, contentVersion: "test", completedAt: new Date() })))
    .returning({ id: assessments.id });
  await getDb()
    .insert(answers)
    .values(rows.map((r, i) => ({ assessmentId: created[i]!.id, challengeId: challenge.id, position: 1, status: r.status, timeSpentMs: r.timeMs, levelBefore: 0, levelAfter: 0, contentVersion: "test" })));
  return created.map((c) => c.id);
}

const repeat = (n: number, status: string, timeMs: number | null) => Array.from({ length: n }, () => ({ status, timeMs }));

async function refusal(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected a refusal");
}

async function auditRows(targetId: string) {
  return getDb().select().from(auditLog).where(and(eq(auditLog.targetId, targetId), eq(auditLog.action, "problem-reports.handle")));
}

let admin: Actor;
let easy: Challenge; // level 5, 29 ok of 30 → too easy
let hard: Challenge; // level 1, 5 ok of 28 playable → too hard
let few: Challenge; // level 5, 29 answers all ok → too few to warn
let hardAssessmentId: string;

beforeAll(async () => {
  admin = await newUser("Agnès", "admin");
  easy = await challengeOfLevel(5);
  few = await challengeOfLevel(5, [easy.id]);
  hard = await challengeOfLevel(1);
  // times 1 s, 2 s … 29 s and one unknown: the mean is over the 29 known times = 15 s
  await seedAnswers(easy, [...Array.from({ length: 29 }, (_, i) => ({ status: "ok", timeMs: (i + 1) * 1000 })), { status: "ko", timeMs: null }]);
  [hardAssessmentId] = await seedAnswers(hard, [...repeat(5, "ok", 4000), ...repeat(3, "skipped", 4000), ...repeat(2, "unplayable", 4000), ...repeat(18, "ko", 4000), ...repeat(2, "timedout", 4000)]) as [string];
  await seedAnswers(few, repeat(29, "ok", 2500));
});

describe("challenge statistics from the stored answers", () => {
  test("served, success rate, skip rate and mean time are exact; warnings follow the level", async () => {
    const rows = await getChallengeStats(admin);
    const byId = new Map(rows.map((r) => [r.challengeId, r]));

    const e = byId.get(easy.id)!;
    expect(e).toMatchObject({ served: 30, level: 5, meanTimeMs: 15000, skipRate: 0 });
    expect(e.successRate).toBeCloseTo(29 / 30, 10);
    expect(e.warning).toMatch(/^Réussie par 97\s% des personnes alors qu'elle est de niveau 5 : elle est peut-être trop facile\.$/);
    expect(e.competence?.id).toBe(getContentIndex().skillById.get(easy.skillId)!.competenceId);

    const h = byId.get(hard.id)!;
    expect(h).toMatchObject({ served: 30, level: 1, meanTimeMs: 4000 });
    expect(h.successRate).toBeCloseTo(5 / 28, 10); // unplayable answers left out
    expect(h.skipRate).toBeCloseTo(3 / 30, 10);
    expect(h.warning).toMatch(/Réussie par seulement 18\s% des personnes alors qu'elle est de niveau 1/);

    const f = byId.get(few.id)!;
    expect(f).toMatchObject({ served: 29, successRate: 1, skipRate: 0, meanTimeMs: 2500, warning: null });

    // warnings first
    expect(ours(rows).slice(0, 2).map((r) => r.challengeId).sort()).toEqual([easy.id, hard.id].sort());
  });

  test("?alerte=1 keeps only the warnings; a competence keeps only its challenges", async () => {
    const warned = await getChallengeStats(admin, { warningsOnly: true });
    expect(ours(warned).map((r) => r.challengeId).sort()).toEqual([easy.id, hard.id].sort());
    expect(warned.every((r) => r.warning !== null)).toBe(true);
    const competenceId = getContentIndex().skillById.get(hard.skillId)!.competenceId;
    const ofCompetence = await getChallengeStats(admin, { competenceId });
    expect(ofCompetence.map((r) => r.challengeId)).toContain(hard.id);
    expect(ofCompetence.every((r) => r.competence?.id === competenceId)).toBe(true);
  });
});

describe("problem reports grouped by challenge", () => {
  const day = (d: number) => new Date(Date.UTC(2026, 10, d, 10));

  beforeAll(async () => {
    const reporter = await newUser("Zoé");
    await getDb()
      .insert(problemReports)
      .values([
        { userId: reporter.userId, challengeId: easy.id, category: "question", comment: "La consigne est ambiguë.", contentVersion: "test", createdAt: day(1) },
        { userId: reporter.userId, challengeId: easy.id, category: "image", comment: "L'image ne s'affiche pas.", contentVersion: "test", createdAt: day(2) },
        { userId: reporter.userId, challengeId: easy.id, category: "question", comment: "Deux réponses possibles.", contentVersion: "test", createdAt: day(3) },
        { userId: reporter.userId, challengeId: easy.id, category: "link", comment: "Le lien est cassé.", contentVersion: "test", createdAt: day(4) },
      ]);
    // one made the way learners make them, on a challenge they answered
    const [a] = await getDb().select().from(assessments).where(eq(assessments.id, hardAssessmentId));
    const owner = { ...admin, userId: a!.userId, role: "user" as const };
    await reportProblem(owner, { assessmentId: hardAssessmentId, challengeId: hard.id, category: "answer", comment: "Ma réponse était juste." });
  });

  test("the most reported first, with counts by category in French, the 3 latest comments and the oldest date", async () => {
    const groups = ours(await listReportGroups(admin));
    expect(groups.map((g) => [g.challengeId, g.total])).toEqual([
      [easy.id, 4],
      [hard.id, 1],
    ]);
    const g = groups[0]!;
    expect(g.level).toBe(5);
    expect(g.skillName).toBe(easy.skillId);
    expect(g.byCategory.map((c) => [c.label, c.count])).toEqual([
      ["La question", 2],
      ["L'image", 1],
      ["Un lien", 1],
    ]);
    expect(g.latestComments.map((c) => c.comment)).toEqual(["Le lien est cassé.", "Deux réponses possibles.", "L'image ne s'affiche pas."]);
    expect(g.latestComments[0]!.createdAt).toEqual(day(4));
    expect(g.oldestAt).toEqual(day(1));
    expect(groups[1]!.byCategory).toEqual([{ category: "answer", label: "La réponse attendue", count: 1 }]);

    const stats = new Map((await getChallengeStats(admin)).map((r) => [r.challengeId, r.openReports]));
    expect(stats.get(easy.id)).toBe(4);
    expect(stats.get(hard.id)).toBe(1);
  });

  test("the competence filter keeps only the reports on its challenges", async () => {
    const index = getContentIndex();
    const easyCompetence = index.skillById.get(easy.skillId)!.competenceId;
    const groups = await listReportGroups(admin, { competenceId: easyCompetence });
    expect(groups.map((g) => g.challengeId)).toContain(easy.id);
    expect(groups.every((g) => g.competence?.id === easyCompetence)).toBe(true);
    const other = index.referential.competences.find((c) => c.id !== easyCompetence && c.id !== index.skillById.get(hard.skillId)!.competenceId)!;
    expect(ours(await listReportGroups(admin, { competenceId: other.id }))).toEqual([]);
  });

  test("refused for anyone but staff, and nothing changes", async () => {
    expect(await refusal(listReportGroups(null))).toBeInstanceOf(NotAuthenticated);
    expect(await refusal(getChallengeStats(null))).toBeInstanceOf(NotAuthenticated);
    expect(await refusal(markReportsHandled(null, { challengeId: easy.id }))).toBeInstanceOf(NotAuthenticated);
    for (const [who, actor] of await nonStaff()) {
      expect([who, await refusal(listReportGroups(actor))]).toEqual([who, expect.any(NotAllowed)]);
      expect([who, await refusal(getChallengeStats(actor))]).toEqual([who, expect.any(NotAllowed)]);
      expect([who, await refusal(markReportsHandled(actor, { challengeId: easy.id }))]).toEqual([who, expect.any(NotAllowed)]);
    }
    const [open] = await getDb().select({ n: count() }).from(problemReports).where(and(eq(problemReports.challengeId, easy.id)));
    expect(Number(open!.n)).toBe(4);
    expect((await listReportGroups(admin)).find((g) => g.challengeId === easy.id)?.total).toBe(4);
    expect(await auditRows(easy.id)).toHaveLength(0);
  });

  test("bad input is refused", async () => {
    expect(await refusal(markReportsHandled(admin, {}))).toBeInstanceOf(InvalidInput);
    expect(await refusal(markReportsHandled(admin, { reportId: "pas-un-uuid" }))).toBeInstanceOf(InvalidInput);
    expect(await refusal(markReportsHandled(admin, { reportId: "00000000-0000-4000-8000-000000000000" }))).toBeInstanceOf(NotFound);
  });

  test("« Marquer comme traité » moves the group to the handled list, is audited, and a second click changes nothing", async () => {
    const now = new Date(Date.UTC(2026, 11, 5, 8));
    expect(await markReportsHandled(admin, { challengeId: easy.id }, now)).toEqual({ marked: 4 });

    const open = ours(await listReportGroups(admin));
    expect(open.map((g) => g.challengeId)).toEqual([hard.id]);
    const handled = ours(await listReportGroups(admin, { state: "handled" }));
    expect(handled.map((g) => [g.challengeId, g.total])).toEqual([[easy.id, 4]]);

    const rows = await getDb().select().from(problemReports).where(eq(problemReports.challengeId, easy.id));
    expect(rows.every((r) => r.handledAt?.getTime() === now.getTime() && r.handledBy === admin.userId)).toBe(true);
    const audit = await auditRows(easy.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]!).toMatchObject({ actorId: admin.userId, targetType: "challenge" });
    expect(audit[0]!.before).toMatchObject({ handledAt: null, handledBy: null, reportIds: rows.map((r) => r.id).sort() });
    expect(audit[0]!.after).toMatchObject({ handledAt: now.toISOString(), handledBy: admin.userId });

    // double click
    expect(await markReportsHandled(admin, { challengeId: easy.id }, new Date())).toEqual({ marked: 0 });
    expect(await auditRows(easy.id)).toHaveLength(1);
    const again = await getDb().select().from(problemReports).where(eq(problemReports.challengeId, easy.id));
    expect(again.every((r) => r.handledAt?.getTime() === now.getTime())).toBe(true);

    // the statistics no longer count them as open
    const stats = new Map((await getChallengeStats(admin)).map((r) => [r.challengeId, r.openReports]));
    expect(stats.get(easy.id)).toBe(0);
  });

  test("one report can be marked on its own", async () => {
    const [r] = await getDb().select().from(problemReports).where(eq(problemReports.challengeId, hard.id));
    expect(await markReportsHandled(admin, { reportId: r!.id })).toEqual({ marked: 1 });
    expect(await markReportsHandled(admin, { reportId: r!.id })).toEqual({ marked: 0 });
    expect(ours(await listReportGroups(admin))).toEqual([]);
    const [audit] = await getDb().select().from(auditLog).where(eq(auditLog.targetId, r!.id));
    expect(audit).toMatchObject({ targetType: "problem-report", action: "problem-reports.handle" });
  });
});
