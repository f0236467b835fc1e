"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { formText } from "@/lib/actions/form-data";
import { currentActor } from "@/lib/auth/current-actor";
import { overruleNeutralisation } from "@/lib/certification/publish/overrule-neutralisation";
import { publishSession } from "@/lib/certification/publish/publish-session";
import { DomainError } from "@/lib/errors";

const pathOf = (sessionId: string) => `/admin/certification/${encodeURIComponent(sessionId)}`;

export async function overruleAction(formData: FormData): Promise<void> {
  const sessionId = formText(formData, "sessionId");
  try {
    await overruleNeutralisation(getDb(), await currentActor(), sessionId, formText(formData, "incidentId"));
  } catch (e) {
    if (e instanceof DomainError) redirect(`${pathOf(sessionId)}?erreur=${encodeURIComponent(e.userMessage)}`);
    throw e;
  }
  redirect(`${pathOf(sessionId)}?message=neutralisation-annulee`);
}

export async function publishAction(formData: FormData): Promise<void> {
  const sessionId = formText(formData, "sessionId");
  try {
    await publishSession(getDb(), await currentActor(), sessionId);
  } catch (e) {
    if (e instanceof DomainError) redirect(`${pathOf(sessionId)}?erreur=${encodeURIComponent(e.userMessage)}`);
    throw e;
  }
  redirect(`${pathOf(sessionId)}?message=publiee`);
}
