import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { Conflict, DomainError, InvalidInput, isConnectionError, RateLimited, ServiceUnavailable } from "@/lib/errors";
import { markDatabaseSuspect } from "@/lib/http/database-availability";
import { fr } from "@/lib/i18n/fr";
import type { FormState } from "./form-state";

const SECRET_FIELD = /password|motdepasse|secret|token|jeton/i;

function echoValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$") || SECRET_FIELD.test(key) || typeof value !== "string") continue;
    values[key] = value.slice(0, 1000);
  }
  return values;
}

/** Turns a thrown error into what the form shows; unknown errors never reach the page. */
export function errorToFormState(e: unknown, values: Record<string, string>): FormState {
  if (e instanceof InvalidInput) return { submitted: true, fieldErrors: e.fieldErrors, formError: fr.formHasErrors, values };
  if (e instanceof Conflict && e.field)
    return { submitted: true, fieldErrors: { [e.field]: e.userMessage }, formError: fr.formHasErrors, values };
  if (e instanceof RateLimited) return { submitted: true, formError: fr.tooManyAttempts(e.retryAt), values };
  if (e instanceof DomainError) return { submitted: true, formError: e.userMessage, values };
  if (isConnectionError(e)) {
    markDatabaseSuspect();
    return { submitted: true, formError: new ServiceUnavailable().userMessage, values };
  }
  console.error("[action]", e);
  return { submitted: true, formError: fr.genericError, values };
}

/**
 * NUL and the other control characters (tab and line breaks aside): no field accepts them,
 * PostgreSQL refuses NUL. U+FFFD too: it is what a lone surrogate or broken UTF-8 becomes.
 */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/;

/** Fields that hold a control character, with the message shown next to each. */
export function controlCharacterErrors(formData: FormData): Record<string, string> | null {
  let out: Record<string, string> | null = null;
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$") || typeof value !== "string" || !CONTROL_CHARACTER.test(value)) continue;
    (out ??= {})[key] = fr.invalidCharacter;
  }
  return out;
}

export function zodFieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "_form");
    out[key] ??= issue.message;
  }
  return out;
}

/**
 * A server action from a zod schema and a handler: parses the form, runs the handler (which
 * calls one service and redirects, or returns a state), and maps errors to field messages.
 * Works the same with or without JavaScript (useActionState renders the returned state).
 */
export function validatedAction<S extends z.ZodType>(
  schema: S,
  handler: (data: z.infer<S>, formData: FormData) => Promise<FormState | void>,
) {
  return async (_prev: FormState, formData: FormData): Promise<FormState> => {
    const values = echoValues(formData);
    const control = controlCharacterErrors(formData);
    if (control) return { submitted: true, fieldErrors: control, formError: fr.formHasErrors, values };
    const raw: Record<string, unknown> = {};
    for (const [key, value] of formData.entries()) if (!key.startsWith("$")) raw[key] = value;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return { submitted: true, fieldErrors: zodFieldErrors(parsed.error), formError: fr.formHasErrors, values };
    try {
      return { submitted: true, ...((await handler(parsed.data, formData)) ?? {}) };
    } catch (e) {
      unstable_rethrow(e);
      return errorToFormState(e, values);
    }
  };
}

