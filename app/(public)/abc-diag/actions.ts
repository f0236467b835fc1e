"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { answerDiag } from "@/lib/abc-diag/answer-diag";
import { formText } from "@/lib/actions/form-data";
import { answerFieldsFromForm, isEmptyAnswer } from "@/lib/assessments/answer-form";
import { startDiag } from "@/lib/abc-diag/start-diag";
import { NotCurrentChallenge } from "@/lib/assessments/errors";
import { signIn } from "@/lib/auth/auth";
import { currentActor } from "@/lib/auth/current-actor";
import { endSession } from "@/lib/auth/end-session";
import { getContentIndex } from "@/lib/content";
import { DomainError, NotAuthenticated } from "@/lib/errors";
import { fr } from "@/lib/i18n/fr";

/** "Commencer": no account needed; an anonymous session is opened for this browser. */
export async function startDiagAction(): Promise<void> {
  const actor = await currentActor();
  const { newSessionId } = await startDiag(actor);
  if (newSessionId) await signIn("credentials", { sessionId: newSessionId, redirect: false });
  redirect("/abc-diag/question");
}

export async function answerDiagAction(formData: FormData): Promise<void> {
  const actor = await currentActor();
  const answer = answerFieldsFromForm(formData);
  const isSimulator = getContentIndex().abcDiagChallengeById.get(answer.challengeId)?.type === "SIMULATOR";
  if (!isSimulator && isEmptyAnswer(answer)) redirect(`/abc-diag/question?erreur=${encodeURIComponent(fr.emptyAnswer)}`);
  let target = "/abc-diag/question";
  try {
    const { completed } = await answerDiag(actor, { ...answer, runId: formText(formData, "runId") });
    if (completed) target = "/abc-diag/resultat";
  } catch (e) {
    if (e instanceof NotAuthenticated) target = "/abc-diag?session=terminee";
    else if (e instanceof NotCurrentChallenge) target = "/abc-diag/question?info=ailleurs";
    else if (e instanceof z.ZodError) target = "/abc-diag/question";
    else if (e instanceof DomainError) target = `/abc-diag/question?erreur=${encodeURIComponent(e.userMessage)}`;
    else throw e;
  }
  redirect(target);
}

/** "Terminer": the anonymous session ends, so the next person on this computer starts clean. */
export async function endDiagAction(): Promise<void> {
  const actor = await currentActor();
  if (actor && !actor.isAnonymous) redirect("/accueil");
  await endSession(actor);
  redirect("/abc-diag/fin");
}
