/**
 * One participant's page in Pix Orga: frozen results and answers once shared (only progress
 * before), ABC Diag's dimensions, progress across tries and campaigns of the structure, and the
 * structure's private observation notes (delete only your own). Nobody else reads any of it.
 */
import { randomInt } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { campaignParticipations, campaigns, participationNotes } from "@/db/schema";
import { answerDiag } from "@/lib/abc-diag/answer-diag";
import { answerChallenge } from "@/lib/assessments/answer-challenge";
import type { Actor } from "@/lib/auth/actor";
import { getCampaignChallenge } from "@/lib/campaigns/get-campaign-challenge";
import { joinCampaign } from "@/lib/campaigns/join-campaign";
import { addNote } from "@/lib/campaigns/orga/add-note";
import { deleteNote } from "@/lib/campaigns/orga/delete-note";
import { getParticipant } from "@/lib/campaigns/orga/get-participant";
import { retryParticipation } from "@/lib/campaigns/retry-participation";
import { shareParticipation } from "@/lib/campaigns/share-participation";
import { getContentIndex } from "@/lib/content";
import { InvalidInput, NotAllowed, NotAuthenticated, NotFound } from "@/lib/errors";
import { formFor, newLearner } from "../assessments/helpers";
import { getDb, setupTestDatabase } from "../support/db";
import { addMember, newOrganisation, newUser } from "./helpers";

setupTestDatabase();

const DAY = 24 * 3600_000;

function newCode(): string {
  const letters = Array.from({ length: 6 }, () => "BCDFGHJKMNPQRSTVWXZ"[randomInt(19)]).join("");
  return `${letters}${String(randomInt(1000)).padStart(3, "0")}`;
}

async function campaignOf(orgId: string, type: "abc-diag" | "assessment", opts: { multiple?: boolean } = {}) {
  const code = newCode();
  const [c] = await getDb()
    .insert(campaigns)
    .values({
      organisationId: orgId,
      code,
      name: type === "abc-diag" ? "ABC Diag de l'accueil" : "ABC Pix : la messagerie",
      type,
      targetProfileId: type === "assessment" ? "abc-messagerie" : null,
      allowAnonymous: type === "abc-diag",
      multipleSendings: opts.multiple ?? false,
    })
    .returning({ id: campaigns.id });
  return { code, id: c!.id };
}

/** Answers the whole adaptive test: the n-th answer right when right(n). */
async function takeTest(actor: Actor, code: string, right: (n: number) => boolean, now = new Date()): Promise<number> {
  for (let n = 1; n < 200; n++) {
    const current = await getCampaignChallenge(actor, { code }, now);
    if (current.kind === "completed") return n - 1;
    const challenge = getContentIndex().challengeById.get(current.challenge.id)!;
    await answerChallenge(actor, await formFor(actor, challenge, current.assessmentId, right(n)), now);
  }
  throw new Error("the test never ended");
}

async function participationOf(campaignId: string, userId: string, current = true) {
  const [p] = await getDb()
    .select()
    .from(campaignParticipations)
    .where(and(eq(campaignParticipations.campaignId, campaignId), eq(campaignParticipations.userId, userId), eq(campaignParticipations.isImproved, !current)));
  return p!;
}

test("an assessment participant: only progress before sending; then frozen results, stage and every answer in order", async () => {
  const org = await newOrganisation();
  const c = await campaignOf(org.orgId, "assessment");
  const learner = await newLearner("Robert");
  await joinCampaign(learner, { code: c.code, ip: "10.30.0.1" });
  const answered = await takeTest(learner, c.code, (n) => n % 3 !== 0);
  const p = await participationOf(c.id, learner.userId);
  const ids = { orgId: org.orgId, campaignId: c.id, participationId: p.id };

  const before = await getParticipant(org.admin, ids);
  expect(before).toMatchObject({ name: "Robert Martin", status: "completed", results: null, answers: [], progress: { answered, testFinished: true } });

  await shareParticipation(learner, { code: c.code });
  const after = await getParticipant(org.admin, ids);
  const frozen = await participationOf(c.id, learner.userId);
  expect(after.status).toBe("shared");
  expect(after.sharedAt).toEqual(frozen.sharedAt);
  expect(after.results!.masteryPercent).toBe(Math.floor(frozen.masteryBasisPoints! / 100));
  expect(after.results!.themes.map((t) => t.name)).toEqual(frozen.snapshot!.themes.map((t) => t.name));
  const profile = getContentIndex().targetProfileById.get("abc-messagerie")!;
  expect(after.results!.stage).toMatchObject({ number: frozen.stageReached, title: profile.stages[frozen.stageReached! - 1]!.title });
  expect(after.results!.stage!.mediatorMessage).toBe(profile.stages[frozen.stageReached! - 1]!.mediatorMessage ?? null);
  expect(after.answers.map((a) => a.position)).toEqual(Array.from({ length: answered }, (_, i) => i + 1));
  expect(after.answers[0]).toMatchObject({ right: true, statusLabel: "Bonne réponse" });
  expect(after.answers[2]).toMatchObject({ right: false, statusLabel: "Mauvaise réponse" });
  expect(after.answers[0]!.instruction.length).toBeLessThanOrEqual(121);
  expect(after.answers[0]!.tubeTitle).toBeTruthy();
  expect(after.totalTimeMs === null || after.totalTimeMs >= 0).toBe(true);
});

test("progress across tries and the structure's other campaigns: older try marked, other structures left out", async () => {
  const org = await newOrganisation();
  const c = await campaignOf(org.orgId, "assessment", { multiple: true });
  const diagCampaign = await campaignOf(org.orgId, "abc-diag");
  const elsewhere = await newOrganisation("Centre social");
  const otherOrgCampaign = await campaignOf(elsewhere.orgId, "abc-diag");
  const learner = await newLearner("Robert");
  await joinCampaign(learner, { code: diagCampaign.code, ip: "10.31.0.1" });
  await joinCampaign(learner, { code: otherOrgCampaign.code, ip: "10.31.0.1" });
  await joinCampaign(learner, { code: c.code, ip: "10.31.0.1" });
  await takeTest(learner, c.code, (n) => n % 2 === 0);
  await shareParticipation(learner, { code: c.code });
  const later = new Date(Date.now() + 5 * DAY);
  await retryParticipation(learner, { code: c.code }, later);
  await takeTest(learner, c.code, () => true, later);
  await shareParticipation(learner, { code: c.code }, later);

  const first = await participationOf(c.id, learner.userId, false);
  const second = await participationOf(c.id, learner.userId);
  const d = await getParticipant(org.admin, { orgId: org.orgId, campaignId: c.id, participationId: second.id });
  expect(d.history.map((h) => h.campaignName).sort()).toEqual(["ABC Diag de l'accueil", "ABC Pix : la messagerie", "ABC Pix : la messagerie"]);
  const old = d.history.find((h) => h.participationId === first.id)!;
  const now = d.history.find((h) => h.participationId === second.id)!;
  expect(old).toMatchObject({ isImproved: true, isThis: false, masteryPercent: Math.floor(first.masteryBasisPoints! / 100) });
  expect(now).toMatchObject({ isImproved: false, isThis: true, masteryPercent: Math.floor(second.masteryBasisPoints! / 100) });
  expect(now.masteryPercent!).toBeGreaterThanOrEqual(old.masteryPercent!);
  expect(d.history.some((h) => h.campaignId === otherOrgCampaign.id)).toBe(false);
  // the older try has its own page, marked as replaced
  expect(await getParticipant(org.admin, { orgId: org.orgId, campaignId: c.id, participationId: first.id })).toMatchObject({ isImproved: true, status: "shared" });
});

test("an ABC Diag participant without an account: 'Participant anonyme', result code, dimensions, orientation, missed gestures", async () => {
  const org = await newOrganisation();
  const c = await campaignOf(org.orgId, "abc-diag");
  const joined = await joinCampaign(null, { code: c.code, ip: "10.32.0.1" });
  const { sessions } = await import("@/db/schema");
  const [s] = await getDb().select().from(sessions).where(eq(sessions.id, joined.newSessionId!));
  const visitor: Actor = { userId: s!.userId, sessionId: s!.id, role: "user", firstName: "", lastName: "", email: null, isAnonymous: true };
  const questions = getContentIndex().referential.abcDiag!.questions;
  const p = await participationOf(c.id, visitor.userId);
  const ids = { orgId: org.orgId, campaignId: c.id, participationId: p.id };
  const { assessmentId: _a, ...form1 } = await formFor(visitor, questions[0]!.challenge, joined.runId!, true, "diag");
  await answerDiag(visitor, { ...form1, runId: joined.runId! });
  expect((await getParticipant(org.admin, ids)).diag).toMatchObject({ completed: false, answered: 1, questionCount: 10, dimensions: null });
  for (const [i, q] of questions.slice(1).entries()) {
    const { assessmentId: _b, ...form } = await formFor(visitor, q.challenge, joined.runId!, i !== 0, "diag");
    await answerDiag(visitor, { ...form, runId: joined.runId! });
  }
  const d = await getParticipant(org.admin, ids);
  expect(d).toMatchObject({ name: "Participant anonyme", isAnonymous: true, status: "shared" });
  expect(d.diag!.resultCode).toMatch(/^D-/);
  expect(d.diag!.dimensions).toHaveLength(3);
  expect(d.diag!.orientation).toMatch(/^(autonome|abc-pix|accompagnement)$/);
  // the second question was missed: its gesture is listed in its dimension
  const missed = d.diag!.dimensions!.find((dim) => dim.id === questions[1]!.dimension)!;
  expect(missed.missed).toContain(questions[1]!.gesture);
});

test("observation notes: members of the structure add and read them; only the author deletes one; empty or too long refused", async () => {
  const org = await newOrganisation();
  const c = await campaignOf(org.orgId, "abc-diag");
  const learner = await newLearner();
  await joinCampaign(learner, { code: c.code, ip: "10.33.0.1" });
  const p = await participationOf(c.id, learner.userId);
  const ids = { orgId: org.orgId, campaignId: c.id, participationId: p.id };
  const member = await newUser("Lina");
  await addMember(org.orgId, member);

  await expect(addNote(org.admin, { ...ids, body: "   " })).rejects.toMatchObject({ fieldErrors: { body: "Écrivez votre note avant de l'enregistrer." } });
  await expect(addNote(org.admin, { ...ids, body: "x".repeat(2001) })).rejects.toBeInstanceOf(InvalidInput);
  const { noteId } = await addNote(org.admin, { ...ids, body: "  Hésite avec la souris, à revoir le double-clic.  " }, new Date(Date.now() - 60_000));
  const { noteId: memberNote } = await addNote(member, { ...ids, body: "A bien progressé au clavier." });

  const seen = await getParticipant(member, ids);
  expect(seen.notes).toEqual([
    expect.objectContaining({ id: noteId, body: "Hésite avec la souris, à revoir le double-clic.", authorName: "Karim Roux", mine: false }),
    expect.objectContaining({ id: memberNote, authorName: "Lina Roux", mine: true }),
  ]);
  await expect(deleteNote(member, { ...ids, noteId })).rejects.toBeInstanceOf(NotAllowed);
  await deleteNote(org.admin, { ...ids, noteId });
  expect((await getParticipant(org.admin, ids)).notes.map((n) => n.id)).toEqual([memberNote]);
  await expect(deleteNote(org.admin, { ...ids, noteId })).rejects.toBeInstanceOf(NotFound);

  // another organisation's admin: refused everywhere, and the notes are untouched
  const other = await newOrganisation("Centre social");
  await expect(addNote(other.admin, { ...ids, body: "intrus" })).rejects.toBeInstanceOf(NotAllowed);
  await expect(deleteNote(other.admin, { ...ids, noteId: memberNote })).rejects.toBeInstanceOf(NotAllowed);
  // their own organisation and campaign in the address, this participation: not found
  const theirs = await campaignOf(other.orgId, "abc-diag");
  await expect(addNote(other.admin, { orgId: other.orgId, campaignId: theirs.id, participationId: p.id, body: "intrus" })).rejects.toBeInstanceOf(NotFound);
  await expect(deleteNote(other.admin, { orgId: other.orgId, campaignId: theirs.id, participationId: p.id, noteId: memberNote })).rejects.toBeInstanceOf(NotFound);
  const notes = await getDb().select().from(participationNotes).where(eq(participationNotes.participationId, p.id));
  expect(notes.map((n) => n.body)).toEqual(["A bien progressé au clavier."]);
});

test("a member of another organisation, the learner, an anonymous participant and a visitor read nothing; a participation of another campaign is not found", async () => {
  const org = await newOrganisation();
  const c = await campaignOf(org.orgId, "abc-diag");
  const c2 = await campaignOf(org.orgId, "abc-diag");
  const learner = await newLearner();
  await joinCampaign(learner, { code: c.code, ip: "10.34.0.1" });
  const p = await participationOf(c.id, learner.userId);
  const ids = { orgId: org.orgId, campaignId: c.id, participationId: p.id };
  const other = await newOrganisation("Centre social");
  await expect(getParticipant(other.admin, ids)).rejects.toBeInstanceOf(NotAllowed);
  await expect(getParticipant(learner, ids)).rejects.toBeInstanceOf(NotAllowed);
  await expect(getParticipant(await newUser("Anne", { anonymous: true }), ids)).rejects.toBeInstanceOf(NotAllowed);
  await expect(getParticipant(null, ids)).rejects.toBeInstanceOf(NotAuthenticated);
  await expect(addNote(learner, { ...ids, body: "moi" })).rejects.toBeInstanceOf(NotAllowed);
  await expect(addNote(null, { ...ids, body: "moi" })).rejects.toBeInstanceOf(NotAuthenticated);
  await expect(deleteNote(learner, { ...ids, noteId: p.id })).rejects.toBeInstanceOf(NotAllowed);
  await expect(getParticipant(org.admin, { ...ids, campaignId: c2.id })).rejects.toBeInstanceOf(NotFound);
  await expect(getParticipant(org.admin, { ...ids, participationId: "nimporte-quoi" })).rejects.toBeInstanceOf(NotFound);
  expect((await getParticipant(org.admin, ids)).name).toBe("Léa Martin");
});
