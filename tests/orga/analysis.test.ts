/**
 * Pix Orga, a campaign's Analyse tab: figures over shared participations only (means, 10 % bins,
 * themes to work on, stages, ABC Diag levels and orientations, most failed tubes from the campaign
 * tests' answers), nobody outside the organisation reads them, and 10,000 participations stay fast.
 */
import { randomInt } from "node:crypto";
import { campaignParticipations, campaigns, users, type ParticipationSnapshot } from "@/db/schema";
import { answerChallenge } from "@/lib/assessments/answer-challenge";
import { getCampaignChallenge } from "@/lib/campaigns/get-campaign-challenge";
import { joinCampaign } from "@/lib/campaigns/join-campaign";
import { getAnalysis } from "@/lib/campaigns/orga/get-analysis";
import { shareParticipation } from "@/lib/campaigns/share-participation";
import { getContentIndex } from "@/lib/content";
import { NotAllowed, NotAuthenticated, NotFound } from "@/lib/errors";
import { formFor, newLearner } from "../assessments/helpers";
import { getDb, setupTestDatabase } from "../support/db";
import { newOrganisation, newUser } from "./helpers";

setupTestDatabase();

function newCode(): string {
  const letters = Array.from({ length: 6 }, () => "BCDFGHJKMNPQRSTVWXZ"[randomInt(19)]).join("");
  return `${letters}${String(randomInt(1000)).padStart(3, "0")}`;
}

async function newCampaign(orgId: string, opts: { type?: string; profile?: string | null } = {}) {
  const code = newCode();
  const [c] = await getDb()
    .insert(campaigns)
    .values({ organisationId: orgId, code, name: "Campagne d'analyse", type: opts.type ?? "assessment", targetProfileId: opts.profile === undefined ? "abc-pix-complet" : opts.profile, allowAnonymous: opts.type === "abc-diag" })
    .returning({ id: campaigns.id });
  return { id: c!.id, code };
}

type Row = { themes?: [string, number, number][]; bp?: number; stage?: number | null; status?: string; improved?: boolean; diag?: ParticipationSnapshot["diag"] };

/** Participations inserted directly with a frozen snapshot (volume and exact figures). */
async function insertParticipations(campaignId: string, rows: Row[]) {
  const db = getDb();
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000);
    const us = await db
      .insert(users)
      .values(chunk.map((_, j) => ({ firstName: `P${i + j}`, lastName: "Test", isAnonymous: true })))
      .returning({ id: users.id });
    await db.insert(campaignParticipations).values(
      chunk.map((r, j) => ({
        campaignId,
        userId: us[j]!.id,
        status: r.status ?? "shared",
        isImproved: r.improved ?? false,
        masteryBasisPoints: r.bp ?? null,
        stageReached: r.stage ?? null,
        snapshot: { themes: (r.themes ?? []).map(([id, validated, total]) => ({ id, name: id, validated, total })), competences: [], ...(r.diag ? { diag: r.diag } : {}) },
      })),
    );
  }
}

test("means, 10 % bins, themes to work on and stages count the current shared participations only", async () => {
  const { orgId, admin } = await newOrganisation();
  const c = await newCampaign(orgId);
  await insertParticipations(c.id, [
    { bp: 0, stage: 1, themes: [["outils", 0, 4], ["web", 1, 4], ["securite", 0, 2]] },
    { bp: 2500, stage: 2, themes: [["outils", 1, 4], ["web", 4, 4], ["securite", 1, 2]] },
    { bp: 5000, stage: 2, themes: [["outils", 2, 4], ["web", 4, 4], ["securite", 2, 2]] },
    { bp: 10000, stage: 4, themes: [["outils", 4, 4], ["web", 4, 4], ["securite", 2, 2], ["fichiers", 0, 0]] },
    // not counted: a test not sent, and an older try replaced by a retry
    { bp: 0, status: "completed", themes: [["outils", 0, 4]] },
    { bp: 0, stage: 1, improved: true, themes: [["outils", 0, 4], ["web", 0, 4]] },
  ]);
  const a = await getAnalysis(getDb(), admin, orgId, c.id);
  expect(a.shared).toBe(4);
  expect(a.mean).toBeCloseTo(0.4375, 6);
  expect(a.bins).toEqual([1, 0, 1, 0, 0, 1, 0, 0, 0, 1]);
  const theme = (id: string) => a.themes.find((t) => t.id === id)!;
  expect(a.themes.map((t) => t.id)).toEqual(["outils", "web", "demarches", "messagerie", "fichiers", "securite"]);
  expect(theme("outils")).toMatchObject({ name: "Les outils numériques", measured: 4, belowHalf: 2, levels: { faible: 2, moyen: 1, bien: 1 } });
  expect(theme("outils").mean).toBeCloseTo(7 / 16, 6);
  expect(theme("web").mean).toBeCloseTo(13 / 16, 6);
  expect(theme("web")).toMatchObject({ belowHalf: 1, levels: { faible: 1, moyen: 0, bien: 3 } });
  expect(theme("securite").mean).toBeCloseTo(5 / 8, 6);
  // a theme with no question (total 0) or never measured has no mean
  expect(theme("fichiers")).toMatchObject({ measured: 0, mean: null, belowHalf: 0 });
  expect(theme("demarches").mean).toBeNull();
  // the lowest means first
  expect(a.toWork.map((t) => t.id)).toEqual(["outils", "securite", "web"]);
  const profile = getContentIndex().targetProfileById.get("abc-pix-complet")!;
  if (profile.stages.length > 0) {
    expect(a.stages).not.toBeNull();
    expect(a.stages!.reduce((n, s) => n + s.count, 0)).toBe(4);
    expect(a.stages!.find((s) => s.number === 2)?.count).toBe(2);
  } else {
    expect(a.stages).toBeNull();
  }
  expect(a.diag).toBeNull();
  expect(a.failedTubes).toEqual([]);
});

test("a campaign nobody has shared yet: no mean, empty bins, no theme to work on", async () => {
  const { orgId, admin } = await newOrganisation();
  const c = await newCampaign(orgId, { profile: "abc-messagerie" });
  const a = await getAnalysis(getDb(), admin, orgId, c.id);
  expect(a).toMatchObject({ shared: 0, mean: null, bins: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0], toWork: [] });
  expect(a.stages!.every((s) => s.count === 0)).toBe(true);
});

test("ABC Diag: participants per level of each dimension and per orientation", async () => {
  const { orgId, admin } = await newOrganisation();
  const c = await newCampaign(orgId, { type: "abc-diag", profile: null });
  const dims = getContentIndex().referential.abcDiag!.dimensions.map((d) => d.id);
  const levels = (l0: string, l1: string, l2: string) => ({ [dims[0]!]: l0, [dims[1]!]: l1, [dims[2]!]: l2 });
  await insertParticipations(c.id, [
    { bp: 10000, themes: dims.map((d) => [d, 3, 3]), diag: { orientation: "autonome", levels: levels("acquis", "acquis", "acquis") } },
    { bp: 5000, themes: dims.map((d) => [d, 1, 2]), diag: { orientation: "abc-pix", levels: levels("acquis", "en-cours", "a-travailler") } },
    { bp: 0, themes: dims.map((d) => [d, 0, 3]), diag: { orientation: "accompagnement", levels: levels("a-travailler", "a-travailler", "a-travailler") } },
  ]);
  const a = await getAnalysis(getDb(), admin, orgId, c.id);
  expect(a.shared).toBe(3);
  expect(a.diag!.orientations).toEqual({ autonome: 1, "abc-pix": 1, accompagnement: 1 });
  expect(a.diag!.dimensions.map((d) => d.id)).toEqual(dims);
  expect(a.diag!.dimensions[0]!.counts).toEqual({ acquis: 2, "en-cours": 0, "a-travailler": 1, "non-mesure": 0 });
  expect(a.diag!.dimensions[2]!.counts).toEqual({ acquis: 1, "en-cours": 0, "a-travailler": 2, "non-mesure": 0 });
  expect(a.themes.map((t) => t.mean)).toEqual([expect.closeTo(0.5, 6), expect.closeTo(0.5, 6), expect.closeTo(0.5, 6)]);
  expect(a.stages).toBeNull();
  expect(a.failedTubes).toBeNull();
});

/** Answers every question of the actor's campaign test (right or wrong). */
async function takeTest(actor: Awaited<ReturnType<typeof newLearner>>, code: string, right: boolean): Promise<number> {
  for (let n = 0; n < 200; n++) {
    const current = await getCampaignChallenge(actor, { code });
    if (current.kind === "completed") return n;
    const challenge = getContentIndex().challengeById.get(current.challenge.id)!;
    await answerChallenge(actor, await formFor(actor, challenge, current.assessmentId, right));
  }
  throw new Error("the test never ended");
}

test("the most failed tubes come from the answers of shared participations' tests, not from tests not sent", async () => {
  const { orgId, admin } = await newOrganisation();
  const c = await newCampaign(orgId, { profile: "abc-messagerie" });
  // MIN_TUBE_ANSWERS answers at least per tube: three people who get everything wrong
  let answered = 0;
  for (const name of ["Robert", "Josiane", "Ali"]) {
    const wrong = await newLearner(name);
    await joinCampaign(wrong, { code: c.code, ip: "10.8.0.1" });
    answered += await takeTest(wrong, c.code, false);
    await shareParticipation(wrong, { code: c.code });
  }
  const notSent = await newLearner("Alice");
  await joinCampaign(notSent, { code: c.code, ip: "10.8.0.2" });
  await takeTest(notSent, c.code, true);

  const a = await getAnalysis(getDb(), admin, orgId, c.id);
  expect(a.shared).toBe(3);
  expect(a.failedTubes!.length).toBeGreaterThan(0);
  const profile = getContentIndex().targetProfileById.get("abc-messagerie")!;
  const profileTubes = new Set(profile.tubes.map((t) => t.tubeId));
  for (const t of a.failedTubes!) {
    expect(profileTubes.has(t.tubeId)).toBe(true);
    expect(t).toMatchObject({ failedShare: 1, themeName: "La messagerie" });
    expect(t.failed).toBe(t.answered);
  }
  expect(a.failedTubes!.reduce((n, t) => n + t.answered, 0)).toBeLessThanOrEqual(answered);
  expect(a.toWork.map((t) => t.id)).toEqual(["messagerie"]);
  expect(a.themes[0]!.belowHalf).toBe(3);
});

test("a member of another organisation, a plain learner, an anonymous visitor and a stranger's campaign are refused", async () => {
  const { orgId, admin } = await newOrganisation();
  const c = await newCampaign(orgId);
  const other = await newOrganisation("Autre structure");
  const otherCampaign = await newCampaign(other.orgId);
  const learner = await newUser("Léa");
  const anonymous = await newUser("Visiteur", { anonymous: true });
  await expect(getAnalysis(getDb(), other.admin, orgId, c.id)).rejects.toBeInstanceOf(NotAllowed);
  await expect(getAnalysis(getDb(), learner, orgId, c.id)).rejects.toBeInstanceOf(NotAllowed);
  await expect(getAnalysis(getDb(), anonymous, orgId, c.id)).rejects.toBeInstanceOf(NotAllowed);
  await expect(getAnalysis(getDb(), null, orgId, c.id)).rejects.toBeInstanceOf(NotAuthenticated);
  // another organisation's campaign through one's own organisation's address
  await expect(getAnalysis(getDb(), admin, orgId, otherCampaign.id)).rejects.toBeInstanceOf(NotFound);
  await expect(getAnalysis(getDb(), admin, orgId, "pas-un-uuid")).rejects.toBeInstanceOf(NotFound);
});

test("2,000 shared participations are analysed in SQL with exact figures (speed: npm run bench:orga)", async () => {
  const { orgId, admin } = await newOrganisation();
  const c = await newCampaign(orgId);
  const rows: Row[] = Array.from({ length: 2_000 }, (_, i) => ({
    bp: (i * 7) % 10001,
    stage: 1 + (i % 3),
    themes: [
      ["outils", i % 5, 4],
      ["web", (i * 3) % 5, 4],
      ["demarches", i % 3, 2],
      ["messagerie", (i * 7) % 6, 5],
      ["fichiers", i % 4, 3],
      ["securite", i % 2, 1],
    ],
  }));
  await insertParticipations(c.id, rows);
  const a = await getAnalysis(getDb(), admin, orgId, c.id);
  expect(a.shared).toBe(2_000);
  expect(a.bins.reduce((n, b) => n + b, 0)).toBe(2_000);
  expect(a.themes.find((t) => t.id === "securite")!.mean).toBeCloseTo(0.5, 6);
}, 120_000);
