import type { Tolerance } from "../content/types";

// Every space-like character a keyboard, a copy-paste or a French typography helper may produce:
// no-break space, narrow no-break space, figure space, thin spaces, ideographic space, tabs…
const SPACE_LIKE = /[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]/gu;
const ZERO_WIDTH = /[\u200b-\u200d\u2060]/gu;
const COMBINING_MARKS = /\p{M}/gu;
const PUNCTUATION = /\p{P}/gu;

const LIGATURES: Record<string, string> = { œ: "oe", æ: "ae", ß: "ss", ﬁ: "fi", ﬂ: "fl" };
const LIGATURE_RE = /[œæßﬁﬂ]/gu;

// Printable ASCII: nothing to normalise, no accent, no exotic space (the common case, made fast).
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/** Always applied, whatever the tolerances: Unicode NFC, zero-width characters dropped, every space-like character turned into a plain space. */
export function preTreat(input: string): string {
  if (PLAIN_ASCII.test(input)) return input;
  return input.normalize("NFC").replace(ZERO_WIDTH, "").replace(SPACE_LIKE, " ");
}

/** T1: trim, lower case, accents removed (é → e, œ → oe), every space removed. */
export function applyT1(input: string): string {
  if (PLAIN_ASCII.test(input)) return input.toLowerCase().replace(/ /g, "");
  return input
    .trim()
    .toLowerCase()
    .replace(LIGATURE_RE, (ch) => LIGATURES[ch] ?? ch)
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .normalize("NFC")
    .replace(/ /g, "");
}

/** T2: every punctuation character removed (. , ; : ! ? ' " - _ ( ) « » …). */
export function applyT2(input: string): string {
  if (PLAIN_ASCII.test(input)) return input.replace(/[!-#%-*,-/:;?@[-\]_{}]/g, "");
  return input.replace(PUNCTUATION, "");
}

/** The text both the expected variant and the given answer are reduced to before comparison. */
export function normalizeText(input: string, tolerances: readonly Tolerance[]): string {
  let out = preTreat(input);
  if (tolerances.includes("T1")) out = applyT1(out);
  if (tolerances.includes("T2")) out = applyT2(out);
  return out;
}

const NUMBER_RE = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

/**
 * Parses a number as a person types it: "3,5" and "3.5" alike, spaces (any kind) as thousand
 * separators ("1 250,5"), an optional sign. Returns null when it is not a plain number
 * ("12 €", "1.000,5", "3/4", "").
 */
export function parseNumber(input: string): number | null {
  const compact = preTreat(input).replace(/ /g, "");
  if (compact.length === 0 || compact.length > 64 || !NUMBER_RE.test(compact)) return null;
  const value = Number(compact.replace(",", "."));
  return Number.isFinite(value) ? value : null;
}
