import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { pageNotFound } from "@/lib/http/not-found";
import { getDb } from "@/db/client";
import { findUserById } from "@/lib/accounts/find-user";
import { ServiceUnavailable } from "@/lib/errors";
import type { Actor } from "./actor";
import { auth } from "./auth";

/** The logged-in user of this request, or null. Read once per request. */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = (await auth()) as { userId?: string; sessionId?: string; unavailable?: boolean } | null;
  if (session?.unavailable) throw new ServiceUnavailable();
  if (!session?.userId || !session.sessionId) return null;
  const user = await findUserById(getDb(), session.userId);
  if (!user) return null;
  return {
    userId: user.id,
    sessionId: session.sessionId,
    role: user.role === "admin" ? "admin" : "user",
    firstName: user.firstName,
    lastName: user.lastName,
    email: user.email,
    isAnonymous: user.isAnonymous,
  };
});

/** For pages: the actor, or a redirect to the login page that comes back here afterwards. */
export async function requireActorOrLogin(returnTo: string): Promise<Actor> {
  const actor = await currentActor();
  if (!actor || actor.isAnonymous) redirect(`/connexion?retour=${encodeURIComponent(returnTo)}`);
  return actor;
}

/**
 * For staff pages: platform staff only. Anyone else gets the plain 404 page, logged-out
 * visitors the login page. Call it in each page, not in a layout.
 */
export async function requireAdminOrNotFound(returnTo: string): Promise<Actor> {
  const actor = await requireActorOrLogin(returnTo);
  if (actor.role !== "admin") pageNotFound();
  return actor;
}
