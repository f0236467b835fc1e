import type { Audience, FaqEntry, Paragraph } from "./faq";

/**
 * Searching the help questions: pure, no database. Case and accents do not matter, French
 * little words are ignored, plurals and common endings are folded ("bloquée" = "bloque"), and a
 * word also finds longer words that start with it ("certif" → "certification").
 * Every word of the query must be found (AND); when no entry has them all, the entries with
 * some of them come instead (OR), those with the most words first.
 */

export const MAX_QUERY_LENGTH = 200;
const MAX_QUERY_WORDS = 20;

const STOP_WORDS = new Set(
  (
    "a à au aux avec c ce ces cet cette d dans de des du elle elles en est et il ils j je l la le les leur leurs lui m ma me mes " +
    "moi mon n ne nos notre nous on ou où par pas pour qu que qui quoi s sa sans se ses si son sont sur t ta te tes toi ton tu un une " +
    "vos votre vous y ai as avez comment quand quel quelle quels quelles faire fait peut puis-je veux voudrais"
  )
    .split(" ")
    .map((w) => fold(w)),
);

/** Lower case, without accents, letters and digits only (everything else is a space). */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Folds plurals and a few common French endings, so that the forms of a word meet. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 3 && (w.endsWith("s") || w.endsWith("x"))) w = w.slice(0, -1);
  for (const ending of ["ation", "ement", "euse", "eur", "ee", "er", "ez", "e"]) {
    if (w.endsWith(ending) && w.length - ending.length >= 4) return w.slice(0, -ending.length);
  }
  return w;
}

/** The searched words of a text: folded, without little words, stemmed. */
export function searchWords(text: string): string[] {
  return fold(text)
    .split(" ")
    .filter((w) => w && !STOP_WORDS.has(w))
    .map(stem);
}

/** A query word finds a text word equal to it or that starts with it (from 3 letters). */
function wordMatches(queryWord: string, textWord: string): boolean {
  if (queryWord === textWord) return true;
  if (queryWord.length >= 3 && textWord.startsWith(queryWord)) return true;
  // "certificat" finds "certification" (stemmed "certific")
  return textWord.length >= 6 && queryWord.startsWith(textWord);
}

const WEIGHT = { question: 3, keywords: 2, answer: 1 } as const;

function paragraphText(p: Paragraph): string {
  return typeof p === "string" ? p : p.map((piece) => (typeof piece === "string" ? piece : piece.text)).join("");
}

type Indexed = { entry: FaqEntry; question: string[]; keywords: string[]; answer: string[]; questionText: string };

function indexEntry(entry: FaqEntry): Indexed {
  return {
    entry,
    question: searchWords(entry.question),
    keywords: searchWords(entry.keywords.join(" ")),
    answer: searchWords(entry.answer.map(paragraphText).join(" ")),
    questionText: ` ${fold(entry.question)} `,
  };
}

const cache = new WeakMap<FaqEntry, Indexed>();
function indexed(entry: FaqEntry): Indexed {
  let i = cache.get(entry);
  if (!i) cache.set(entry, (i = indexEntry(entry)));
  return i;
}

/** The weight of the best place where the word is found (0: nowhere). */
function wordScore(i: Indexed, word: string): number {
  if (i.question.some((t) => wordMatches(word, t))) return WEIGHT.question;
  if (i.keywords.some((t) => wordMatches(word, t))) return WEIGHT.keywords;
  if (i.answer.some((t) => wordMatches(word, t))) return WEIGHT.answer;
  return 0;
}

export type FaqSearch = {
  entries: FaqEntry[];
  /** browse: no words to search (all entries); all: every word found; some: fallback to any word */
  mode: "browse" | "all" | "some";
};

/** Searches the entries of one audience (or all); see the top of this file. */
export function searchFaqDetailed(entries: readonly FaqEntry[], query: string, audience?: Audience): FaqSearch {
  const pool = audience ? entries.filter((e) => e.audience === audience) : [...entries];
  const words = [...new Set(searchWords(query.slice(0, MAX_QUERY_LENGTH)))].slice(0, MAX_QUERY_WORDS);
  if (words.length === 0) return { entries: pool, mode: "browse" };

  const phrase = fold(query.slice(0, MAX_QUERY_LENGTH));
  const scored = pool.map((entry, order) => {
    const i = indexed(entry);
    const scores = words.map((w) => wordScore(i, w));
    const found = scores.filter((s) => s > 0).length;
    // the whole query, as typed, inside the question: the best sign
    const bonus = phrase.includes(" ") && i.questionText.includes(` ${phrase} `) ? 5 : 0;
    return { entry, order, found, score: scores.reduce((a, b) => a + b, 0) + bonus };
  });
  const rank = (list: typeof scored) =>
    list.sort((a, b) => b.found - a.found || b.score - a.score || a.order - b.order).map((s) => s.entry);

  const all = scored.filter((s) => s.found === words.length);
  if (all.length > 0) return { entries: rank(all), mode: "all" };
  return { entries: rank(scored.filter((s) => s.found > 0)), mode: "some" };
}

/** The entries that answer the query, best first; an empty query gives every entry in order. */
export function searchFaq(entries: readonly FaqEntry[], query: string, audience?: Audience): FaqEntry[] {
  return searchFaqDetailed(entries, query, audience).entries;
}
