/**
 * Pure rules of ABC Pix access requests: SIRET (lib/orga/siret.ts), postal code, phone, the lists the form offers,
 * and the request reference. No database, no clock, no randomness of their own.
 */

export { isValidSiret, normaliseSiret } from "@/lib/orga/siret";

/** A French postal code: 5 digits, from 01000 (no department starts with 00). */
export function isValidPostalCode(raw: string): boolean {
  return /^(?!00)\d{5}$/.test(raw.trim());
}

/**
 * A French phone number written as "0X XX XX XX XX", or null when it is not one.
 * Accepts spaces, dots, dashes, "+33", "0033" and "+33 (0)".
 */
export function normalisePhone(raw: string): string | null {
  let s = raw.trim().replace(/[\s\u00a0.\-/]/g, "");
  s = s.replace(/^\+33\(0\)/, "0").replace(/^(\+33|0033)/, "0");
  if (!/^0[1-9]\d{8}$/.test(s)) return null;
  return s.match(/\d{2}/g)!.join(" ");
}

/** Who the structure welcomes; ids are stored, labels are shown. */
export const AUDIENCES = [
  { id: "tout-public", label: "Tout public" },
  { id: "seniors", label: "Seniors" },
  { id: "demandeurs-emploi", label: "Demandeurs d'emploi" },
  { id: "jeunes", label: "Jeunes (16 à 25 ans)" },
  { id: "allocataires", label: "Allocataires de minima sociaux" },
  { id: "handicap", label: "Personnes en situation de handicap" },
  { id: "migrants", label: "Personnes étrangères ou apprenant le français" },
  { id: "salaries", label: "Salariés et agents" },
] as const;

export type AudienceId = (typeof AUDIENCES)[number]["id"];
export const AUDIENCE_IDS = AUDIENCES.map((a) => a.id) as [AudienceId, ...AudienceId[]];

export function audienceLabel(id: string): string {
  return AUDIENCES.find((a) => a.id === id)?.label ?? id;
}

/** How many people the structure accompanies a year (an estimate). */
export const PEOPLE_PER_YEAR = [
  { id: "moins-de-50", label: "Moins de 50 personnes" },
  { id: "50-200", label: "De 50 à 200 personnes" },
  { id: "200-500", label: "De 200 à 500 personnes" },
  { id: "500-1000", label: "De 500 à 1 000 personnes" },
  { id: "plus-de-1000", label: "Plus de 1 000 personnes" },
] as const;

export type PeoplePerYearId = (typeof PEOPLE_PER_YEAR)[number]["id"];
export const PEOPLE_PER_YEAR_IDS = PEOPLE_PER_YEAR.map((p) => p.id) as [PeoplePerYearId, ...PeoplePerYearId[]];

export function peoplePerYearLabel(id: string): string {
  return PEOPLE_PER_YEAR.find((p) => p.id === id)?.label ?? id;
}

/** Letters and digits that cannot be mistaken for one another (no I, O, 0, 1): 32 of them. */
export const REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export const REFERENCE_PATTERN = /^DEM-[A-HJ-NP-Z2-9]{6}$/;

/** "DEM-" + 6 characters, from 6 random bytes (32 divides 256: no bias). */
export function requestReference(randomBytes: Uint8Array): string {
  if (randomBytes.length < 6) throw new Error("requestReference needs 6 random bytes");
  let out = "DEM-";
  for (let i = 0; i < 6; i += 1) out += REFERENCE_ALPHABET[randomBytes[i]! % REFERENCE_ALPHABET.length];
  return out;
}

export const ACCESS_REQUEST_STATES = ["pending", "approved", "refused"] as const;
export type AccessRequestState = (typeof ACCESS_REQUEST_STATES)[number];

export const STATE_LABELS: Record<AccessRequestState, string> = {
  pending: "À traiter",
  approved: "Acceptée",
  refused: "Refusée",
};

export function stateLabel(state: string): string {
  return STATE_LABELS[state as AccessRequestState] ?? state;
}

export { escapeLike } from "@/lib/search/like";

/** Lower case without accents, to compare names as people type them. */
export function foldText(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}
