"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { keepAnonymousAccount } from "@/lib/accounts/keep-anonymous-account";
import { signUp } from "@/lib/accounts/sign-up";
import { signUpSchema } from "@/lib/accounts/schemas";
import { validatedAction } from "@/lib/actions/validated-action";
import { signIn } from "@/lib/auth/auth";
import { currentActor } from "@/lib/auth/current-actor";
import { clientIp } from "@/lib/auth/rate-limit";
import { safeReturnPath } from "@/lib/auth/return-path";

/**
 * Creates the account; for an anonymous participant (ABC Diag, a campaign), their own answers
 * become the account's. `retour` (a path of this site) is where to go next.
 */
export const signUpAction = validatedAction(signUpSchema.extend({ retour: z.string().optional() }), async ({ retour, ...data }) => {
  const actor = await currentActor();
  const ip = clientIp(await headers());
  if (actor?.isAnonymous) {
    const { sessionId } = await keepAnonymousAccount(actor, data, new Date(), { ip });
    await signIn("credentials", { sessionId, redirect: false });
    redirect(safeReturnPath(retour, "/abc-diag/resultat?garde=1"));
  }
  const { sessionId } = await signUp(data, new Date(), { ip });
  await signIn("credentials", { sessionId, redirect: false });
  redirect(safeReturnPath(retour, "/accueil?bienvenue=1"));
});
