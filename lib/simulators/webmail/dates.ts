// French dates as a webmail shows them, from "2026-06-03T09:30" wall-clock times (no time zone,
// no clock: "today" is the scenario's `now`). Pure.

const MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
const DAYS = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];

type Parts = { y: number; m: number; d: number; hh: string; mm: string };

function parts(iso: string): Parts {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
  if (!match) return { y: 2000, m: 1, d: 1, hh: "00", mm: "00" };
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]), hh: match[4]!, mm: match[5]! };
}

function dayNumber(p: Parts): number {
  return Math.floor(Date.UTC(p.y, p.m - 1, p.d) / 86_400_000);
}

function dayMonth(p: Parts): string {
  return `${p.d === 1 ? "1er" : p.d} ${MONTHS[p.m - 1]}`;
}

/** In a message list: "10:42" today, "Hier", "28 mars", or "28 mars 2025" another year. */
export function listDate(iso: string, now: string): string {
  const p = parts(iso);
  const n = parts(now);
  const diff = dayNumber(n) - dayNumber(p);
  if (diff === 0) return `${p.hh}:${p.mm}`;
  if (diff === 1) return "Hier";
  return p.y === n.y ? dayMonth(p) : `${dayMonth(p)} ${p.y}`;
}

/** In an open message: "mardi 3 juin 2026 à 09:30". */
export function fullDate(iso: string): string {
  const p = parts(iso);
  const weekday = DAYS[new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay()];
  return `${weekday} ${dayMonth(p)} ${p.y} à ${p.hh}:${p.mm}`;
}
