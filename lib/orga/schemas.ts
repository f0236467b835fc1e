import { z } from "zod";
import { emailSchema } from "@/lib/accounts/schemas";

/** One zod schema per Orga form, shared by the server actions and the services. */

const uuid = (message: string) => z.string({ error: message }).regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, message);

export const orgRoleSchema = z.enum(["ADMIN", "MEMBER"], { error: "Choisissez un rôle : membre ou administrateur." });

export const organisationIdSchema = uuid("Cette structure n'existe pas.");

export const inviteMemberSchema = z.object({
  orgId: organisationIdSchema,
  email: emailSchema,
  role: orgRoleSchema,
});

export const changeMemberRoleSchema = z.object({
  orgId: organisationIdSchema,
  membershipId: uuid("Ce membre n'existe pas."),
  role: orgRoleSchema,
});

export const removeMemberSchema = z.object({
  orgId: organisationIdSchema,
  membershipId: uuid("Ce membre n'existe pas."),
});

export const cancelInvitationSchema = z.object({
  orgId: organisationIdSchema,
  invitationId: uuid("Cette invitation n'existe pas."),
});

/** 32 random bytes in base64url are 43 characters; anything else is no token of ours. */
export const invitationTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "Ce lien d'invitation n'est pas valide.");

export const acceptInvitationSchema = z.object({ token: invitationTokenSchema });
