// Word handling of the search engine: accents and case folded, small words ignored, a crude
// plural folding, so that "Horaires d'été" and "horaire ete" find the same pages. Pure.

/** Lower case, no accents, ligatures spelt out: "Œuvre Été" → "oeuvre ete". */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae");
}

/** Words that say nothing about what is looked for. */
const STOP_WORDS = new Set(
  (
    "a ai au aux avec c ce ces cet cette comment d dans de des du elle elles en est et etre il ils j je l la le les leur leurs " +
    "lui m ma mais me mes moi mon n ne nos notre nous on ou par pas pour qu que quel quelle quelles quels qui quoi s sa sans se " +
    "ses son sont sur t ta te tes toi ton tu un une vos votre vous y"
  ).split(" "),
);

/** "horaires" → "horaire", "prix" → "pri": crude, but the same on both sides. */
function stem(word: string): string {
  if (word.length > 3 && (word.endsWith("s") || word.endsWith("x")) && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

/** The search words of a text, in order, repeated words kept. */
export function terms(text: string): string[] {
  return fold(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "" && !STOP_WORDS.has(w))
    .map(stem);
}

/** The distinct search words of a query, in order. */
export function queryTerms(query: string): string[] {
  return [...new Set(terms(query))];
}
