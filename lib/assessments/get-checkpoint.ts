import "server-only";
import { and, asc, eq, gte, lte } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { answers } from "@/db/schema";
import type { AnswerStatus } from "@/lib/answers";
import { assertRegistered, type Actor } from "@/lib/auth/actor";
import { getContentIndex } from "@/lib/content";
import type { Competence, Tutorial } from "@/lib/content/types";
import { NotFound } from "@/lib/errors";
import { acceptedProposalsOf, type CommunityTutorial } from "@/lib/tutorials/list-tutorials";
import { correctAnswerText, givenAnswerText } from "./correct-answer";
import { SERIES_LENGTH } from "./get-current-challenge";
import { competenceByCode, latestAssessment, loadResets, type AssessmentRow } from "./knowledge";

export type CheckpointItem = {
  answerId: string;
  position: number;
  challengeId: string;
  instruction: string;
  status: AnswerStatus;
  given: string[];
  expected: string[];
  explanation: string;
  successTutorials: Tutorial[];
  learnMoreTutorials: Tutorial[];
  /** learners' proposals accepted by staff for the question's skill */
  communityTutorials: CommunityTutorial[];
};

export type Checkpoint = {
  competence: Competence;
  assessmentId: string;
  series: number;
  items: CheckpointItem[];
  completed: boolean;
};

/** The correction of one series of 5 answers of the learner's latest test on a competence. */
export async function getCheckpoint(actor: Actor | null, input: { competenceCode: string; series: number }): Promise<Checkpoint> {
  assertRegistered(actor);
  const competence = competenceByCode(input.competenceCode);
  const db = getDb();
  const resets = await loadResets(db, actor.userId, competence.id);
  const a = await latestAssessment(db, actor.userId, competence.id, resets[competence.id]);
  if (!a) throw new NotFound("Aucun test en cours sur cette compétence.");
  return { competence, ...(await checkpointOf(db, a, input.series)) };
}

/** The correction of one series of 5 answers of an assessment (the caller has checked the owner). */
export async function checkpointOf(db: DbOrTx, a: AssessmentRow, series: number): Promise<Omit<Checkpoint, "competence">> {
  const first = (series - 1) * SERIES_LENGTH + 1;
  const rows = await db
    .select()
    .from(answers)
    .where(and(eq(answers.assessmentId, a.id), gte(answers.position, first), lte(answers.position, first + SERIES_LENGTH - 1)))
    .orderBy(asc(answers.position));
  if (rows.length === 0) throw new NotFound("Cette série de questions n'existe pas.");
  const index = getContentIndex();
  const tutorials = (ids: string[]) => ids.map((id) => index.tutorialById.get(id)).filter((t): t is Tutorial => !!t);
  const skillOf = (challengeId: string) => index.skillById.get(index.challengeById.get(challengeId)!.skillId)!;
  const community = await acceptedProposalsOf(db, rows.map((r) => skillOf(r.challengeId).id));
  return {
    assessmentId: a.id,
    series,
    completed: a.state === "completed",
    items: rows.map((r) => {
      const challenge = index.challengeById.get(r.challengeId)!;
      const skill = index.skillById.get(challenge.skillId)!;
      return {
        answerId: r.id,
        position: r.position,
        challengeId: r.challengeId,
        instruction: challenge.instruction,
        status: r.status as AnswerStatus,
        given: givenAnswerText(challenge, r.value),
        expected: correctAnswerText(challenge),
        explanation: challenge.explanation,
        successTutorials: r.status === "ok" ? [] : tutorials(skill.successTutorialIds),
        learnMoreTutorials: tutorials(skill.learnMoreTutorialIds),
        communityTutorials: community.filter((t) => t.skillId === skill.id),
      };
    }),
  };
}
