"use server";

import { redirect } from "next/navigation";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { formText } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/form-state";
import { errorToFormState, validatedAction } from "@/lib/actions/validated-action";
import { currentActor } from "@/lib/auth/current-actor";
import { addCandidate } from "@/lib/certification/sessions/add-candidate";
import { createSession } from "@/lib/certification/sessions/create-session";
import { importCandidates } from "@/lib/certification/sessions/import-candidates";
import { removeCandidate } from "@/lib/certification/sessions/remove-candidate";
import { sessionFormSchema } from "@/lib/certification/sessions/schemas";
import { updateSession } from "@/lib/certification/sessions/update-session";
import { DomainError } from "@/lib/errors";

const centerForm = sessionFormSchema.extend({ centerId: z.uuid() });

export const createSessionAction = validatedAction(centerForm, async ({ centerId, ...form }) => {
  const { id } = await createSession(await currentActor(), centerId, form);
  redirect(`/certif/${centerId}/sessions/${id}?fait=creee`);
});

export const updateSessionAction = validatedAction(centerForm.extend({ sessionId: z.uuid() }), async ({ centerId, sessionId, ...form }) => {
  await updateSession(await currentActor(), centerId, sessionId, form);
  redirect(`/certif/${centerId}/sessions/${sessionId}?fait=modifiee`);
});

const ids = z.object({ centerId: z.uuid(), sessionId: z.uuid() });

function valuesOf(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of formData.entries()) if (!k.startsWith("$") && typeof v === "string") out[k] = v.slice(0, 1000);
  return out;
}

export async function addCandidateAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = valuesOf(formData);
  const parsed = ids.safeParse({ centerId: formText(formData, "centerId"), sessionId: formText(formData, "sessionId") });
  if (!parsed.success) redirect("/certif");
  try {
    await addCandidate(await currentActor(), parsed.data.centerId, parsed.data.sessionId, values);
  } catch (e) {
    unstable_rethrow(e);
    return errorToFormState(e, values);
  }
  redirect(`/certif/${parsed.data.centerId}/sessions/${parsed.data.sessionId}?fait=ajoute#candidats`);
}

export type ImportState = { errors?: string[] };

export async function importCandidatesAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  const parsed = ids.safeParse({ centerId: formText(formData, "centerId"), sessionId: formText(formData, "sessionId") });
  if (!parsed.success) redirect("/certif");
  const file = formData.get("fichier");
  let imported: number;
  try {
    const result = await importCandidates(await currentActor(), parsed.data.centerId, parsed.data.sessionId, file instanceof File ? file : null);
    if (!result.ok) return { errors: result.errors };
    imported = result.imported;
  } catch (e) {
    unstable_rethrow(e);
    if (e instanceof DomainError) return { errors: [e.userMessage] };
    console.error("[action]", e);
    return { errors: ["Une erreur est survenue. Réessayez dans un instant."] };
  }
  redirect(`/certif/${parsed.data.centerId}/sessions/${parsed.data.sessionId}?importes=${imported}#candidats`);
}

export async function removeCandidateAction(formData: FormData): Promise<void> {
  const parsed = ids.extend({ candidateId: z.uuid() }).safeParse({
    centerId: formText(formData, "centerId"),
    sessionId: formText(formData, "sessionId"),
    candidateId: formText(formData, "candidateId"),
  });
  if (!parsed.success) redirect("/certif");
  const { centerId, sessionId, candidateId } = parsed.data;
  let target = `/certif/${centerId}/sessions/${sessionId}?fait=retire#candidats`;
  try {
    await removeCandidate(await currentActor(), centerId, sessionId, candidateId);
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    target = `/certif/${centerId}/sessions/${sessionId}?erreur=${encodeURIComponent(e.userMessage)}#candidats`;
  }
  redirect(target);
}
