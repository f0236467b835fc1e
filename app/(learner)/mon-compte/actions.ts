"use server";

import { redirect } from "next/navigation";
import { deleteAccount, logoutEverywhere, updateEmail, updateName, updatePassword } from "@/lib/accounts/update-account";
import { deleteAccountSchema, updateEmailSchema, updateNameSchema, updatePasswordSchema } from "@/lib/accounts/schemas";
import { validatedAction } from "@/lib/actions/validated-action";
import { signOut } from "@/lib/auth/auth";
import { currentActor } from "@/lib/auth/current-actor";
import { DomainError } from "@/lib/errors";

export const updateNameAction = validatedAction(updateNameSchema, async (data) => {
  await updateName(await currentActor(), data, new Date());
  return { message: "Votre nom a été enregistré.", values: data };
});

export const updateEmailAction = validatedAction(updateEmailSchema, async (data) => {
  await updateEmail(await currentActor(), data, new Date());
  return { message: "Votre adresse e-mail a été enregistrée.", values: { email: data.email } };
});

export const updatePasswordAction = validatedAction(updatePasswordSchema, async (data) => {
  await updatePassword(await currentActor(), data, new Date());
  await signOut({ redirect: false });
  redirect("/connexion?motdepasse=1");
});

export async function logoutEverywhereAction(): Promise<void> {
  try {
    await logoutEverywhere(await currentActor(), new Date());
  } catch (e) {
    // no valid session any more (already signed out on every device): only the login page is left
    if (!(e instanceof DomainError)) throw e;
  }
  await signOut({ redirect: false });
  redirect("/connexion?deconnecte=1");
}

export const deleteAccountAction = validatedAction(deleteAccountSchema, async (data) => {
  await deleteAccount(await currentActor(), data, new Date());
  await signOut({ redirect: false });
  redirect("/connexion?compte=supprime");
});
