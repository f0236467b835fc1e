import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { answers, assessments, problemReports } from "@/db/schema";
import { assertRegistered, type Actor } from "@/lib/auth/actor";
import { getContentIndex } from "@/lib/content";
import { NotFound } from "@/lib/errors";
import { competenceByCode, latestAssessment, loadResets } from "./knowledge";

export const PROBLEM_CATEGORIES = {
  question: "La question",
  image: "L'image",
  link: "Un lien",
  attachment: "Le fichier à télécharger",
  simulator: "Le simulateur",
  accessibility: "L'accessibilité",
  answer: "La réponse attendue",
  tutorial: "Un tutoriel",
  other: "Autre chose",
} as const;

export const reportProblemSchema = z.object({
  assessmentId: z.uuid("Test introuvable."),
  challengeId: z.string().min(1, "Question introuvable.").max(200),
  category: z.enum(Object.keys(PROBLEM_CATEGORIES) as [keyof typeof PROBLEM_CATEGORIES], "Choisissez ce qui pose problème."),
  comment: z.string().trim().min(1, "Décrivez le problème en quelques mots.").max(2000, "Votre message ne peut pas dépasser 2 000 caractères."),
});

/** Stores a problem report with the challenge, the learner's answer (if any) and the content version. */
export async function reportProblem(actor: Actor | null, input: z.infer<typeof reportProblemSchema>): Promise<void> {
  assertRegistered(actor);
  if (!getContentIndex().challengeById.has(input.challengeId)) throw new NotFound("Cette question n'existe pas.");
  const db = getDb();
  await db.transaction(async (tx) => {
    const [a] = await tx
      .select({ id: assessments.id })
      .from(assessments)
      .where(and(eq(assessments.id, input.assessmentId), eq(assessments.userId, actor.userId)));
    if (!a) throw new NotFound("Ce test n'existe pas.");
    const [answer] = await tx
      .select({ id: answers.id })
      .from(answers)
      .where(and(eq(answers.assessmentId, a.id), eq(answers.challengeId, input.challengeId)));
    await tx.insert(problemReports).values({
      userId: actor.userId,
      assessmentId: a.id,
      challengeId: input.challengeId,
      answerId: answer?.id ?? null,
      category: input.category,
      comment: input.comment,
      contentVersion: getContentIndex().version,
    });
  });
}

/** The learner's latest test on a competence, for the report form (the challenge must exist). */
export async function reportContext(actor: Actor | null, input: { competenceCode: string; challengeId: string }) {
  assertRegistered(actor);
  const competence = competenceByCode(input.competenceCode);
  if (!getContentIndex().challengeById.has(input.challengeId)) return null;
  const db = getDb();
  const resets = await loadResets(db, actor.userId, competence.id);
  const a = await latestAssessment(db, actor.userId, competence.id, resets[competence.id]);
  return a ? { competence, assessmentId: a.id } : null;
}
