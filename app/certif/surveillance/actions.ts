"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/actions/form-state";
import { z } from "zod";
import { getDb } from "@/db/client";
import { validatedAction } from "@/lib/actions/validated-action";
import { formText } from "@/lib/actions/form-data";
import { clientIp } from "@/lib/auth/rate-limit";
import { authoriseResume, authoriseStart, endTest } from "@/lib/certification/invigilation/change-course-state";
import { currentInvigilator } from "@/lib/certification/invigilation/current-invigilator";
import { loginInvigilator } from "@/lib/certification/invigilation/login-invigilator";
import { logoutInvigilator } from "@/lib/certification/invigilation/logout-invigilator";
import { reportIncident } from "@/lib/certification/invigilation/report-incident";
import { invigilatorLoginSchema } from "@/lib/certification/invigilation/schemas";
import { INVIGILATOR_COOKIE, INVIGILATOR_COOKIE_PATH } from "@/lib/certification/invigilation/token";
import { Conflict, DomainError, InvalidInput, NotAuthenticated, NotFound } from "@/lib/errors";
import { env } from "@/lib/env";

const LOGIN = "/certif/surveillance";
const SESSION = "/certif/surveillance/session";

async function isHttps(): Promise<boolean> {
  const h = await headers();
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim();
  if (proto) return proto === "https";
  return env().APP_URL?.startsWith("https://") ?? false;
}

/** "Se connecter": session number + invigilator password → the portal's cookie. */
export const invigilatorLoginAction = validatedAction(invigilatorLoginSchema, async ({ number, password }) => {
  const now = new Date();
  const login = await loginInvigilator({ number, password }, { ip: clientIp(await headers()), now });
  (await cookies()).set(INVIGILATOR_COOKIE, login.token, {
    httpOnly: true,
    sameSite: "lax",
    secure: await isHttps(),
    path: INVIGILATOR_COOKIE_PATH,
    expires: login.expiresAt,
  });
  redirect(SESSION);
});

/** "Se déconnecter": the login is deleted on the server and the cookie removed. */
export async function invigilatorLogoutAction(): Promise<void> {
  const jar = await cookies();
  await logoutInvigilator(getDb(), jar.get(INVIGILATOR_COOKIE)?.value);
  jar.delete({ name: INVIGILATOR_COOKIE, path: INVIGILATOR_COOKIE_PATH });
  redirect(`${LOGIN}?deconnecte=1`);
}

const candidateSchema = z.string().min(1).max(64);

/** After a refused action: the message travels as a short code, never as raw text. */
function refused(e: unknown, candidateId: string): never {
  if (e instanceof NotAuthenticated) redirect(`${LOGIN}?expiree=1`);
  if (e instanceof NotFound) redirect(`${SESSION}?erreur=introuvable`);
  if (e instanceof Conflict) redirect(`${SESSION}?erreur=etat&candidat=${encodeURIComponent(candidateId)}#candidat-${candidateId}`);
  if (e instanceof DomainError) redirect(`${SESSION}?erreur=formulaire`);
  throw e;
}

function candidateOf(formData: FormData): string {
  const parsed = candidateSchema.safeParse(formText(formData, "candidateId"));
  if (!parsed.success) redirect(`${SESSION}?erreur=introuvable`);
  return parsed.data;
}

async function run(formData: FormData, verb: typeof authoriseStart, done: string): Promise<void> {
  const candidateId = candidateOf(formData);
  try {
    await verb(getDb(), await currentInvigilator(), candidateId, new Date());
  } catch (e) {
    refused(e, candidateId);
  }
  redirect(`${SESSION}?fait=${done}&candidat=${encodeURIComponent(candidateId)}#candidat-${candidateId}`);
}

export async function authoriseStartAction(formData: FormData): Promise<void> {
  await run(formData, authoriseStart, "autorise");
}

export async function authoriseResumeAction(formData: FormData): Promise<void> {
  await run(formData, authoriseResume, "reprise");
}

export async function endTestAction(formData: FormData): Promise<void> {
  await run(formData, endTest, "termine");
}

/** "Enregistrer l'incident": field errors come back to the form; success returns to the list. */
export async function reportIncidentAction(_prev: IncidentFormState, formData: FormData): Promise<IncidentFormState> {
  const input = {
    candidateId: formText(formData, "candidateId"),
    category: formText(formData, "category") || undefined,
    challengeId: formText(formData, "challengeId"),
    description: formText(formData, "description"),
  };
  const values = { category: input.category ?? "", challengeId: input.challengeId, description: input.description.slice(0, 2100) };
  try {
    await reportIncident(getDb(), await currentInvigilator(), input, new Date());
  } catch (e) {
    if (e instanceof InvalidInput) return { fieldErrors: e.fieldErrors, values };
    if (e instanceof Conflict) return { formError: e.userMessage, values };
    refused(e, input.candidateId);
  }
  redirect(`${SESSION}?fait=incident&candidat=${encodeURIComponent(input.candidateId)}#candidat-${input.candidateId}`);
}

/** The incident form shows the same state as every validated form. */
export type IncidentFormState = FormState;
