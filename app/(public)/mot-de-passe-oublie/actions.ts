"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { isResetTokenUsable, requestPasswordReset, resetPassword, INVALID_RESET_LINK } from "@/lib/accounts/password-reset";
import { forgotPasswordSchema, resetPasswordSchema } from "@/lib/accounts/schemas";
import { validatedAction } from "@/lib/actions/validated-action";
import { clientIp } from "@/lib/auth/rate-limit";

export const forgotPasswordAction = validatedAction(forgotPasswordSchema, async (data) => {
  await requestPasswordReset({ email: data.email, ip: clientIp(await headers()) }, new Date());
  return {
    message:
      "Si un compte existe avec cette adresse, nous venons d'y envoyer un e-mail avec un lien. " +
      "Le lien marche une seule fois, pendant une heure. Pensez à regarder dans les courriers indésirables.",
    values: {},
  };
});

export const resetPasswordAction = validatedAction(resetPasswordSchema, async (data) => {
  if (!(await isResetTokenUsable(data.token, new Date()))) return { formError: INVALID_RESET_LINK };
  await resetPassword(data, new Date());
  redirect("/connexion?motdepasse=1");
});
