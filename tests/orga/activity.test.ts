/**
 * A campaign's "Activité" page for its structure: counts by status, joins per day, and the live
 * view (who is answering now, at which question; not someone idle for an hour). Members of the
 * organisation only.
 */
import { randomInt } from "node:crypto";
import { eq } from "drizzle-orm";
import { campaigns, sessions } from "@/db/schema";
import { answerDiag } from "@/lib/abc-diag/answer-diag";
import { answerChallenge } from "@/lib/assessments/answer-challenge";
import type { Actor } from "@/lib/auth/actor";
import { getCampaignChallenge } from "@/lib/campaigns/get-campaign-challenge";
import { joinCampaign } from "@/lib/campaigns/join-campaign";
import { getActivity, sinceInWords } from "@/lib/campaigns/orga/get-activity";
import { getContentIndex } from "@/lib/content";
import { NotAllowed, NotAuthenticated, NotFound } from "@/lib/errors";
import { formFor, newLearner } from "../assessments/helpers";
import { getDb, setupTestDatabase } from "../support/db";
import { addMember, newOrganisation, newUser } from "./helpers";

setupTestDatabase();

const MIN = 60_000;

function newCode(): string {
  const letters = Array.from({ length: 6 }, () => "BCDFGHJKMNPQRSTVWXZ"[randomInt(19)]).join("");
  return `${letters}${String(randomInt(1000)).padStart(3, "0")}`;
}

async function campaignOf(orgId: string, type: "abc-diag" | "assessment") {
  const code = newCode();
  const [c] = await getDb()
    .insert(campaigns)
    .values({ organisationId: orgId, code, name: type === "abc-diag" ? "ABC Diag de l'accueil" : "ABC Pix : la messagerie", type, targetProfileId: type === "assessment" ? "abc-messagerie" : null, allowAnonymous: type === "abc-diag" })
    .returning({ id: campaigns.id });
  return { code, id: c!.id };
}

async function anonymousOf(sessionId: string): Promise<Actor> {
  const [s] = await getDb().select().from(sessions).where(eq(sessions.id, sessionId));
  return { userId: s!.userId, sessionId, role: "user", firstName: "", lastName: "", email: null, isAnonymous: true };
}

/** Answers the next `count` questions of an ABC Diag run at the given time. */
async function answerDiagQuestions(actor: Actor, runId: string, count: number, at: Date, from = 0) {
  const questions = getContentIndex().referential.abcDiag!.questions;
  for (const q of questions.slice(from, from + count)) {
    const { assessmentId: _unused, ...form } = await formFor(actor, q.challenge, runId, true, "diag");
    await answerDiag(actor, { ...form, runId }, at);
  }
}

test("ABC Diag: the live view shows who answers now at the right question, not someone idle for an hour; counts by status and per day", async () => {
  const org = await newOrganisation();
  const c = await campaignOf(org.orgId, "abc-diag");
  const now = new Date();
  // a visitor without an account, 3 answers, the last one 2 minutes ago
  const visit = await joinCampaign(null, { code: c.code, ip: "10.20.0.1" }, new Date(now.getTime() - 6 * MIN));
  const visitor = await anonymousOf(visit.newSessionId!);
  await answerDiagQuestions(visitor, visit.runId!, 3, new Date(now.getTime() - 2 * MIN));
  // a learner who answered once, an hour ago
  const idle = await newLearner("Sami");
  const idleRun = (await joinCampaign(idle, { code: c.code, ip: "10.20.0.1" }, new Date(now.getTime() - 65 * MIN))).runId!;
  await answerDiagQuestions(idle, idleRun, 1, new Date(now.getTime() - 60 * MIN));
  // a learner who finished 5 minutes ago
  const done = await newLearner("Ana");
  const doneRun = (await joinCampaign(done, { code: c.code, ip: "10.20.0.1" }, new Date(now.getTime() - 12 * MIN))).runId!;
  await answerDiagQuestions(done, doneRun, 10, new Date(now.getTime() - 5 * MIN));

  const a = await getActivity(org.admin, { orgId: org.orgId, campaignId: c.id }, now);
  expect(a.counts).toEqual({ started: 2, completed: 0, shared: 1, total: 3 });
  expect(a.perDay).toHaveLength(30);
  expect(a.perDay.reduce((n, d) => n + d.count, 0)).toBe(3);
  expect(a.perDay.at(-1)!.count).toBeGreaterThanOrEqual(1);
  expect(a.live).toHaveLength(2);
  const [first, second] = a.live;
  expect(first).toMatchObject({ name: "Participant anonyme", isAnonymous: true, question: 4, questionCount: 10, finished: false });
  expect(first!.resultCode).toMatch(/^D-[0-9A-Z]{6}$/);
  expect(sinceInWords(first!.lastActionAt, now)).toBe("il y a 2 min");
  expect(second).toMatchObject({ name: "Ana Martin", finished: true, question: 10 });
  expect(a.live.map((l) => l.name)).not.toContain("Sami Martin");

  // the visitor goes on: question 5 now
  await answerDiagQuestions(visitor, visit.runId!, 1, now, 3);
  const b = await getActivity(org.admin, { orgId: org.orgId, campaignId: c.id }, new Date(now.getTime() + 30_000));
  expect(b.live[0]).toMatchObject({ isAnonymous: true, question: 5 });
  expect(sinceInWords(b.live[0]!.lastActionAt, new Date(now.getTime() + 30_000))).toBe("il y a 30 s");
  // an hour later, nobody is live
  expect((await getActivity(org.admin, { orgId: org.orgId, campaignId: c.id }, new Date(now.getTime() + 60 * MIN))).live).toEqual([]);
});

test("assessment campaign: an adaptive test shows 'Question N' without a total", async () => {
  const org = await newOrganisation();
  const c = await campaignOf(org.orgId, "assessment");
  const learner = await newLearner("Robert");
  await joinCampaign(learner, { code: c.code, ip: "10.21.0.1" });
  for (let i = 0; i < 2; i++) {
    const current = await getCampaignChallenge(learner, { code: c.code });
    if (current.kind !== "challenge") throw new Error("expected a question");
    const challenge = getContentIndex().challengeById.get(current.challenge.id)!;
    await answerChallenge(learner, await formFor(learner, challenge, current.assessmentId, true));
  }
  const a = await getActivity(org.admin, { orgId: org.orgId, campaignId: c.id });
  expect(a.counts).toMatchObject({ started: 1, total: 1 });
  expect(a.live).toEqual([expect.objectContaining({ name: "Robert Martin", question: 3, questionCount: null, finished: false })]);
});

test("a member of another organisation, a learner, an anonymous participant and a visitor are refused", async () => {
  const org = await newOrganisation();
  const c = await campaignOf(org.orgId, "abc-diag");
  const member = await newUser("Lina");
  await addMember(org.orgId, member);
  expect((await getActivity(member, { orgId: org.orgId, campaignId: c.id })).counts.total).toBe(0);
  const other = await newOrganisation("Centre social");
  await expect(getActivity(other.admin, { orgId: org.orgId, campaignId: c.id })).rejects.toBeInstanceOf(NotAllowed);
  // their own organisation in the address, the other's campaign: not found
  await expect(getActivity(other.admin, { orgId: other.orgId, campaignId: c.id })).rejects.toBeInstanceOf(NotFound);
  await expect(getActivity(await newLearner(), { orgId: org.orgId, campaignId: c.id })).rejects.toBeInstanceOf(NotAllowed);
  await expect(getActivity(await newUser("Anne", { anonymous: true }), { orgId: org.orgId, campaignId: c.id })).rejects.toBeInstanceOf(NotAllowed);
  await expect(getActivity(null, { orgId: org.orgId, campaignId: c.id })).rejects.toBeInstanceOf(NotAuthenticated);
  await expect(getActivity(org.admin, { orgId: org.orgId, campaignId: "pas-un-uuid" })).rejects.toBeInstanceOf(NotFound);
});
