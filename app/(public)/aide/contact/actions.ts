"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/actions/form-state";
import { validatedAction } from "@/lib/actions/validated-action";
import { currentActor } from "@/lib/auth/current-actor";
import { clientIp } from "@/lib/auth/rate-limit";
import { contactMessageSchema, MESSAGE_MAX } from "@/lib/help/schemas";
import { sendContactMessage } from "@/lib/help/send-contact-message";

const send = validatedAction(contactMessageSchema, async (input) => {
  await sendContactMessage(await currentActor(), input, { ip: clientIp(await headers()) }, new Date());
  redirect("/aide/contact?envoye=1");
});

/**
 * The contact form's action. On an error the form comes back filled in; the shared helper keeps
 * 1 000 characters of each field, so the message is given back whole here (a long message must
 * not be lost because the e-mail address had a typo).
 */
export async function sendContactMessageAction(state: FormState, formData: FormData): Promise<FormState> {
  const next = await send(state, formData);
  const message = formData.get("message");
  if (next.values && typeof message === "string") next.values = { ...next.values, message: message.slice(0, MESSAGE_MAX + 100) };
  return next;
}
