// Dates and times written the French way ("lundi 16 mars 2026", "9 h 30"), computed from the
// calendar only (never from the clock). Pure.

const WEEKDAYS = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];
const MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

function parts(iso: string): [number, number, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/** "2026-03-16" is a real day of the calendar. */
export function isValidIsoDate(iso: string): boolean {
  const p = parts(iso);
  if (!p) return false;
  const d = new Date(Date.UTC(p[0], p[1] - 1, p[2]));
  return d.getUTCFullYear() === p[0] && d.getUTCMonth() === p[1] - 1 && d.getUTCDate() === p[2];
}

/** Midnight UTC of the day (for document metadata). */
export function utcDate(iso: string, hour = 9): Date {
  const p = parts(iso) ?? [2026, 1, 1];
  return new Date(Date.UTC(p[0], p[1] - 1, p[2], hour));
}

/** "lundi 16 mars" (withYear: "lundi 16 mars 2026") */
export function formatDay(iso: string, withYear = false): string {
  const p = parts(iso);
  if (!p) return iso;
  const weekday = WEEKDAYS[utcDate(iso).getUTCDay()]!;
  const day = p[2] === 1 ? "1er" : String(p[2]);
  return `${weekday} ${day} ${MONTHS[p[1] - 1]}${withYear ? ` ${p[0]}` : ""}`;
}

/** "09:30" → "9 h 30", "14:00" → "14 h" */
export function formatTime(time: string): string {
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  if (!m) return time;
  const h = String(Number(m[1]));
  return m[2] === "00" ? `${h} h` : `${h} h ${m[2]}`;
}
