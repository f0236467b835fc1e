import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { assessments } from "@/db/schema";
import { assertRegistered, type Actor } from "@/lib/auth/actor";
import { getContentIndex } from "@/lib/content";
import type { Area, Competence } from "@/lib/content/types";
import { resetEligibility, retryEligibility, scoreProfile, type CompetenceScore, type ProfileScore } from "@/lib/scoring";
import { hasPlayableContent, loadKnowledge, loadResets, scoredKnowledge, scoringOptions, type AssessmentRow } from "./knowledge";

export type CompetenceAction =
  | { kind: "unavailable" }
  | { kind: "start" }
  | { kind: "resume"; assessmentId: string }
  | { kind: "retry"; allowed: boolean; daysLeft: number };

export type CompetenceCard = {
  competence: Competence;
  area: Area;
  score: CompetenceScore;
  action: CompetenceAction;
  /** "Remettre à zéro": only for a finished competence with pix */
  reset: { allowed: boolean; daysLeft: number } | null;
  latest: Pick<AssessmentRow, "id" | "state" | "createdAt" | "completedAt" | "updatedAt"> | null;
};

export type Profile = {
  areas: { area: Area; competences: CompetenceCard[] }[];
  score: ProfileScore;
  /** nothing started yet: the page greets the learner */
  firstVisit: boolean;
  /** the test in progress updated last, if any */
  lastStarted: CompetenceCard | null;
};

/** The learner's 16 competences with levels, pix and the one action that applies. */
export async function getProfile(actor: Actor | null, now = new Date()): Promise<Profile> {
  assertRegistered(actor);
  const db = getDb();
  const index = getContentIndex();
  const [knowledge, resets, rows] = await Promise.all([
    loadKnowledge(db, actor.userId),
    loadResets(db, actor.userId),
    db.select().from(assessments).where(eq(assessments.userId, actor.userId)).orderBy(desc(assessments.createdAt)),
  ]);
  const score = scoreProfile(scoredKnowledge(knowledge, resets).values(), index.referential.competences, scoringOptions());
  const latestBy = new Map<string, AssessmentRow>();
  for (const r of rows) if (r.competenceId && !latestBy.has(r.competenceId)) latestBy.set(r.competenceId, r);
  const cards: CompetenceCard[] = index.referential.competences.map((competence) => {
    let latest = latestBy.get(competence.id) ?? null;
    const resetAt = resets[competence.id];
    if (latest && resetAt && latest.createdAt <= resetAt) latest = null;
    const s = score.competences[competence.id]!;
    let action: CompetenceAction;
    let reset: CompetenceCard["reset"] = null;
    if (!hasPlayableContent(competence.id)) action = { kind: "unavailable" };
    else if (!latest) action = { kind: "start" };
    else if (latest.state === "started") action = { kind: "resume", assessmentId: latest.id };
    else {
      const endedAt = latest.completedAt ?? latest.updatedAt;
      const r = retryEligibility(endedAt, now);
      action = { kind: "retry", allowed: r.allowed, daysLeft: r.daysLeft };
      if (s.pix > 0) {
        const z = resetEligibility(endedAt, now);
        reset = { allowed: z.allowed, daysLeft: z.daysLeft };
      }
    }
    return { competence, area: index.areaByCode.get(competence.areaCode)!, score: s, action, reset, latest };
  });
  const started = cards.filter((c) => c.action.kind === "resume").sort((a, b) => b.latest!.updatedAt.getTime() - a.latest!.updatedAt.getTime());
  return {
    areas: index.referential.areas.map((area) => ({ area, competences: cards.filter((c) => c.competence.areaCode === area.code) })),
    score,
    firstVisit: rows.length === 0,
    lastStarted: started[0] ?? null,
  };
}

/** One competence card of the learner's profile. */
export async function getCompetenceCard(actor: Actor | null, competenceId: string, now = new Date()): Promise<CompetenceCard> {
  const profile = await getProfile(actor, now);
  for (const a of profile.areas) for (const c of a.competences) if (c.competence.id === competenceId) return c;
  throw new Error(`unknown competence ${competenceId}`);
}
