"use server";

import { redirect } from "next/navigation";
import { unstable_rethrow } from "next/navigation";
import { getDb } from "@/db/client";
import type { FormState } from "@/lib/actions/form-state";
import { errorToFormState } from "@/lib/actions/validated-action";
import { currentActor } from "@/lib/auth/current-actor";
import { abortField, abortTextField, finaliseSession } from "@/lib/certification/finalise/finalise-session";

function text(formData: FormData, key: string): string {
  const v = formData.get(key);
  return typeof v === "string" ? v : "";
}

/** "Finaliser la session": the comment, then a reason for each unfinished test (fields abandon-<courseId>). */
export async function finaliseAction(centerId: string, sessionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values: Record<string, string> = {};
  for (const [k, v] of formData.entries()) if (!k.startsWith("$") && typeof v === "string") values[k] = v.slice(0, 2100);
  const abortReasons: Record<string, { reason: string; text?: string }> = {};
  for (const key of formData.keys()) {
    const m = /^abandon-([0-9a-f-]{36})$/.exec(key);
    if (m) abortReasons[m[1]!] = { reason: text(formData, abortField(m[1]!)), text: text(formData, abortTextField(m[1]!)) };
  }
  try {
    await finaliseSession(getDb(), await currentActor(), centerId, sessionId, { examinerComment: text(formData, "commentaire"), abortReasons });
  } catch (e) {
    unstable_rethrow(e);
    return errorToFormState(e, values);
  }
  redirect(`/certif/${centerId}/sessions/${sessionId}/finalisation?finalisee=1`);
}
