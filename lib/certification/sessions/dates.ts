// Calendar dates of sessions and candidates: "YYYY-MM-DD" strings, French display, Paris "today".
const parisDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" });

/** Today in Paris, as YYYY-MM-DD. */
export function parisToday(now: Date): string {
  return parisDay.format(now);
}

/** Is "YYYY-MM-DD" a real calendar date (no 31 February)? */
export function isRealDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** "JJ/MM/AAAA" (or J/M/AAAA) → "YYYY-MM-DD", or null when the shape is wrong (the date may still not exist). */
export function frenchToIso(fr: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(fr.trim());
  if (!m) return null;
  return `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
}

/** "YYYY-MM-DD" → "JJ/MM/AAAA". */
export function isoToFrench(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

const longDate = new Intl.DateTimeFormat("fr-FR", { dateStyle: "full", timeZone: "UTC" });
/** "YYYY-MM-DD" → "samedi 5 décembre 2026". */
export function longFrenchDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return longDate.format(new Date(Date.UTC(y!, m! - 1, d!)));
}

/** Age in whole years on the given day (both YYYY-MM-DD). */
export function ageOn(birthIso: string, dayIso: string): number {
  const [by, bm, bd] = birthIso.split("-").map(Number);
  const [y, m, d] = dayIso.split("-").map(Number);
  let age = y! - by!;
  if (m! < bm! || (m === bm && d! < bd!)) age -= 1;
  return age;
}
