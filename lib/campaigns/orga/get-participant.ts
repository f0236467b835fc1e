import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { answers, assessments, campaignParticipations as cp, campaigns, diagAnswers, diagRuns, participationNotes, users } from "@/db/schema";
import { abcDiagResult, type DimensionLevel, type Orientation } from "@/lib/abc-diag/result";
import type { AnswerStatus } from "@/lib/answers";
import type { Actor } from "@/lib/auth/actor";
import { getContentIndex } from "@/lib/content";
import { NotFound } from "@/lib/errors";
import { fr } from "@/lib/i18n/fr";
import { isUuid } from "@/lib/orga/guard";
import { getOrgCampaign, type OrgCampaign } from "./get-org-campaign";

export const DIAG_LEVEL_LABEL: Record<DimensionLevel, string> = {
  acquis: "Acquis",
  "en-cours": "En cours",
  "a-travailler": "À travailler",
  "non-mesure": "Non mesuré",
};

export const ORIENTATION_LABEL: Record<Orientation, { title: string; text: string }> = {
  autonome: { title: "Autonome", text: "La personne peut passer les tests Pix en accès libre, à son rythme." },
  "abc-pix": { title: "Parcours ABC Pix", text: "Les bases sont en place : le parcours ABC Pix l'aidera à progresser, avec vous." },
  accompagnement: { title: "Accompagnement", text: "La personne débute : travaillez avec elle les gestes de base, pas à pas." },
};

export const PARTICIPATION_STATUS_LABEL: Record<string, string> = {
  started: "En cours",
  completed: "Terminé, pas encore envoyé",
  shared: "Résultats envoyés",
};

export type ParticipantAnswer = {
  position: number;
  /** the instruction's first words */
  instruction: string;
  tubeTitle: string | null;
  status: string;
  statusLabel: string;
  right: boolean;
  timeSpentMs: number | null;
};

export type ParticipantDiag = {
  resultCode: string;
  completed: boolean;
  answered: number;
  questionCount: number;
  dimensions: { id: string; name: string; right: number; played: number; level: DimensionLevel; missed: string[] }[] | null;
  orientation: Orientation | null;
  workOnFirst: { dimension: string; advice: string; gestures: string[] } | null;
};

export type ParticipantProgressRow = {
  participationId: string;
  campaignId: string;
  campaignName: string;
  campaignType: string;
  startedAt: Date;
  sharedAt: Date | null;
  status: string;
  isImproved: boolean;
  /** whole percent, only once shared */
  masteryPercent: number | null;
  isThis: boolean;
};

export type ParticipantNote = { id: string; body: string; authorName: string; createdAt: Date; mine: boolean };

export type ParticipantDetail = {
  campaign: OrgCampaign;
  participationId: string;
  name: string;
  isAnonymous: boolean;
  externalId: string | null;
  status: string;
  statusLabel: string;
  isImproved: boolean;
  startedAt: Date;
  completedAt: Date | null;
  sharedAt: Date | null;
  /** assessment campaigns, once shared: the frozen results */
  results: {
    masteryPercent: number;
    validated: number;
    total: number;
    stage: { number: number; count: number; title: string; mediatorMessage: string | null } | null;
    themes: { id: string; name: string; validated: number; total: number; percent: number }[];
  } | null;
  /** assessment campaigns: how far the test went (shown before sending too) */
  progress: { answered: number; testFinished: boolean } | null;
  /** assessment campaigns, once shared: every answer in order */
  answers: ParticipantAnswer[];
  totalTimeMs: number | null;
  diag: ParticipantDiag | null;
  history: ParticipantProgressRow[];
  notes: ParticipantNote[];
};

/** The first paragraph of an instruction, cut to about 120 characters. */
export function shortInstruction(text: string, max = 120): string {
  const first = text.split(/\n\s*\n/)[0]!.replace(/\s+/g, " ").trim();
  if (first.length <= max) return first;
  const cut = first.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max - 20)).trimEnd()}…`;
}

const pct = (v: number, t: number) => (t ? Math.floor((v * 100) / t) : 0);

/**
 * One participant of a campaign, for its organisation's members: identity (or "Participant
 * anonyme"), dates, status; the frozen results once shared (nothing before, except progress);
 * ABC Diag's dimensions and orientation; their other participations in this organisation's
 * campaigns; the organisation's notes. Every query goes by primary key or an indexed column.
 */
export async function getParticipant(actor: Actor | null, input: { orgId: string; campaignId: string; participationId: string }): Promise<ParticipantDetail> {
  const db = getDb();
  const campaign = await getOrgCampaign(db, actor, input.orgId, input.campaignId);
  if (!isUuid(input.participationId)) throw new NotFound("Ce participant n'existe pas.");
  const [row] = await db
    .select({ p: cp, firstName: users.firstName, lastName: users.lastName, isAnonymous: users.isAnonymous })
    .from(cp)
    .innerJoin(users, eq(users.id, cp.userId))
    .where(and(eq(cp.id, input.participationId), eq(cp.campaignId, campaign.id)));
  if (!row) throw new NotFound("Ce participant n'existe pas.");
  const p = row.p;
  const index = getContentIndex();

  const [historyRows, noteRows] = await Promise.all([
    // campaign_participations_user_idx, then campaigns by primary key, kept to this organisation
    db
      .select({ p: cp, campaignName: campaigns.name, campaignType: campaigns.type })
      .from(cp)
      .innerJoin(campaigns, eq(campaigns.id, cp.campaignId))
      .where(and(eq(cp.userId, p.userId), eq(campaigns.organisationId, campaign.organisationId)))
      .orderBy(asc(cp.createdAt))
      .limit(100),
    // participation_notes_participation_idx
    db
      .select({ n: participationNotes, firstName: users.firstName, lastName: users.lastName })
      .from(participationNotes)
      .leftJoin(users, eq(users.id, participationNotes.authorId))
      .where(eq(participationNotes.participationId, p.id))
      .orderBy(asc(participationNotes.createdAt))
      .limit(500),
  ]);

  const detail: ParticipantDetail = {
    campaign,
    participationId: p.id,
    name: row.isAnonymous ? "Participant anonyme" : `${row.firstName} ${row.lastName}`.trim(),
    isAnonymous: row.isAnonymous,
    externalId: p.externalId,
    status: p.status,
    statusLabel: PARTICIPATION_STATUS_LABEL[p.status] ?? p.status,
    isImproved: p.isImproved,
    startedAt: p.createdAt,
    completedAt: p.completedAt,
    sharedAt: p.sharedAt,
    results: null,
    progress: null,
    answers: [],
    totalTimeMs: null,
    diag: null,
    history: historyRows.map((h) => ({
      participationId: h.p.id,
      campaignId: h.p.campaignId,
      campaignName: h.campaignName,
      campaignType: h.campaignType,
      startedAt: h.p.createdAt,
      sharedAt: h.p.sharedAt,
      status: h.p.status,
      isImproved: h.p.isImproved,
      masteryPercent: h.p.status === "shared" && h.p.masteryBasisPoints !== null ? Math.floor(h.p.masteryBasisPoints / 100) : null,
      isThis: h.p.id === p.id,
    })),
    notes: noteRows.map((r) => ({
      id: r.n.id,
      body: r.n.body,
      authorName: r.firstName ? `${r.firstName} ${r.lastName}`.trim() : "Ancien membre",
      createdAt: r.n.createdAt,
      mine: actor?.userId === r.n.authorId,
    })),
  };

  if (campaign.type === "assessment") {
    const [a] = await db
      .select({ id: assessments.id, state: assessments.state })
      .from(assessments)
      .where(eq(assessments.campaignParticipationId, p.id));
    const answerRows = a
      ? await db
          .select({ position: answers.position, challengeId: answers.challengeId, status: answers.status, timeSpentMs: answers.timeSpentMs })
          .from(answers)
          .where(eq(answers.assessmentId, a.id))
          .orderBy(asc(answers.position))
      : [];
    detail.progress = { answered: answerRows.length, testFinished: a?.state === "completed" };
    if (p.status === "shared") {
      const profile = campaign.targetProfileId ? index.targetProfileById.get(campaign.targetProfileId) : undefined;
      const stage = p.stageReached && profile ? profile.stages[p.stageReached - 1] : undefined;
      detail.results = {
        masteryPercent: Math.floor((p.masteryBasisPoints ?? 0) / 100),
        validated: p.validatedSkills ?? 0,
        total: p.targetSkills ?? 0,
        stage: stage ? { number: p.stageReached!, count: profile!.stages.length, title: stage.title, mediatorMessage: stage.mediatorMessage ?? null } : null,
        themes: (p.snapshot?.themes ?? []).map((t) => ({ ...t, percent: pct(t.validated, t.total) })),
      };
      detail.answers = answerRows.map((r) => {
        const challenge = index.challengeById.get(r.challengeId);
        const skill = challenge ? index.skillById.get(challenge.skillId) : undefined;
        const tube = skill ? index.tubeById.get(skill.tubeId) : undefined;
        return {
          position: r.position,
          instruction: challenge ? shortInstruction(challenge.instruction) : "Question retirée du référentiel",
          tubeTitle: tube?.title ?? null,
          status: r.status,
          statusLabel: fr.answerStatus[r.status as AnswerStatus] ?? r.status,
          right: r.status === "ok" || r.status === "focusedOut",
          timeSpentMs: r.timeSpentMs,
        };
      });
      const timed = answerRows.filter((r) => r.timeSpentMs !== null);
      detail.totalTimeMs = timed.length ? timed.reduce((s, r) => s + r.timeSpentMs!, 0) : null;
    }
  } else if (campaign.type === "abc-diag") {
    const diag = index.referential.abcDiag;
    // diag_runs_user_idx (user_id, created_at), then the run of this participation
    const [run] = await db
      .select({ id: diagRuns.id, resultCode: diagRuns.resultCode, state: diagRuns.state })
      .from(diagRuns)
      .where(and(eq(diagRuns.userId, p.userId), eq(diagRuns.participationId, p.id)))
      .limit(1);
    if (run && diag) {
      const rows = await db.select({ challengeId: diagAnswers.challengeId, status: diagAnswers.status }).from(diagAnswers).where(eq(diagAnswers.runId, run.id));
      const completed = run.state === "completed";
      const r = completed ? abcDiagResult(diag, new Map(rows.map((x) => [x.challengeId, x.status as AnswerStatus]))) : null;
      detail.diag = {
        resultCode: run.resultCode,
        completed,
        answered: rows.length,
        questionCount: diag.questions.length,
        dimensions: r ? r.dimensions : null,
        orientation: r ? r.orientation : null,
        workOnFirst: r ? r.workOnFirst : null,
      };
    }
  }
  return detail;
}
