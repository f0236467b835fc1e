import "server-only";
import { and, count, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { answers, assessments, knowledgeElements } from "@/db/schema";
import type { AnswerStatus } from "@/lib/answers";
import { assertUser, type Actor } from "@/lib/auth/actor";
import { campaignOfParticipation } from "@/lib/campaigns/participation-campaign";
import { completeParticipation } from "@/lib/campaigns/complete-participation";
import { getContentIndex, getReferential } from "@/lib/content";
import { effectiveKnowledge, knowledgeElementsForAnswer } from "@/lib/engine";
import { NotAllowed, NotFound } from "@/lib/errors";
import { competencePix, scoreFromPix } from "@/lib/scoring";
import { AssessmentCompleted, NotCurrentChallenge } from "./errors";
import { SERIES_LENGTH, TIMER_GRACE_SECONDS } from "./get-current-challenge";
import { gradeAnswer } from "./grade-answer";
import { loadKnowledge, loadResets, scoredKnowledge, scoringOptions } from "./knowledge";
import { assessmentTarget, engineAnswers, nextChallengeFor } from "./next-challenge";

/** The form, as the server action parses it: ids, "Je passe", and the raw answer fields. */
export const answerFormSchema = z.object({
  assessmentId: z.uuid("Test introuvable."),
  challengeId: z.string().min(1).max(200),
  skip: z.boolean().default(false),
  /** the QCU choice (opaque value) */
  choice: z.string().max(100).optional(),
  /** the QCM choices (opaque values) */
  choices: z.array(z.string().max(100)).max(50).default([]),
  /** free answers by form field name */
  fields: z.record(z.string().max(100), z.string().max(2000)).default({}),
});
export type AnswerInput = z.input<typeof answerFormSchema>;

export type AnswerOutcome = {
  /** the competence of the challenge answered (its code, e.g. "1.1") */
  competenceCode: string;
  /** set for a campaign's test: where its pages are, and whether checkpoints are skipped */
  campaign: { code: string; forAbsoluteNovice: boolean } | null;
  position: number;
  status: AnswerStatus;
  levelUp: { from: number; to: number } | null;
  completed: boolean;
  /** true when this was a repeated submission of an answer already stored */
  repeated: boolean;
};


/**
 * Stores the answer to the challenge served last, with its knowledge elements, and serves the
 * next challenge (or ends the test), in one transaction. A repeated submission of a stored
 * answer changes nothing and returns the same outcome. An answer to another challenge is
 * refused (NotCurrentChallenge); a late answer to a timed challenge is stored as "timedout".
 */
export async function answerChallenge(actor: Actor | null, raw: AnswerInput, now = new Date()): Promise<AnswerOutcome> {
  assertUser(actor);
  const input = answerFormSchema.parse(raw);
  const index = getContentIndex();
  return getDb().transaction(async (tx) => {
    const [a] = await tx
      .select()
      .from(assessments)
      .where(and(eq(assessments.id, input.assessmentId), eq(assessments.userId, actor.userId)))
      .for("update");
    if (!a) throw new NotFound("Ce test n'existe pas.");
    // an anonymous participant only ever has a campaign's test
    if (actor.isAnonymous && a.type !== "campaign") throw new NotAllowed();
    const campaign = a.campaignParticipationId ? await campaignOfParticipation(tx, a.campaignParticipationId) : null;
    const challengeCompetence = (id: string) => index.competenceById.get(index.skillById.get(index.challengeById.get(id)?.skillId ?? "")?.competenceId ?? "");
    const competence = (a.competenceId ? index.competenceById.get(a.competenceId) : challengeCompetence(input.challengeId)) ?? index.referential.competences[0]!;
    const campaignRef = campaign ? { code: campaign.code, forAbsoluteNovice: campaign.forAbsoluteNovice } : null;

    const [previous] = await tx
      .select()
      .from(answers)
      .where(and(eq(answers.assessmentId, a.id), eq(answers.challengeId, input.challengeId)));
    if (previous) {
      return {
        competenceCode: competence.code,
        campaign: campaignRef,
        position: previous.position,
        status: previous.status as AnswerStatus,
        levelUp: previous.levelAfter > previous.levelBefore ? { from: previous.levelBefore, to: previous.levelAfter } : null,
        completed: a.state === "completed",
        repeated: true,
      };
    }
    if (a.state !== "started") throw new AssessmentCompleted();
    if (a.currentChallengeId !== input.challengeId) throw new NotCurrentChallenge();
    const challenge = index.challengeById.get(input.challengeId);
    if (!challenge) throw new NotFound("Cette question n'existe plus.");

    const late =
      challenge.timer !== null && a.currentServedAt !== null && now.getTime() - a.currentServedAt.getTime() > (challenge.timer + TIMER_GRACE_SECONDS) * 1000;
    const { value, status } = await gradeAnswer(tx, actor, { kind: "evaluation", contextId: a.id }, challenge, input, { late });

    // a competence test reads that competence's knowledge; a campaign's spans competences
    const knowledge = await loadKnowledge(tx, actor.userId, a.competenceId ?? undefined);
    const resets = await loadResets(tx, actor.userId, a.competenceId ?? undefined);
    const before = scoredKnowledge(knowledge, resets);
    const forEngine = effectiveKnowledge(knowledge, { now, retrying: a.isRetry, resetAt: resets });
    const created = knowledgeElementsForAnswer(getReferential(), forEngine, { challengeId: challenge.id, status, assessmentId: a.id, now });
    const after = scoredKnowledge([...knowledge, ...created], resets);
    const opts = scoringOptions();
    const competenceId = index.skillById.get(challenge.skillId)!.competenceId;
    const levelBefore = scoreFromPix(competencePix(before.values(), competenceId), opts).level;
    const levelAfter = scoreFromPix(competencePix(after.values(), competenceId), opts).level;

    const [{ n }] = (await tx.select({ n: count() }).from(answers).where(eq(answers.assessmentId, a.id))) as [{ n: number }];
    const position = Number(n) + 1;
    const [stored] = await tx
      .insert(answers)
      .values({
        assessmentId: a.id,
        challengeId: challenge.id,
        position,
        value,
        status,
        timeSpentMs: a.currentServedAt ? Math.max(0, now.getTime() - a.currentServedAt.getTime()) : null,
        levelBefore,
        levelAfter,
        contentVersion: index.version,
        createdAt: now,
      })
      .returning({ id: answers.id });
    if (created.length) {
      await tx.insert(knowledgeElements).values(
        created.map((ke) => ({
          userId: actor.userId,
          assessmentId: a.id,
          answerId: stored!.id,
          challengeId: ke.challengeId,
          skillId: ke.skillId,
          tubeId: ke.tubeId,
          competenceId: ke.competenceId,
          status: ke.status,
          source: ke.source,
          earnedPixNum: ke.earnedPix.num,
          earnedPixDen: ke.earnedPix.den,
          createdAt: now,
        })),
      );
    }

    const next = nextChallengeFor({
      assessmentId: a.id,
      target: assessmentTarget(a, campaign?.targetProfileId),
      knowledge: [...knowledge, ...created],
      resets,
      retrying: a.isRetry,
      now,
      answers: await engineAnswers(tx, a.id),
    });
    await tx
      .update(assessments)
      .set(
        next.done
          ? { state: "completed", currentChallengeId: null, currentServedAt: null, completedAt: now, updatedAt: now }
          : { currentChallengeId: next.challengeId, currentServedAt: null, updatedAt: now },
      )
      .where(eq(assessments.id, a.id));
    if (next.done && campaign) await completeParticipation(tx, { participationId: campaign.participationId, userId: actor.userId, shareNow: campaign.forAbsoluteNovice }, now);
    return {
      competenceCode: competence.code,
      campaign: campaignRef,
      position,
      status,
      // level-ups are announced in competence tests only
      levelUp: !campaign && levelAfter > levelBefore ? { from: levelBefore, to: levelAfter } : null,
      completed: next.done,
      repeated: false,
    };
  });
}

/** Where the learner goes after an answer: level-up screen, checkpoint, next question or result. */
export function afterAnswerPath(o: Pick<AnswerOutcome, "competenceCode" | "campaign" | "position" | "levelUp" | "completed">): string {
  if (o.levelUp && !o.campaign) return `/competences/${o.competenceCode}/evaluation/niveau-gagne?question=${o.position}`;
  return continuePath(o);
}

/**
 * After the level-up screen (or directly): checkpoint every 5 answers and at the end, else the
 * next question. A campaign for absolute beginners has no checkpoints: the end leads to its result.
 */
export function continuePath(o: Pick<AnswerOutcome, "competenceCode" | "campaign" | "position" | "completed">): string {
  const base = o.campaign ? `/campagnes/${o.campaign.code}/evaluation` : `/competences/${o.competenceCode}/evaluation`;
  if (o.campaign?.forAbsoluteNovice) return o.completed ? `/campagnes/${o.campaign.code}/resultat` : base;
  if (o.position % SERIES_LENGTH === 0 || o.completed) return `${base}/bilan?serie=${Math.ceil(o.position / SERIES_LENGTH)}`;
  return base;
}
