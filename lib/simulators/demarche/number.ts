// The confirmation number shown after submission, e.g. DEM-2026-4F7K2Q: derived from the
// scenario and the values sent (no clock, no randomness), so a replay gives the same number. Pure.
import type { Scenario } from "./schemas";

const ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"; // no 0/O, 1/I: easy to copy by hand

function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function confirmationNumber(scenario: Scenario, values: Record<string, string>): string {
  const sorted = Object.keys(values)
    .sort()
    .map((k) => [k, values[k]]);
  const source = JSON.stringify([scenario, sorted]);
  let a = fnv1a(source, 0x811c9dc5);
  let b = fnv1a(source, 0x9e3779b9);
  let code = "";
  for (let i = 0; i < 6; i++) {
    const h = i % 2 === 0 ? a : b;
    code += ALPHABET[h % 32];
    if (i % 2 === 0) a = Math.floor(a / 32);
    else b = Math.floor(b / 32);
  }
  return `${scenario.numberPrefix}-${scenario.year}-${code}`;
}
