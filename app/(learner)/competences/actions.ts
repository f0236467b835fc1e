"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { errorParam } from "@/lib/actions/error-param";
import { formText } from "@/lib/actions/form-data";
import { afterAnswerPath, answerChallenge } from "@/lib/assessments/answer-challenge";
import { answerFieldsFromForm, isEmptyAnswer } from "@/lib/assessments/answer-form";
import { AssessmentCompleted, NotCurrentChallenge } from "@/lib/assessments/errors";
import { reportProblem, reportProblemSchema } from "@/lib/assessments/report-problem";
import { resetCompetence } from "@/lib/assessments/reset";
import { retryCompetence } from "@/lib/assessments/retry";
import { startOrResume } from "@/lib/assessments/start-or-resume";
import { requireActorOrLogin } from "@/lib/auth/current-actor";
import { getContentIndex } from "@/lib/content";
import { NotAuthenticated } from "@/lib/errors";
import { setTutorialSaved } from "@/lib/tutorials/save-tutorial";
import { voteTutorial } from "@/lib/tutorials/vote-tutorial";

const codeSchema = z.string().regex(/^[1-5]\.[1-9]$/, "Compétence inconnue.");
/** A local path to come back to (never another site). */
const returnSchema = z
  .string()
  .regex(/^\/[a-z0-9\-/.?=&%_]*$/i, "Adresse de retour invalide.")
  .refine((s) => !s.startsWith("//"), "Adresse de retour invalide.");

export async function startAction(formData: FormData): Promise<void> {
  const code = codeSchema.safeParse(formText(formData, "code"));
  if (!code.success) redirect("/profil");
  const actor = await requireActorOrLogin(`/competences/${code.data}`);
  try {
    await startOrResume(actor, { competenceCode: code.data });
  } catch (e) {
    redirect(`/competences/${code.data}?erreur=${errorParam(e, "learner action")}`);
  }
  redirect(`/competences/${code.data}/evaluation`);
}

export async function answerAction(formData: FormData): Promise<void> {
  const code = codeSchema.safeParse(formText(formData, "code"));
  if (!code.success) redirect("/profil");
  const base = `/competences/${code.data}/evaluation`;
  const actor = await requireActorOrLogin(base);
  const answer = answerFieldsFromForm(formData);
  const isSimulator = getContentIndex().challengeById.get(answer.challengeId)?.type === "SIMULATOR";
  if (!isSimulator && isEmptyAnswer(answer)) redirect(`${base}?erreur=vide`);
  let target: string;
  try {
    const outcome = await answerChallenge(actor, { ...answer, assessmentId: formText(formData, "assessmentId") });
    target = afterAnswerPath(outcome);
  } catch (e) {
    if (e instanceof NotCurrentChallenge) target = `${base}?info=ailleurs`;
    else if (e instanceof AssessmentCompleted) target = `/competences/${code.data}/resultat`;
    else if (e instanceof z.ZodError) target = `${base}?erreur=vide`;
    else if (e instanceof NotAuthenticated) target = `/connexion?retour=${encodeURIComponent(base)}`;
    else target = `${base}?erreur=${errorParam(e, "learner action")}`;
  }
  redirect(target);
}

export async function retryAction(formData: FormData): Promise<void> {
  const code = codeSchema.safeParse(formText(formData, "code"));
  if (!code.success) redirect("/profil");
  const actor = await requireActorOrLogin(`/competences/${code.data}/retenter`);
  try {
    await retryCompetence(actor, { competenceCode: code.data });
  } catch (e) {
    redirect(`/competences/${code.data}?erreur=${errorParam(e, "learner action")}`);
  }
  redirect(`/competences/${code.data}/evaluation`);
}

export async function resetAction(formData: FormData): Promise<void> {
  const code = codeSchema.safeParse(formText(formData, "code"));
  if (!code.success) redirect("/profil");
  const actor = await requireActorOrLogin(`/competences/${code.data}/remettre-a-zero`);
  try {
    await resetCompetence(actor, { competenceCode: code.data });
  } catch (e) {
    redirect(`/competences/${code.data}?erreur=${errorParam(e, "learner action")}`);
  }
  redirect(`/profil?remis-a-zero=${code.data}`);
}

export async function reportProblemAction(formData: FormData): Promise<void> {
  const code = codeSchema.safeParse(formText(formData, "code"));
  if (!code.success) redirect("/profil");
  const back = returnSchema.safeParse(formText(formData, "retour"));
  const returnTo = back.success ? back.data : `/competences/${code.data}/evaluation`;
  const page = `/competences/${code.data}/evaluation/signaler?epreuve=${encodeURIComponent(formText(formData, "challengeId"))}&retour=${encodeURIComponent(returnTo)}`;
  const actor = await requireActorOrLogin(page);
  const parsed = reportProblemSchema.safeParse({
    assessmentId: formText(formData, "assessmentId"),
    challengeId: formText(formData, "challengeId"),
    category: formText(formData, "category"),
    comment: formText(formData, "comment"),
  });
  if (!parsed.success) redirect(`${page}&erreur=${encodeURIComponent(parsed.error.issues[0]!.message)}`);
  try {
    await reportProblem(actor, parsed.data);
  } catch (e) {
    // never blocks the test: the learner goes back with a message
    redirect(`${returnTo}${returnTo.includes("?") ? "&" : "?"}signalement=echec&detail=${errorParam(e, "learner action")}`);
  }
  redirect(`${returnTo}${returnTo.includes("?") ? "&" : "?"}signalement=envoye`);
}

export async function saveTutorialAction(formData: FormData): Promise<void> {
  const back = returnSchema.safeParse(formText(formData, "retour"));
  const returnTo = back.success ? back.data : "/tutoriels";
  const actor = await requireActorOrLogin(returnTo);
  const id = z.string().regex(/^tuto-[\w-]+$/).safeParse(formText(formData, "tutorialId"));
  if (id.success) {
    try {
      await setTutorialSaved(actor, { tutorialId: id.data, saved: formText(formData, "saved") === "1" });
    } catch (e) {
      redirect(`/tutoriels?erreur=${errorParam(e, "learner action")}`);
    }
  }
  redirect(returnTo);
}

export async function voteTutorialAction(formData: FormData): Promise<void> {
  const id = z.string().regex(/^tuto-[\w-]+$/).safeParse(formText(formData, "tutorialId"));
  if (!id.success) redirect("/tutoriels");
  const actor = await requireActorOrLogin(`/tutoriels/${id.data}`);
  try {
    await voteTutorial(actor, { tutorialId: id.data, useful: formText(formData, "useful") === "1" });
  } catch (e) {
    redirect(`/tutoriels?erreur=${errorParam(e, "learner action")}`);
  }
  redirect(`/tutoriels/${id.data}?vote=merci`);
}
