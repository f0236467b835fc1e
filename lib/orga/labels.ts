import type { OrgRole } from "@/lib/auth/memberships";

/** French names of organisation types and member roles, said the same way on every Orga page. */
export const ORGANISATION_TYPE_LABELS: Record<string, string> = {
  mediation: "Médiation numérique",
  collectivite: "Collectivité",
  ecole: "École",
  superieur: "Enseignement supérieur",
  entreprise: "Entreprise",
};

export function organisationTypeLabel(type: string): string {
  return ORGANISATION_TYPE_LABELS[type] ?? "Structure";
}

export const ROLE_LABELS: Record<OrgRole, string> = { ADMIN: "Administrateur", MEMBER: "Membre" };

export function roleLabel(role: string): string {
  return role === "ADMIN" ? ROLE_LABELS.ADMIN : ROLE_LABELS.MEMBER;
}

/** Seven days, as the e-mail says. */
export const INVITATION_VALIDITY_MS = 7 * 24 * 60 * 60_000;
