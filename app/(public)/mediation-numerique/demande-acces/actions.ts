"use server";

import { redirect, unstable_rethrow } from "next/navigation";
import { errorToFormState, zodFieldErrors } from "@/lib/actions/validated-action";
import type { FormState } from "@/lib/actions/form-state";
import { accessRequestSchema } from "@/lib/access-requests/schemas";
import { submitAccessRequest } from "@/lib/access-requests/submit-access-request";
import { fr } from "@/lib/i18n/fr";

/**
 * Sends an ABC Pix access request. Like validatedAction, but the audience checkboxes share one
 * name, so they are read with getAll (and echoed one per line to tick them again).
 */
export async function submitAccessRequestAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const raw: Record<string, unknown> = {};
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$") || typeof value !== "string") continue;
    if (key === "audiences") continue;
    raw[key] = value;
    values[key] = value.slice(0, 3000);
  }
  const audiences = formData.getAll("audiences").filter((v): v is string => typeof v === "string");
  raw.audiences = audiences;
  values.audiences = audiences.join("\n");
  const parsed = accessRequestSchema.safeParse(raw);
  if (!parsed.success) return { submitted: true, fieldErrors: zodFieldErrors(parsed.error), formError: fr.formHasErrors, values };
  let reference: string;
  try {
    ({ reference } = await submitAccessRequest(parsed.data, new Date()));
  } catch (e) {
    unstable_rethrow(e);
    return errorToFormState(e, values);
  }
  redirect(`/mediation-numerique/demande-acces/envoyee?reference=${encodeURIComponent(reference)}`);
}
