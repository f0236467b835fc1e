"use server";

import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/current-actor";
import { endSession } from "@/lib/auth/end-session";

/** Logout: the server session is revoked, so a copied cookie no longer opens anything. */
export async function logoutAction(): Promise<void> {
  await endSession(await currentActor());
  redirect("/connexion?deconnecte=1");
}
