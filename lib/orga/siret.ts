// The SIRET of a structure (14 digits): what a person types, and whether it can exist.

/** The SIRET as typed, without spaces (ordinary or non-breaking), dots nor dashes. */
export function normaliseSiret(raw: string): string {
  return raw.replace(/[\s\u00a0\u202f.-]/g, "");
}

/** La Poste's establishments share this SIREN and follow their own checksum. */
const LA_POSTE_SIREN = "356000000";

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * 14 digits (spaces ignored) with a valid checksum: Luhn; La Poste's establishments may instead
 * have a digit sum multiple of 5 (its head office, 356 000 000 00048, passes Luhn).
 */
export function isValidSiret(raw: string): boolean {
  const siret = normaliseSiret(raw);
  if (!/^\d{14}$/.test(siret)) return false;
  if (luhnValid(siret)) return true;
  return siret.startsWith(LA_POSTE_SIREN) && [...siret].reduce((s, c) => s + Number(c), 0) % 5 === 0;
}
