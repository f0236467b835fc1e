"use server";

import { redirect } from "next/navigation";
import { formText } from "@/lib/actions/form-data";
import { currentActor } from "@/lib/auth/current-actor";
import { markContactMessageHandled } from "@/lib/help/mark-contact-message-handled";
import { DomainError, NotFound } from "@/lib/errors";

/** Back to the list with the same filters (only the known ones), and a message. */
function back(formData: FormData, extra: Record<string, string>): string {
  const params = new URLSearchParams();
  for (const name of ["audience", "topic", "etat"]) {
    const v = formText(formData, name);
    if (/^[a-z-]{1,20}$/.test(v)) params.set(name, v);
  }
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return `/admin/messages?${params.toString()}`;
}

export async function markHandledAction(formData: FormData): Promise<void> {
  try {
    await markContactMessageHandled(await currentActor(), { messageId: formText(formData, "messageId") });
  } catch (e) {
    if (e instanceof DomainError) redirect(back(formData, { erreur: e instanceof NotFound ? "introuvable" : "refus" }));
    throw e;
  }
  redirect(back(formData, { fait: "traite" }));
}
