"use server";

import { redirect } from "next/navigation";
import { signUp } from "@/lib/accounts/sign-up";
import { signUpSchema } from "@/lib/accounts/schemas";
import { validatedAction } from "@/lib/actions/validated-action";
import { signIn } from "@/lib/auth/auth";

export const signUpAction = validatedAction(signUpSchema, async (data) => {
  const { sessionId } = await signUp(data, new Date());
  await signIn("credentials", { sessionId, redirect: false });
  redirect("/accueil?bienvenue=1");
});
