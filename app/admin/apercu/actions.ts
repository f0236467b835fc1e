"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { currentActor } from "@/lib/auth/current-actor";
import { DomainError } from "@/lib/errors";
import { answerPreview } from "@/lib/previews/answer-preview";
import { startPreview } from "@/lib/previews/start-preview";

const challengeIdSchema = z.string().trim().regex(/^ch-[A-Za-z0-9_-]{1,150}$/, "Un identifiant d'épreuve commence par « ch- ».");

function str(fd: FormData, key: string): string {
  const v = fd.get(key);
  return typeof v === "string" ? v : "";
}

function pathOf(challengeId: string): string {
  return `/admin/apercu/${encodeURIComponent(challengeId)}`;
}

/** "Voir une épreuve": goes to its preview page (a wrong id gets a message on the index). */
export async function findChallengeAction(formData: FormData): Promise<void> {
  const id = challengeIdSchema.safeParse(str(formData, "epreuve"));
  if (!id.success) redirect(`/admin/apercu?erreur=${encodeURIComponent(id.error.issues[0]!.message)}`);
  redirect(pathOf(id.data));
}

export async function startPreviewAction(formData: FormData): Promise<void> {
  const id = challengeIdSchema.safeParse(str(formData, "challengeId"));
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
  const id = challengeIdSchema.safeParse(str(formData, "challengeId"));
  if (!id.success) redirect("/admin/apercu");
  const fields: Record<string, string> = {};
  for (const [k, v] of formData.entries()) if (k.startsWith("rep_") && typeof v === "string") fields[k] = v;
  try {
    await answerPreview(await currentActor(), {
      previewId: str(formData, "previewId"),
      challengeId: id.data,
      skip: str(formData, "passer") === "1",
      choice: str(formData, "reponse") || undefined,
      choices: formData.getAll("reponses").filter((v): v is string => typeof v === "string"),
      fields,
    });
  } catch (e) {
    if (e instanceof DomainError || e instanceof z.ZodError) redirect(`${pathOf(id.data)}?erreur=${encodeURIComponent(e instanceof DomainError ? e.userMessage : "Réponse illisible.")}`);
    throw e;
  }
  redirect(pathOf(id.data));
}
