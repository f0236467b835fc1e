// French word wrap, independent of any PDF library: a `measure` function gives the width of a
// piece of text, so the same rules serve pdf-lib fonts and plain unit tests.

/** Width of `text` in the caller's unit (points for a PDF font at a given size). */
export type Measure = (text: string) => number;

/** French punctuation that must not start a line (the space before it is kept with the word). */
const NO_LINE_START = /^[:;!?»%]/;
/** An opening guillemet must not end a line. */
const NO_LINE_END = /«$/;

export interface WrapOptions {
  /** Keep « : ; ! ? » % » off the start of a line and « « » off its end (default true). */
  frenchPunctuation?: boolean;
}

/**
 * Splits `text` into lines no wider than `width`.
 * - Lines break only at ordinary spaces (U+0020). Non-breaking spaces (U+00A0, U+202F) keep
 *   their neighbours together: « 12 h 30 » written with them never splits.
 * - French typography: « : ; ! ? » % » never start a line and « « » never ends one, even when
 *   the writer typed an ordinary space (unless `frenchPunctuation: false`).
 * - "\n" forces a new line; runs of spaces count as one.
 * - A word wider than a line is cut between characters (as few cuts as possible).
 */
export function wrapText(text: string, measure: Measure, width: number, options: WrapOptions = {}): string[] {
  const french = options.frenchPunctuation ?? true;
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of french ? words(paragraph) : paragraph.split(/ +/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = "";
      let rest = Array.from(word);
      while (rest.length > 1 && measure(rest.join("")) > width) {
        const cut = longestFit(rest, measure, width);
        lines.push(rest.slice(0, cut).join(""));
        rest = rest.slice(cut);
      }
      line = rest.join("");
    }
    lines.push(line);
  }
  return lines;
}

/** How many characters of `chars` (at least 1, fewer than all) fit in `width`: binary search. */
function longestFit(chars: string[], measure: Measure, width: number): number {
  let lo = 1;
  let hi = chars.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(chars.slice(0, mid).join("")) <= width) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Words of one paragraph, with the French punctuation glued to its neighbour. */
function words(paragraph: string): string[] {
  const out: string[] = [];
  for (const word of paragraph.split(/ +/)) {
    const previous = out.length > 0 ? out[out.length - 1] : undefined;
    if (previous && word && (NO_LINE_START.test(word) || NO_LINE_END.test(previous))) out[out.length - 1] = `${previous} ${word}`;
    else out.push(word);
  }
  return out;
}
