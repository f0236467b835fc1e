"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { validatedAction } from "@/lib/actions/validated-action";
import { signIn } from "@/lib/auth/auth";
import { currentActor } from "@/lib/auth/current-actor";
import { clientIp } from "@/lib/auth/rate-limit";
import { campaignCodeSchema } from "@/lib/campaigns/code";
import { findCampaignForJoin } from "@/lib/campaigns/find-campaign";
import { errorParam } from "@/lib/actions/error-param";
import { formText } from "@/lib/actions/form-data";
import { afterAnswerPath, answerChallenge } from "@/lib/assessments/answer-challenge";
import { answerFieldsFromForm, isEmptyAnswer } from "@/lib/assessments/answer-form";
import { AssessmentCompleted, NotCurrentChallenge } from "@/lib/assessments/errors";
import { joinCampaign } from "@/lib/campaigns/join-campaign";
import { retryParticipation } from "@/lib/campaigns/retry-participation";
import { shareParticipation } from "@/lib/campaigns/share-participation";
import { getContentIndex } from "@/lib/content";
import { Conflict, NotFound } from "@/lib/errors";

/** "Accéder au parcours": a right code leads to its page; a wrong or archived one gets a message next to the field. */
export const findCodeAction = validatedAction(z.object({ code: campaignCodeSchema }), async ({ code }) => {
  try {
    await findCampaignForJoin(getDb(), code, clientIp(await headers()));
  } catch (e) {
    // shown next to the field: a wrong code, an archived campaign
    if (e instanceof NotFound) throw new Conflict(e.userMessage, "code");
    throw e;
  }
  redirect(`/campagnes/${code}`);
});

/** Joins the campaign (with or without an account when it allows it) and goes to its first step. */
export const joinAction = validatedAction(z.object({ code: campaignCodeSchema, externalId: z.string().max(200).optional() }), async ({ code, externalId }) => {
  const actor = await currentActor();
  const joined = await joinCampaign(actor, { code, externalId, ip: clientIp(await headers()) });
  if (joined.newSessionId) await signIn("credentials", { sessionId: joined.newSessionId, redirect: false });
  if (joined.type === "abc-diag") redirect("/abc-diag/question");
  if (joined.type === "assessment") redirect(`/campagnes/${joined.code}/evaluation`);
  redirect(`/campagnes/${joined.code}/resultat`);
});

/** An answer to the campaign's current question; then the checkpoint, the next question or the result. */
export async function campaignAnswerAction(formData: FormData): Promise<void> {
  const code = campaignCodeSchema.safeParse(formText(formData, "code"));
  if (!code.success) redirect("/campagnes");
  const base = `/campagnes/${code.data}/evaluation`;
  const actor = await currentActor();
  if (!actor) redirect(`/campagnes/${code.data}`);
  const answer = answerFieldsFromForm(formData);
  const isSimulator = getContentIndex().challengeById.get(answer.challengeId)?.type === "SIMULATOR";
  if (!isSimulator && isEmptyAnswer(answer)) redirect(`${base}?erreur=vide`);
  let target: string;
  try {
    target = afterAnswerPath(await answerChallenge(actor, { ...answer, assessmentId: formText(formData, "assessmentId") }));
  } catch (e) {
    if (e instanceof NotCurrentChallenge) target = `${base}?info=ailleurs`;
    else if (e instanceof AssessmentCompleted) target = `/campagnes/${code.data}/resultat`;
    else if (e instanceof z.ZodError) target = `${base}?erreur=vide`;
    else target = `${base}?erreur=${errorParam(e, "campaign action")}`;
  }
  redirect(target);
}

/** "J'envoie mes résultats" / "J'envoie mon profil". */
export async function shareAction(formData: FormData): Promise<void> {
  const code = campaignCodeSchema.safeParse(formText(formData, "code"));
  if (!code.success) redirect("/campagnes");
  const page = `/campagnes/${code.data}/resultat`;
  const actor = await currentActor();
  if (!actor) redirect(`/campagnes/${code.data}`);
  try {
    await shareParticipation(actor, { code: code.data });
  } catch (e) {
    redirect(`${page}?erreur=${errorParam(e, "campaign action")}`);
  }
  redirect(`${page}?envoi=ok`);
}

/** "Je retente" (multiple sendings, 4 days after sending). */
export async function retryCampaignAction(formData: FormData): Promise<void> {
  const code = campaignCodeSchema.safeParse(formText(formData, "code"));
  if (!code.success) redirect("/campagnes");
  const actor = await currentActor();
  if (!actor) redirect(`/campagnes/${code.data}`);
  try {
    await retryParticipation(actor, { code: code.data });
  } catch (e) {
    redirect(`/campagnes/${code.data}/resultat?erreur=${errorParam(e, "campaign action")}`);
  }
  redirect(`/campagnes/${code.data}/evaluation`);
}
