"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { answerDiag } from "@/lib/abc-diag/answer-diag";
import { startDiag } from "@/lib/abc-diag/start-diag";
import { NotCurrentChallenge } from "@/lib/assessments/errors";
import { signIn, signOut } from "@/lib/auth/auth";
import { currentActor } from "@/lib/auth/current-actor";
import { revokeSession } from "@/lib/auth/sessions";
import { getDb } from "@/db/client";
import { DomainError, NotAuthenticated } from "@/lib/errors";

function str(fd: FormData, key: string): string {
  const v = fd.get(key);
  return typeof v === "string" ? v : "";
}

/** "Commencer": no account needed; an anonymous session is opened for this browser. */
export async function startDiagAction(): Promise<void> {
  const actor = await currentActor();
  const { newSessionId } = await startDiag(actor);
  if (newSessionId) await signIn("credentials", { sessionId: newSessionId, redirect: false });
  redirect("/abc-diag/question");
}

export async function answerDiagAction(formData: FormData): Promise<void> {
  const actor = await currentActor();
  const fields: Record<string, string> = {};
  for (const [k, v] of formData.entries()) if (k.startsWith("rep_") && typeof v === "string") fields[k] = v;
  let target = "/abc-diag/question";
  try {
    const { completed } = await answerDiag(actor, {
      runId: str(formData, "runId"),
      challengeId: str(formData, "challengeId"),
      skip: str(formData, "passer") === "1",
      choice: str(formData, "reponse") || undefined,
      choices: formData.getAll("reponses").filter((v): v is string => typeof v === "string"),
      fields,
    });
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
  if (actor) await revokeSession(getDb(), actor.sessionId, new Date());
  await signOut({ redirect: false });
  redirect("/abc-diag/fin");
}
