"use server";

import { redirect } from "next/navigation";
import { validatedAction } from "@/lib/actions/validated-action";
import { currentActor } from "@/lib/auth/current-actor";
import { acceptInvitation } from "@/lib/orga/accept-invitation";
import { acceptInvitationSchema } from "@/lib/orga/schemas";

export const acceptInvitationAction = validatedAction(acceptInvitationSchema, async ({ token }) => {
  const { organisationId, alreadyMember } = await acceptInvitation(await currentActor(), token, new Date());
  redirect(`/orga/${organisationId}/membres?fait=${alreadyMember ? "deja-membre" : "bienvenue"}`);
});
