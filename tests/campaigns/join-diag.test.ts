/**
 * Joining a structure's ABC Diag by its code: codes forgiven for case and spaces, wrong codes
 * slowed and limited per address, archived campaigns refused; the external id checked by type;
 * the result read by the structure, and by nobody else.
 */
import { randomInt } from "node:crypto";
import { and, count, eq } from "drizzle-orm";
import { campaignParticipations, campaigns, diagRuns, memberships, organisations } from "@/db/schema";
import { answerDiag } from "@/lib/abc-diag/answer-diag";
import { getDiagResult } from "@/lib/abc-diag/get-diag-result";
import type { Actor } from "@/lib/auth/actor";
import { campaignCodeSchema } from "@/lib/campaigns/code";
import { findCampaignForJoin, WRONG_CODE_LIMIT } from "@/lib/campaigns/find-campaign";
import { joinCampaign as joinDiagCampaign } from "@/lib/campaigns/join-campaign";
import { listResults, resultsQuerySchema } from "@/lib/campaigns/orga/list-results";
import { getParticipant } from "@/lib/campaigns/orga/get-participant";
import { listMyParticipations } from "@/lib/campaigns/list-my-participations";
import { getContentIndex } from "@/lib/content";
import { Conflict, InvalidInput, NotAllowed, NotFound, RateLimited } from "@/lib/errors";
import { formFor, newLearner } from "../assessments/helpers";
import { getDb, setupTestDatabase } from "../support/db";

setupTestDatabase();

let n = 0;
/** A random code, so that tests never collide on a shared PostgreSQL. */
function newCode(): string {
  n += 1;
  const letters = Array.from({ length: 6 }, () => String.fromCharCode(65 + randomInt(26))).join("");
  return `${letters}${String(randomInt(1000)).padStart(3, "0")}`;
}

async function structure(opts: { externalId?: { label: string; type: string }; archived?: boolean } = {}) {
  const [org] = await getDb().insert(organisations).values({ name: `Médiathèque ${n}`, type: "mediation", hasAbcPixAccess: true }).returning({ id: organisations.id });
  const mediator = await newLearner("Karim");
  await getDb().insert(memberships).values({ organisationId: org!.id, userId: mediator.userId, role: "ADMIN" });
  const code = newCode();
  const [c] = await getDb()
    .insert(campaigns)
    .values({
      organisationId: org!.id,
      code,
      name: "ABC Diag de l'accueil",
      type: "abc-diag",
      allowAnonymous: true,
      externalIdLabel: opts.externalId?.label ?? null,
      externalIdType: opts.externalId?.type ?? null,
      archivedAt: opts.archived ? new Date() : null,
    })
    .returning({ id: campaigns.id });
  return { orgId: org!.id, mediator, code, campaignId: c!.id };
}

function anonymousActor(userId: string, sessionId: string): Actor {
  return { userId, sessionId, role: "user", firstName: "Visiteur", lastName: "ABC Diag", email: null, isAnonymous: true };
}

async function runOfSession(newSessionId: string) {
  const { sessions } = await import("@/db/schema");
  const [s] = await getDb().select().from(sessions).where(eq(sessions.id, newSessionId));
  return anonymousActor(s!.userId, s!.id);
}

test("a right code with other case and spaces finds the campaign; a wrong code is NotFound; an archived one is refused", async () => {
  const s = await structure();
  const typed = ` ${s.code.slice(0, 3).toLowerCase()} ${s.code.slice(3)} `;
  const found = await findCampaignForJoin(getDb(), campaignCodeSchema.parse(typed), "10.0.0.1", new Date(), 0);
  expect(found.id).toBe(s.campaignId);
  await expect(findCampaignForJoin(getDb(), "ZZZZZZ999", "10.0.0.1", new Date(), 0)).rejects.toBeInstanceOf(NotFound);
  const old = await structure({ archived: true });
  await expect(findCampaignForJoin(getDb(), old.code, "10.0.0.1", new Date(), 0)).rejects.toBeInstanceOf(Conflict);
});

test("past 100 wrong codes in 10 minutes, an address is refused even a right code; another address is not", async () => {
  const s = await structure();
  const now = new Date();
  const ip = `10.1.${process.pid % 250}.${n % 250}`;
  for (let i = 0; i < WRONG_CODE_LIMIT.max; i++) await expect(findCampaignForJoin(getDb(), "ZZZZZZ998", ip, now, 0)).rejects.toBeInstanceOf(NotFound);
  await expect(findCampaignForJoin(getDb(), s.code, ip, now, 0)).rejects.toBeInstanceOf(RateLimited);
  expect((await findCampaignForJoin(getDb(), s.code, "10.2.0.1", now, 0)).id).toBe(s.campaignId);
  const later = new Date(now.getTime() + WRONG_CODE_LIMIT.windowMs + 1000);
  expect((await findCampaignForJoin(getDb(), s.code, ip, later, 0)).id).toBe(s.campaignId);
});

test("the external id is checked by its type; a wrong one creates nothing", async () => {
  const s = await structure({ externalId: { label: "Numéro de dossier", type: "number" } });
  await expect(joinDiagCampaign(null, { code: s.code, externalId: "AB12", ip: "10.3.0.1" })).rejects.toBeInstanceOf(InvalidInput);
  const [{ c }] = (await getDb().select({ c: count() }).from(campaignParticipations).where(eq(campaignParticipations.campaignId, s.campaignId))) as [{ c: number }];
  expect(Number(c)).toBe(0);
  const { newSessionId } = await joinDiagCampaign(null, { code: s.code, externalId: " 12 34 ", ip: "10.3.0.1" });
  const actor = await runOfSession(newSessionId!);
  const [p] = await getDb().select().from(campaignParticipations).where(and(eq(campaignParticipations.campaignId, s.campaignId), eq(campaignParticipations.userId, actor.userId)));
  expect(p!.externalId).toBe("1234");
});

test("an anonymous participant's ABC Diag reaches the structure, and only that structure", async () => {
  const s = await structure();
  const { runId: joinedRun, newSessionId } = await joinDiagCampaign(null, { code: s.code, ip: "10.4.0.1" });
  const runId = joinedRun!;
  const actor = await runOfSession(newSessionId!);
  const [run] = await getDb().select().from(diagRuns).where(eq(diagRuns.id, runId));
  expect(run!.participationId).not.toBeNull();
  for (const q of getContentIndex().referential.abcDiag!.questions) {
    const { assessmentId: _unused, ...form } = await formFor(actor, q.challenge, runId, true, "diag");
    await answerDiag(actor, { ...form, runId });
  }
  const mine = await getDiagResult(actor);
  expect(mine.organisationName).toMatch(/^Médiathèque/);

  const query = resultsQuerySchema.parse({});
  const seen = await listResults(s.mediator, { orgId: s.orgId, campaignId: s.campaignId, query });
  expect(seen.rows).toHaveLength(1);
  expect(seen.rows[0]).toMatchObject({ name: "Participant anonyme", status: "shared" });
  expect(seen.rows[0]!.diag!.orientation).toBe("autonome");
  const detail = await getParticipant(s.mediator, { orgId: s.orgId, campaignId: s.campaignId, participationId: seen.rows[0]!.participationId });
  expect(JSON.stringify(detail.diag)).toContain(mine.resultCode);

  const otherStructure = await structure();
  await expect(listResults(otherStructure.mediator, { orgId: s.orgId, campaignId: s.campaignId, query })).rejects.toBeInstanceOf(NotAllowed);
  await expect(listResults(actor, { orgId: s.orgId, campaignId: s.campaignId, query })).rejects.toBeInstanceOf(NotAllowed);
});

test("joining twice resumes the same run", async () => {
  const s = await structure();
  const learner = await newLearner();
  const a = await joinDiagCampaign(learner, { code: s.code, ip: "10.5.0.1" });
  const b = await joinDiagCampaign(learner, { code: s.code, ip: "10.5.0.1" });
  expect(b.runId).toBe(a.runId);
  expect(a.newSessionId).toBeNull();
});

test("'Mes parcours' lists the learner's own participations, in progress then done; nobody else's", async () => {
  const s = await structure();
  const learner = await newLearner();
  const other = await newLearner("Sami");
  const runId = (await joinDiagCampaign(learner, { code: s.code, ip: "10.6.0.1" })).runId!;
  expect(await listMyParticipations(learner)).toMatchObject([{ campaignName: "ABC Diag de l'accueil", status: "en-cours" }]);
  expect(await listMyParticipations(other)).toEqual([]);
  for (const q of getContentIndex().referential.abcDiag!.questions) {
    const { assessmentId: _unused, ...form } = await formFor(learner, q.challenge, runId, false, "diag");
    await answerDiag(learner, { ...form, runId });
  }
  expect(await listMyParticipations(learner)).toMatchObject([{ status: "envoye", href: expect.stringMatching(/^\/abc-diag\/resultat\?code=D-/) }]);
});
