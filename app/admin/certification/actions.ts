"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { formText } from "@/lib/actions/form-data";
import { currentActor } from "@/lib/auth/current-actor";
import { overruleNeutralisation } from "@/lib/certification/publish/overrule-neutralisation";
import { publishSession } from "@/lib/certification/publish/publish-session";
import { publishSessions } from "@/lib/certification/publish/publish-sessions";
import { unpublishSession, unpublishSessionSchema } from "@/lib/certification/publish/unpublish-session";
import { validatedAction } from "@/lib/actions/validated-action";
import { DomainError, InvalidInput } from "@/lib/errors";
import { sessionPath } from "./session-path";

const pathOf = sessionPath;

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

/** "Publier les sessions cochées": each session in its own transaction; the report comes back in the address. */
export async function publishSessionsAction(formData: FormData): Promise<void> {
  const ids = formData.getAll("sessionIds").filter((v): v is string => typeof v === "string");
  let report: string;
  try {
    const results = await publishSessions(getDb(), await currentActor(), ids);
    report = results.map((r) => `${r.number ?? "0"}:${r.outcome}`).join(",");
  } catch (e) {
    if (e instanceof InvalidInput) redirect(`/admin/certification?erreur=aucune`);
    if (e instanceof DomainError) redirect(`/admin/certification?erreur=${encodeURIComponent(e.userMessage)}`);
    throw e;
  }
  redirect(`/admin/certification?rapport=${encodeURIComponent(report)}`);
}

export const unpublishAction = validatedAction(unpublishSessionSchema, async ({ sessionId, reason }) => {
  await unpublishSession(getDb(), await currentActor(), sessionId, reason);
  redirect(`${pathOf(sessionId)}?message=depubliee`);
});
