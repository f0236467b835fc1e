"use server";

import { redirect, unstable_rethrow } from "next/navigation";
import { errorParam } from "@/lib/actions/error-param";
import { formText } from "@/lib/actions/form-data";
import { anonymiseUser } from "@/lib/admin/users/anonymise-user";
import { sendResetLink } from "@/lib/admin/users/send-reset-link";
import { unblockUser } from "@/lib/admin/users/unblock-user";
import { currentActor } from "@/lib/auth/current-actor";
import { InvalidInput } from "@/lib/errors";

const userPath = (id: string) => `/admin/utilisateurs/${encodeURIComponent(id)}`;

export async function unblockUserAction(formData: FormData): Promise<void> {
  const id = formText(formData, "userId");
  try {
    await unblockUser(await currentActor(), id, new Date());
  } catch (e) {
    unstable_rethrow(e);
    redirect(`${userPath(id)}?erreur=${errorParam(e, "admin-unblock-user")}`);
  }
  redirect(`${userPath(id)}?fait=debloque`);
}

export async function sendResetLinkAction(formData: FormData): Promise<void> {
  const id = formText(formData, "userId");
  try {
    await sendResetLink(await currentActor(), id, new Date());
  } catch (e) {
    unstable_rethrow(e);
    redirect(`${userPath(id)}?erreur=${errorParam(e, "admin-reset-link")}`);
  }
  redirect(`${userPath(id)}?fait=lien`);
}

export async function anonymiseUserAction(formData: FormData): Promise<void> {
  const id = formText(formData, "userId");
  try {
    await anonymiseUser(await currentActor(), { userId: id, confirmation: formText(formData, "confirmation") }, new Date());
  } catch (e) {
    unstable_rethrow(e);
    // the confirmation word is the only field: its message goes next to it
    if (e instanceof InvalidInput && e.fieldErrors.confirmation) redirect(`${userPath(id)}?confirmation=manquante#anonymiser`);
    redirect(`${userPath(id)}?erreur=${errorParam(e, "admin-anonymise-user")}`);
  }
  redirect(`${userPath(id)}?fait=anonymise`);
}
