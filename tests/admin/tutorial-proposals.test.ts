/**
 * Tutorial proposals reviewed by staff: the list, "Accepter" (then shown to learners, marked
 * "Proposé par un utilisateur de Pix"), "Refuser" with a reason, double submissions, audit, and
 * refusals for anyone who is not platform staff.
 */
import "../assessments/content-setup";
import { and, eq } from "drizzle-orm";
import { answers, assessments, auditLog, centerMemberships, certificationCenters, memberships, organisations, tutorialProposals, users } from "@/db/schema";
import { listProposals } from "@/lib/admin/tutorials/list-proposals";
import { reviewProposal } from "@/lib/admin/tutorials/review-proposal";
import type { Actor } from "@/lib/auth/actor";
import { getContentIndex } from "@/lib/content";
import { Conflict, InvalidInput, NotAllowed, NotAuthenticated, NotFound } from "@/lib/errors";
import { COMMUNITY_TUTORIAL_MARK, listMyTutorials } from "@/lib/tutorials/list-tutorials";
import { proposeTutorial } from "@/lib/tutorials/propose-tutorial";
import { getDb, setupTestDatabase, uniqueEmail } from "../support/db";

setupTestDatabase();

async function newUser(firstName: string, role: "user" | "admin" = "user"): Promise<Actor> {
  const email = uniqueEmail(firstName.toLowerCase().normalize("NFD").replace(/[^a-z]/g, ""));
  const [u] = await getDb().insert(users).values({ email, firstName, lastName: "Durand", role, termsAcceptedAt: new Date() }).returning({ id: users.id });
  return { userId: u!.id, sessionId: "test", role, firstName, lastName: "Durand", email, isAnonymous: false };
}

async function nonStaff(): Promise<[string, Actor][]> {
  const learner = await newUser("Léa");
  const orgAdmin = await newUser("Karim");
  const [org] = await getDb().insert(organisations).values({ name: "Médiathèque", type: "mediation" }).returning({ id: organisations.id });
  await getDb().insert(memberships).values({ organisationId: org!.id, userId: orgAdmin.userId, role: "ADMIN" });
  const centreMember = await newUser("Inès");
  const [centre] = await getDb().insert(certificationCenters).values({ name: "Centre de Lyon", approvedAt: new Date() }).returning({ id: certificationCenters.id });
  await getDb().insert(centerMemberships).values({ centerId: centre!.id, userId: centreMember.userId, role: "MEMBER" });
  return [
    ["a learner", learner],
    ["an organisation's admin", orgAdmin],
    ["a certification centre's member", centreMember],
  ];
}

async function refusal(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected a refusal");
}

/** A learner who got a challenge of this skill wrong: the skill's tutorials are recommended to them. */
async function learnerWhoMissed(skillId: string): Promise<Actor> {
  const learner = await newUser("Tom");
  const index = getContentIndex();
  const challenge = [...index.challengeById.values()].find((c) => c.skillId === skillId)!;
  const [a] = await getDb()
    .insert(assessments)
    .values({ userId: learner.userId, competenceId: index.skillById.get(skillId)!.competenceId, state: "completed", startPix: { num: 0, den: 1 }, contentVersion: "test" })
    .returning({ id: assessments.id });
  await getDb().insert(answers).values({ assessmentId: a!.id, challengeId: challenge.id, position: 1, status: "ko", timeSpentMs: 5000, levelBefore: 0, levelAfter: 0, contentVersion: "test" });
  return learner;
}

const skillWithChallenge = () => {
  const index = getContentIndex();
  return index.skillById.get([...index.challengeById.values()].find((c) => c.active)!.skillId)!;
};

/** Each proposal from a new learner named Mélanie (proposals are rate-limited per learner). */
async function propose(title: string, now = new Date()): Promise<string> {
  const by = await newUser("Mélanie");
  const { id } = await proposeTutorial(by, { skillId: skillWithChallenge().id, title, url: "https://exemple.fr/tuto", why: "Il explique pas à pas ce que la question demande." }, now);
  return id;
}

async function stored(id: string) {
  const [row] = await getDb().select().from(tutorialProposals).where(eq(tutorialProposals.id, id));
  return row!;
}

const auditOf = (id: string) => getDb().select().from(auditLog).where(and(eq(auditLog.targetType, "tutorial-proposal"), eq(auditLog.targetId, id)));

let admin: Actor;

beforeAll(async () => {
  admin = await newUser("Agnès", "admin");
});

test("staff see pending proposals first (oldest first) with the skill, its competence and the proposer's first name", async () => {
  const second = await propose("Trier les résultats", new Date(Date.now() - 60_000));
  const first = await propose("Bien choisir ses mots-clés", new Date(Date.now() - 120_000));
  const { pending } = await listProposals(admin);
  const mine = pending.filter((p) => p.id === first || p.id === second);
  expect(mine.map((p) => p.title)).toEqual(["Bien choisir ses mots-clés", "Trier les résultats"]);
  const skill = skillWithChallenge();
  const competence = getContentIndex().competenceById.get(skill.competenceId)!;
  expect(mine[0]).toMatchObject({
    state: "pending",
    url: "https://exemple.fr/tuto",
    why: "Il explique pas à pas ce que la question demande.",
    proposerFirstName: "Mélanie",
    skill: { id: skill.id, name: skill.name, level: skill.level },
    competence: { id: competence.id, code: competence.code, name: competence.name },
  });
});

test("« Accepter » makes the proposal visible to learners, marked as proposed by a user; audited; twice is harmless", async () => {
  const id = await propose("Lire une adresse web");
  const learner = await learnerWhoMissed(skillWithChallenge().id);
  expect((await listMyTutorials(learner)).community.map((t) => t.id)).not.toContain(id);

  const now = new Date(Date.UTC(2026, 11, 5, 9));
  expect(await reviewProposal(admin, { proposalId: id, decision: "accept" }, now)).toEqual({ changed: true });
  expect(await stored(id)).toMatchObject({ state: "accepted", reviewedBy: admin.userId, reviewedAt: now });

  const seen = (await listMyTutorials(learner)).community.find((t) => t.id === id);
  expect(seen).toEqual({ id, skillId: skillWithChallenge().id, title: "Lire une adresse web", url: "https://exemple.fr/tuto", body: null, mark: COMMUNITY_TUTORIAL_MARK });
  expect(COMMUNITY_TUTORIAL_MARK).toBe("Proposé par un utilisateur de Pix");
  // a learner who made no mistake on this skill does not get it
  expect((await listMyTutorials(await newUser("Sam"))).community).toEqual([]);

  const audit = await auditOf(id);
  expect(audit).toHaveLength(1);
  expect(audit[0]).toMatchObject({ actorId: admin.userId, action: "tutorial-proposal.accept", before: { state: "pending" }, after: { state: "accepted", reviewedBy: admin.userId } });

  expect(await reviewProposal(admin, { proposalId: id, decision: "accept" })).toEqual({ changed: false });
  expect(await auditOf(id)).toHaveLength(1);
  expect((await stored(id)).reviewedAt).toEqual(now);
  // the opposite decision afterwards is refused
  expect(await refusal(reviewProposal(admin, { proposalId: id, decision: "refuse", reason: "Finalement non." }))).toBeInstanceOf(Conflict);
  expect((await stored(id)).state).toBe("accepted");

  const { pending, reviewed } = await listProposals(admin);
  expect(pending.map((p) => p.id)).not.toContain(id);
  expect(reviewed.map((p) => p.id)).toContain(id);
});

test("« Refuser » needs a reason; with one, the proposal is rejected and never shown to learners", async () => {
  const id = await propose("Un tutoriel publicitaire");
  for (const reason of [undefined, "", "   "]) {
    const e = await refusal(reviewProposal(admin, { proposalId: id, decision: "refuse", reason }));
    expect(e).toBeInstanceOf(InvalidInput);
    expect((e as InvalidInput).fieldErrors.reason).toBe("Expliquez en quelques mots pourquoi vous refusez ce tutoriel.");
  }
  expect(await stored(id)).toMatchObject({ state: "pending", reviewedAt: null, reviewComment: null });
  expect(await auditOf(id)).toHaveLength(0);

  expect(await reviewProposal(admin, { proposalId: id, decision: "refuse", reason: "  Le lien mène à une publicité.  " })).toEqual({ changed: true });
  expect(await stored(id)).toMatchObject({ state: "rejected", reviewedBy: admin.userId, reviewComment: "Le lien mène à une publicité." });
  expect((await auditOf(id))[0]).toMatchObject({ action: "tutorial-proposal.refuse", after: { state: "rejected", reviewComment: "Le lien mène à une publicité." } });
  expect(await reviewProposal(admin, { proposalId: id, decision: "refuse", reason: "Encore." })).toEqual({ changed: false });
  expect((await stored(id)).reviewComment).toBe("Le lien mène à une publicité.");

  const learner = await learnerWhoMissed(skillWithChallenge().id);
  expect((await listMyTutorials(learner)).community.map((t) => t.id)).not.toContain(id);
});

test("bad input: unknown proposal, unknown decision", async () => {
  expect(await refusal(reviewProposal(admin, { proposalId: "00000000-0000-4000-8000-000000000000", decision: "accept" }))).toBeInstanceOf(NotFound);
  expect(await refusal(reviewProposal(admin, { proposalId: "pas-un-uuid", decision: "accept" }))).toBeInstanceOf(InvalidInput);
  const id = await propose("Un autre tutoriel");
  expect(await refusal(reviewProposal(admin, { proposalId: id, decision: "publier" as "accept" }))).toBeInstanceOf(InvalidInput);
  expect((await stored(id)).state).toBe("pending");
});

test("a learner, an organisation's admin and a centre member are refused every service; nothing changes", async () => {
  const id = await propose("Proposition à protéger");
  expect(await refusal(listProposals(null))).toBeInstanceOf(NotAuthenticated);
  expect(await refusal(reviewProposal(null, { proposalId: id, decision: "accept" }))).toBeInstanceOf(NotAuthenticated);
  for (const [who, actor] of await nonStaff()) {
    expect([who, await refusal(listProposals(actor))]).toEqual([who, expect.any(NotAllowed)]);
    expect([who, await refusal(reviewProposal(actor, { proposalId: id, decision: "accept" }))]).toEqual([who, expect.any(NotAllowed)]);
    expect([who, await refusal(reviewProposal(actor, { proposalId: id, decision: "refuse", reason: "Pas utile." }))]).toEqual([who, expect.any(NotAllowed)]);
  }
  expect(await stored(id)).toMatchObject({ state: "pending", reviewedAt: null });
  expect(await auditOf(id)).toHaveLength(0);
});
