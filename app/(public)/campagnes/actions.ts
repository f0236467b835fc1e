"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { validatedAction } from "@/lib/actions/validated-action";
import { signIn } from "@/lib/auth/auth";
import { currentActor } from "@/lib/auth/current-actor";
import { clientIp } from "@/lib/auth/rate-limit";
import { campaignCodeSchema } from "@/lib/campaigns/code";
import { findCampaignForJoin } from "@/lib/campaigns/find-campaign";
import { joinDiagCampaign } from "@/lib/campaigns/join-diag-campaign";
import { Conflict, NotFound } from "@/lib/errors";

/** "Accéder au parcours": a right code leads to its page; a wrong or archived one gets a message next to the field. */
export const findCodeAction = validatedAction(z.object({ code: campaignCodeSchema }), async ({ code }) => {
  try {
    await findCampaignForJoin(getDb(), code, clientIp(await headers()));
  } catch (e) {
    // shown next to the field: a wrong code, an archived campaign
    if (e instanceof NotFound) throw new Conflict(e.userMessage, "code");
    throw e;
  }
  redirect(`/campagnes/${code}`);
});

/** Starts (or resumes) the structure's ABC Diag, with or without an account. */
export const joinDiagAction = validatedAction(z.object({ code: campaignCodeSchema, externalId: z.string().max(200).optional() }), async ({ code, externalId }) => {
  const actor = await currentActor();
  const { newSessionId } = await joinDiagCampaign(actor, { code, externalId, ip: clientIp(await headers()) });
  if (newSessionId) await signIn("credentials", { sessionId: newSessionId, redirect: false });
  redirect("/abc-diag/question");
});
