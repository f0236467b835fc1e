"use server";

import { redirect } from "next/navigation";
import { validatedAction } from "@/lib/actions/validated-action";
import { currentActor } from "@/lib/auth/current-actor";
import { cancelInvitation } from "@/lib/orga/cancel-invitation";
import { changeMemberRole } from "@/lib/orga/change-member-role";
import { inviteMember } from "@/lib/orga/invite-member";
import { removeMember } from "@/lib/orga/remove-member";
import { cancelInvitationSchema, changeMemberRoleSchema, inviteMemberSchema, removeMemberSchema } from "@/lib/orga/schemas";

const membersPage = (orgId: string, done: string) => `/orga/${orgId}/membres?fait=${done}`;

export const inviteMemberAction = validatedAction(inviteMemberSchema, async ({ orgId, email, role }) => {
  await inviteMember(await currentActor(), orgId, { email, role }, new Date());
  redirect(membersPage(orgId, "invitation"));
});

export const changeMemberRoleAction = validatedAction(changeMemberRoleSchema, async ({ orgId, membershipId, role }) => {
  await changeMemberRole(await currentActor(), orgId, { membershipId, role }, new Date());
  redirect(membersPage(orgId, "role"));
});

export const removeMemberAction = validatedAction(removeMemberSchema, async ({ orgId, membershipId }) => {
  const { self } = await removeMember(await currentActor(), orgId, membershipId, new Date());
  // an admin who left the structure can no longer see its pages
  redirect(self ? "/orga" : membersPage(orgId, "retrait"));
});

export const cancelInvitationAction = validatedAction(cancelInvitationSchema, async ({ orgId, invitationId }) => {
  await cancelInvitation(await currentActor(), orgId, invitationId, new Date());
  redirect(membersPage(orgId, "annulation"));
});
