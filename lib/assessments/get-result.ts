import "server-only";
import { count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { answers } from "@/db/schema";
import { assertRegistered, type Actor } from "@/lib/auth/actor";
import { NotFound } from "@/lib/errors";
import { scoreFromPix } from "@/lib/scoring";
import { getCompetenceCard, type CompetenceCard } from "./get-profile";
import { competenceByCode, latestAssessment, loadResets, scoringOptions } from "./knowledge";

export type AssessmentResult = {
  card: CompetenceCard;
  /** shown pix won in this test */
  pixGained: number;
  answered: number;
  completedAt: Date;
};

/** The end-of-test screen: level and pix, pix gained, the margin to the next level. */
export async function getResult(actor: Actor | null, input: { competenceCode: string }, now = new Date()): Promise<AssessmentResult> {
  assertRegistered(actor);
  const competence = competenceByCode(input.competenceCode);
  const db = getDb();
  const resets = await loadResets(db, actor.userId, competence.id);
  const a = await latestAssessment(db, actor.userId, competence.id, resets[competence.id]);
  if (!a || a.state !== "completed") throw new NotFound("Aucun test terminé sur cette compétence.");
  const card = await getCompetenceCard(actor, competence.id, now);
  const startShown = scoreFromPix(a.startPix, scoringOptions()).pix;
  const [row] = await db.select({ n: count() }).from(answers).where(eq(answers.assessmentId, a.id));
  return { card, pixGained: Math.max(0, card.score.pix - startShown), answered: Number(row?.n ?? 0), completedAt: a.completedAt ?? a.updatedAt };
}
