/**
 * Assessment and profile-collection campaigns, the learner's side: joining by code, the adaptive
 * test on the campaign's target profile, checkpoints (none for absolute beginners), results per
 * theme and stage, "J'envoie mes résultats" with frozen scores, retry after 4 days, and nobody
 * reading or answering another person's participation.
 */
import { randomInt } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { assessments, campaignParticipations, campaigns, organisations, sessions } from "@/db/schema";
import { afterAnswerPath, answerChallenge } from "@/lib/assessments/answer-challenge";
import { startOrResume } from "@/lib/assessments/start-or-resume";
import { getCurrentChallenge } from "@/lib/assessments/get-current-challenge";
import type { Actor } from "@/lib/auth/actor";
import { getCampaignChallenge } from "@/lib/campaigns/get-campaign-challenge";
import { getCampaignCheckpoint } from "@/lib/campaigns/get-campaign-checkpoint";
import { getParticipationResult } from "@/lib/campaigns/get-participation-result";
import { joinCampaign } from "@/lib/campaigns/join-campaign";
import { listMyParticipations } from "@/lib/campaigns/list-my-participations";
import { retryParticipation } from "@/lib/campaigns/retry-participation";
import { shareParticipation } from "@/lib/campaigns/share-participation";
import { getContentIndex } from "@/lib/content";
import { Conflict, NotAuthenticated, NotFound } from "@/lib/errors";
import { formFor, newLearner } from "../assessments/helpers";
import { getDb, setupTestDatabase } from "../support/db";

setupTestDatabase();

const DAY = 24 * 3600_000;

function newCode(): string {
  const letters = Array.from({ length: 6 }, () => "BCDFGHJKMNPQRSTVWXZ"[randomInt(19)]).join("");
  return `${letters}${String(randomInt(1000)).padStart(3, "0")}`;
}

async function campaign(opts: { type?: string; profile?: string | null; novice?: boolean; anonymous?: boolean; multiple?: boolean } = {}) {
  const [org] = await getDb().insert(organisations).values({ name: "Espace numérique du Lac", type: "mediation", hasAbcPixAccess: true }).returning({ id: organisations.id });
  const code = newCode();
  const [c] = await getDb()
    .insert(campaigns)
    .values({
      organisationId: org!.id,
      code,
      name: "ABC Pix : la messagerie",
      type: opts.type ?? "assessment",
      targetProfileId: opts.profile === undefined ? "abc-messagerie" : opts.profile,
      forAbsoluteNovice: opts.novice ?? false,
      allowAnonymous: opts.anonymous ?? false,
      multipleSendings: opts.multiple ?? false,
    })
    .returning({ id: campaigns.id });
  return { code, id: c!.id };
}

/** Answers every question of the actor's test in the campaign (right or wrong), returning the paths taken. */
async function takeTest(actor: Actor, code: string, right: (n: number) => boolean, now = new Date()): Promise<string[]> {
  const paths: string[] = [];
  for (let n = 1; n < 200; n++) {
    const current = await getCampaignChallenge(actor, { code }, now);
    if (current.kind === "completed") return paths;
    const challenge = getContentIndex().challengeById.get(current.challenge.id)!;
    const outcome = await answerChallenge(actor, await formFor(actor, challenge, current.assessmentId, right(n)), now);
    paths.push(afterAnswerPath(outcome));
  }
  throw new Error("the test never ended");
}

test("an assessment campaign: the test runs on the target profile, checkpoints every 5 answers, results by theme, then shared and frozen", async () => {
  const c = await campaign();
  const learner = await newLearner("Robert");
  const joined = await joinCampaign(learner, { code: c.code, ip: "10.9.0.1" });
  expect(joined).toMatchObject({ type: "assessment", runId: null, newSessionId: null });
  // joining twice resumes the same participation and test
  await joinCampaign(learner, { code: c.code, ip: "10.9.0.1" });
  const parts = await getDb().select().from(campaignParticipations).where(eq(campaignParticipations.campaignId, c.id));
  expect(parts).toHaveLength(1);

  const first = await getCampaignChallenge(learner, { code: c.code });
  if (first.kind !== "challenge") throw new Error("expected a question");
  const profile = getContentIndex().targetProfileById.get("abc-messagerie")!;
  const profileTubes = new Set(profile.tubes.map((t) => t.tubeId));
  expect(first.progress.map((t) => t.name)).toEqual(["La messagerie"]);
  expect(first.progress[0]!.known).toBe(0);

  const paths = await takeTest(learner, c.code, () => true);
  expect(paths.length).toBeGreaterThanOrEqual(6);
  expect(paths[4]).toBe(`/campagnes/${c.code}/evaluation/bilan?serie=1`);
  expect(paths[0]).toBe(`/campagnes/${c.code}/evaluation`);
  expect(paths.at(-1)).toMatch(new RegExp(`^/campagnes/${c.code}/evaluation/bilan\\?serie=\\d+$`));
  // every question came from the profile's tubes
  const [a] = await getDb().select().from(assessments).where(eq(assessments.campaignParticipationId, parts[0]!.id));
  expect(a).toMatchObject({ type: "campaign", competenceId: null, state: "completed" });
  const cp = await getCampaignCheckpoint(learner, { code: c.code, series: 1 });
  expect(cp.items).toHaveLength(5);
  for (const item of cp.items) expect(profileTubes.has(getContentIndex().skillById.get(getContentIndex().challengeById.get(item.challengeId)!.skillId)!.tubeId)).toBe(true);

  const before = await getParticipationResult(learner, { code: c.code });
  expect(before.status).toBe("completed");
  expect(before.results!.masteryPercent).toBe(100);
  expect(before.results!.stage!.title).toBe(profile.stages.at(-1)!.title);
  expect(before.results!.themes[0]!.tubes).toHaveLength(6);
  expect(await listMyParticipations(learner)).toMatchObject([{ status: "a-envoyer", href: `/campagnes/${c.code}/resultat` }]);

  expect(await shareParticipation(learner, { code: c.code })).toEqual({ alreadyShared: false });
  expect(await shareParticipation(learner, { code: c.code })).toEqual({ alreadyShared: true });
  const [shared] = await getDb().select().from(campaignParticipations).where(eq(campaignParticipations.id, parts[0]!.id));
  expect(shared).toMatchObject({ status: "shared", masteryBasisPoints: 10000, stageReached: profile.stages.length });
  expect(shared!.validatedSkills).toBe(shared!.targetSkills);
  expect(shared!.snapshot!.themes).toEqual([{ id: "messagerie", name: "La messagerie", validated: shared!.validatedSkills, total: shared!.targetSkills }]);
  expect(await listMyParticipations(learner)).toMatchObject([{ status: "envoye" }]);
});

test("shared scores stay frozen when the profile changes later", async () => {
  const c = await campaign();
  const learner = await newLearner();
  await joinCampaign(learner, { code: c.code, ip: "10.9.0.2" });
  await takeTest(learner, c.code, (n) => n % 2 === 0);
  await shareParticipation(learner, { code: c.code });
  const frozen = await getParticipationResult(learner, { code: c.code });
  // the same learner then does well on the same subjects in another campaign (retry ignores old failures after 4 days)
  const other = await campaign();
  const later = new Date(Date.now() + 5 * DAY);
  await joinCampaign(learner, { code: other.code, ip: "10.9.0.2" }, later);
  const again = await getParticipationResult(learner, { code: c.code });
  expect(again.results!.masteryBasisPoints).toBe(frozen.results!.masteryBasisPoints);
  expect(again.results!.validated).toBe(frozen.results!.validated);
  expect(again.sharedAt).toEqual(frozen.sharedAt);
});

test("results cannot be sent before the end of the test, and a campaign without multiple sendings cannot be retried", async () => {
  const c = await campaign();
  const learner = await newLearner();
  await joinCampaign(learner, { code: c.code, ip: "10.9.0.3" });
  await expect(shareParticipation(learner, { code: c.code })).rejects.toBeInstanceOf(Conflict);
  await takeTest(learner, c.code, () => false);
  await shareParticipation(learner, { code: c.code });
  await expect(retryParticipation(learner, { code: c.code }, new Date(Date.now() + 10 * DAY))).rejects.toMatchObject({ userMessage: expect.stringContaining("qu'une fois") });
});

test("with multiple sendings, a retry is possible 4 days after sending: a new participation replaces the old one", async () => {
  const c = await campaign({ multiple: true });
  const learner = await newLearner();
  await joinCampaign(learner, { code: c.code, ip: "10.9.0.4" });
  await takeTest(learner, c.code, () => false);
  await shareParticipation(learner, { code: c.code });
  await expect(retryParticipation(learner, { code: c.code }, new Date(Date.now() + 3 * DAY))).rejects.toMatchObject({ userMessage: expect.stringContaining("dans 1 jour") });
  const result = await getParticipationResult(learner, { code: c.code }, new Date(Date.now() + 3 * DAY));
  expect(result.retry).toMatchObject({ allowed: false, daysLeft: 1 });
  const later = new Date(Date.now() + 5 * DAY);
  expect(await listMyParticipations(learner, later)).toMatchObject([{ status: "a-retenter" }]);
  await retryParticipation(learner, { code: c.code }, later);
  await retryParticipation(learner, { code: c.code }, later); // a second click changes nothing
  const rows = await getDb().select().from(campaignParticipations).where(eq(campaignParticipations.campaignId, c.id));
  expect(rows.map((r) => [r.isImproved, r.status]).sort()).toEqual([
    [false, "started"],
    [true, "shared"],
  ]);
  const [retryTest] = await getDb()
    .select()
    .from(assessments)
    .where(eq(assessments.campaignParticipationId, rows.find((r) => !r.isImproved)!.id));
  expect(retryTest).toMatchObject({ isRetry: true, state: "started" });
  // the old failures (more than 4 days old) are ignored: the retry asks questions again
  const q = await getCampaignChallenge(learner, { code: c.code }, later);
  expect(q.kind).toBe("challenge");
  expect(await listMyParticipations(learner, later)).toMatchObject([{ status: "en-cours" }]);
});

test("a campaign for absolute beginners: joined without an account, no checkpoints, results shared at the end", async () => {
  const c = await campaign({ novice: true, anonymous: true });
  const joined = await joinCampaign(null, { code: c.code, ip: "10.9.0.5" });
  const [s] = await getDb().select().from(sessions).where(eq(sessions.id, joined.newSessionId!));
  const visitor: Actor = { userId: s!.userId, sessionId: s!.id, role: "user", firstName: "", lastName: "", email: null, isAnonymous: true };
  const paths = await takeTest(visitor, c.code, (n) => n % 3 !== 0);
  expect(paths.filter((p) => p.includes("bilan"))).toEqual([]);
  expect(paths.at(-1)).toBe(`/campagnes/${c.code}/resultat`);
  await expect(getCampaignCheckpoint(visitor, { code: c.code, series: 1 })).rejects.toBeInstanceOf(NotFound);
  const [p] = await getDb().select().from(campaignParticipations).where(eq(campaignParticipations.campaignId, c.id));
  expect(p).toMatchObject({ status: "shared" });
  expect(p!.masteryBasisPoints).toBeGreaterThanOrEqual(0);
  // an anonymous participant has no competence tests of their own
  await expect(startOrResume(visitor, { competenceCode: "1.1" })).rejects.toThrow();
});

test("nobody reads or answers another person's participation; a campaign with accounts refuses visitors without one", async () => {
  const c = await campaign();
  const learner = await newLearner();
  const other = await newLearner("Nadia");
  await joinCampaign(learner, { code: c.code, ip: "10.9.0.6" });
  await expect(getParticipationResult(other, { code: c.code })).rejects.toBeInstanceOf(NotFound);
  await expect(getCampaignChallenge(other, { code: c.code })).rejects.toBeInstanceOf(NotFound);
  await expect(shareParticipation(other, { code: c.code })).rejects.toBeInstanceOf(NotFound);
  const current = await getCampaignChallenge(learner, { code: c.code });
  if (current.kind !== "challenge") throw new Error("expected a question");
  const challenge = getContentIndex().challengeById.get(current.challenge.id)!;
  const form = await formFor(learner, challenge, current.assessmentId, true);
  await expect(answerChallenge(other, form)).rejects.toBeInstanceOf(NotFound);
  await expect(joinCampaign(null, { code: c.code, ip: "10.9.0.6" })).rejects.toBeInstanceOf(NotAuthenticated);
  const [still] = await getDb().select().from(assessments).where(and(eq(assessments.userId, learner.userId), eq(assessments.type, "campaign")));
  expect(still!.currentChallengeId).toBe(current.challenge.id);
});

test("profile collection: without a profile the learner is sent to evaluate first; then the 16 competences are sent", async () => {
  const c = await campaign({ type: "profiles", profile: null });
  const learner = await newLearner();
  expect((await joinCampaign(learner, { code: c.code, ip: "10.9.0.7" })).type).toBe("profiles");
  const empty = await getParticipationResult(learner, { code: c.code });
  expect(empty.hasProfile).toBe(false);
  await expect(shareParticipation(learner, { code: c.code })).rejects.toMatchObject({ userMessage: expect.stringContaining("pas encore de profil") });
  await startOrResume(learner, { competenceCode: "1.1" });
  const q = await getCurrentChallenge(learner, { competenceCode: "1.1" });
  if (q.kind !== "challenge") throw new Error("expected a question");
  await answerChallenge(learner, await formFor(learner, getContentIndex().challengeById.get(q.challenge.id)!, q.assessmentId, true));
  await shareParticipation(learner, { code: c.code });
  const [p] = await getDb().select().from(campaignParticipations).where(eq(campaignParticipations.campaignId, c.id));
  expect(p!.status).toBe("shared");
  expect(p!.snapshot!.competences).toHaveLength(16);
  expect(p!.pixScore).toBeGreaterThan(0);
  expect(p!.pixScore).toBe(p!.snapshot!.competences.reduce((n, x) => n + x.pix, 0));
});
