"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formText } from "@/lib/actions/form-data";
import { answerFieldsFromForm, isEmptyAnswer } from "@/lib/assessments/answer-form";
import { currentActor } from "@/lib/auth/current-actor";
import { getContentIndex } from "@/lib/content";
import { fr } from "@/lib/i18n/fr";
import { DomainError } from "@/lib/errors";
import { answerPreview } from "@/lib/previews/answer-preview";
import { startPreview } from "@/lib/previews/start-preview";

const challengeIdSchema = z.string().trim().regex(/^ch-[A-Za-z0-9_-]{1,150}$/, "Un identifiant d'épreuve commence par « ch- ».");

function pathOf(challengeId: string): string {
  return `/admin/apercu/${encodeURIComponent(challengeId)}`;
}

/** "Voir une épreuve": goes to its preview page (a wrong id gets a message on the index). */
export async function findChallengeAction(formData: FormData): Promise<void> {
  const id = challengeIdSchema.safeParse(formText(formData, "epreuve"));
  if (!id.success) redirect(`/admin/apercu?erreur=${encodeURIComponent(id.error.issues[0]!.message)}`);
  redirect(pathOf(id.data));
}

export async function startPreviewAction(formData: FormData): Promise<void> {
  const id = challengeIdSchema.safeParse(formText(formData, "challengeId"));
  if (!id.success) redirect("/admin/apercu");
  try {
    await startPreview(await currentActor(), id.data);
  } catch (e) {
    if (e instanceof DomainError) redirect(`/admin/apercu?erreur=${encodeURIComponent(e.userMessage)}`);
    throw e;
  }
  redirect(pathOf(id.data));
}

export async function answerPreviewAction(formData: FormData): Promise<void> {
  const id = challengeIdSchema.safeParse(formText(formData, "challengeId"));
  if (!id.success) redirect("/admin/apercu");
  const answer = answerFieldsFromForm(formData);
  const isSimulator = getContentIndex().challengeById.get(id.data)?.type === "SIMULATOR";
  if (!isSimulator && isEmptyAnswer(answer)) redirect(`${pathOf(id.data)}?erreur=${encodeURIComponent(fr.emptyAnswer)}`);
  try {
    await answerPreview(await currentActor(), { ...answer, challengeId: id.data, previewId: formText(formData, "previewId") });
  } catch (e) {
    if (e instanceof DomainError || e instanceof z.ZodError) redirect(`${pathOf(id.data)}?erreur=${encodeURIComponent(e instanceof DomainError ? e.userMessage : "Réponse illisible.")}`);
    throw e;
  }
  redirect(pathOf(id.data));
}
