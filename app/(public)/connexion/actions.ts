"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { loginSchema } from "@/lib/accounts/schemas";
import { validatedAction } from "@/lib/actions/validated-action";
import { signIn } from "@/lib/auth/auth";
import { attemptLogin } from "@/lib/auth/login";
import { clientIp } from "@/lib/auth/rate-limit";
import { safeReturnPath } from "@/lib/auth/return-path";

export const loginAction = validatedAction(loginSchema, async (data, formData) => {
  const ip = clientIp(await headers());
  const { sessionId } = await attemptLogin({ email: data.email, password: data.password, ip }, new Date());
  await signIn("credentials", { sessionId, redirect: false });
  redirect(safeReturnPath(formData.get("retour"), "/accueil"));
});
