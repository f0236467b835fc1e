"use server";

import { redirect } from "next/navigation";
import { keepAnonymousAccount } from "@/lib/accounts/keep-anonymous-account";
import { signUp } from "@/lib/accounts/sign-up";
import { signUpSchema } from "@/lib/accounts/schemas";
import { validatedAction } from "@/lib/actions/validated-action";
import { signIn } from "@/lib/auth/auth";
import { currentActor } from "@/lib/auth/current-actor";

/** Creates the account; for an anonymous participant (ABC Diag), their own answers become the account's. */
export const signUpAction = validatedAction(signUpSchema, async (data) => {
  const actor = await currentActor();
  if (actor?.isAnonymous) {
    const { sessionId } = await keepAnonymousAccount(actor, data);
    await signIn("credentials", { sessionId, redirect: false });
    redirect("/abc-diag/resultat?garde=1");
  }
  const { sessionId } = await signUp(data, new Date());
  await signIn("credentials", { sessionId, redirect: false });
  redirect("/accueil?bienvenue=1");
});
