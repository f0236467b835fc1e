"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { signOut } from "@/lib/auth/auth";
import { currentActor } from "@/lib/auth/current-actor";
import { revokeSession } from "@/lib/auth/sessions";

/** Logout: the server session is revoked, so a copied cookie no longer opens anything. */
export async function logoutAction(): Promise<void> {
  const actor = await currentActor();
  if (actor) await revokeSession(getDb(), actor.sessionId, new Date());
  await signOut({ redirect: false });
  redirect("/connexion?deconnecte=1");
}
