import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { organisationInvitations, organisations } from "@/db/schema";
import type { OrgRole } from "@/lib/auth/memberships";
import { invitationTokenHash } from "./invitation-token";
import { roleLabel } from "./labels";
import { invitationTokenSchema } from "./schemas";

export type InvitationState = "valid" | "unknown" | "expired" | "used" | "cancelled";

export type InvitationView =
  | { state: "valid"; organisationName: string; role: OrgRole; roleLabel: string; email: string; expiresAt: Date }
  | { state: Exclude<InvitationState, "valid"> };

/** Why a link cannot be used, in plain French. */
export const INVITATION_MESSAGES: Record<Exclude<InvitationState, "valid">, string> = {
  unknown: "Ce lien d'invitation n'est pas valide. Vérifiez que vous avez copié le lien en entier, ou demandez une nouvelle invitation à la structure.",
  expired: "Ce lien d'invitation a expiré : il était valable 7 jours. Demandez une nouvelle invitation à l'administrateur de la structure.",
  used: "Ce lien d'invitation a déjà servi. Si ce n'était pas vous, demandez une nouvelle invitation à l'administrateur de la structure.",
  cancelled: "Cette invitation a été annulée par la structure. Si vous pensez que c'est une erreur, contactez son administrateur.",
};

export function invitationState(
  row: { acceptedAt: Date | null; cancelledAt: Date | null; expiresAt: Date; archivedAt: Date | null } | undefined,
  now: Date,
): InvitationState {
  if (!row || row.archivedAt) return "unknown";
  if (row.acceptedAt) return "used";
  if (row.cancelledAt) return "cancelled";
  if (row.expiresAt <= now) return "expired";
  return "valid";
}

/**
 * What the invitation page shows to whoever holds the link (the token is the proof): the
 * organisation and the role when the link is usable, otherwise only why it is not.
 */
export async function getInvitation(token: string, now = new Date()): Promise<InvitationView> {
  if (!invitationTokenSchema.safeParse(token).success) return { state: "unknown" };
  const [row] = await getDb()
    .select({
      email: organisationInvitations.email,
      role: organisationInvitations.role,
      expiresAt: organisationInvitations.expiresAt,
      acceptedAt: organisationInvitations.acceptedAt,
      cancelledAt: organisationInvitations.cancelledAt,
      organisationName: organisations.name,
      archivedAt: organisations.archivedAt,
    })
    .from(organisationInvitations)
    .innerJoin(organisations, eq(organisations.id, organisationInvitations.organisationId))
    .where(eq(organisationInvitations.tokenHash, invitationTokenHash(token)))
    .limit(1);
  const state = invitationState(row, now);
  if (state !== "valid" || !row) return { state: state === "valid" ? "unknown" : state };
  const role: OrgRole = row.role === "ADMIN" ? "ADMIN" : "MEMBER";
  return { state, organisationName: row.organisationName, role, roleLabel: roleLabel(role), email: row.email, expiresAt: row.expiresAt };
}
