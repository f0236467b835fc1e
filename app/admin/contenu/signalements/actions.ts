"use server";

import { redirect } from "next/navigation";
import { errorParam } from "@/lib/actions/error-param";
import { formText } from "@/lib/actions/form-data";
import { markReportsHandled } from "@/lib/admin/content/mark-reports-handled";
import { currentActor } from "@/lib/auth/current-actor";
import { getContentIndex } from "@/lib/content";

/** "Marquer comme traité": every open report of one challenge; back to the list with the same filter. */
export async function markHandledAction(formData: FormData): Promise<void> {
  const competence = formText(formData, "competence");
  const back = new URLSearchParams();
  if (competence && getContentIndex().competenceById.has(competence)) back.set("competence", competence);
  let marked = 0;
  try {
    ({ marked } = await markReportsHandled(await currentActor(), { challengeId: formText(formData, "challengeId") }));
  } catch (e) {
    back.set("erreur", decodeURIComponent(errorParam(e, "markHandledAction")));
    redirect(`/admin/contenu/signalements?${back.toString()}`);
  }
  back.set("message", marked > 0 ? "traite" : "deja-traite");
  redirect(`/admin/contenu/signalements?${back.toString()}`);
}
