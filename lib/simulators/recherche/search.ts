// The ranking of the search engine: a simple, deterministic term score. A page matches when
// one of the query's words is in its title, its snippet, its text or its address. Pages that
// hold more of the query's words come first; then the score (title words count most); then the
// page's boost (paid referencing, popularity); then the corpus order. Pure.
import { CORPUS, type Block, type CorpusPage } from "./corpus";
import { queryTerms, terms } from "./text";

export const RESULTS_PER_PAGE = 5;
export const MAX_ADS = 2;

type Counts = Map<string, number>;

type Indexed = { page: CorpusPage; order: number; title: Counts; snippet: Counts; body: Counts; address: Counts; keywords: Set<string> };

function counts(text: string): Counts {
  const m: Counts = new Map();
  for (const t of terms(text)) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

export function blockText(b: Block): string {
  if (typeof b === "string") return b;
  if ("h" in b) return b.h;
  if ("list" in b) return b.list.join(" ");
  if ("link" in b) return b.text;
  return b.box;
}

const INDEX: readonly Indexed[] = CORPUS.map((page, order) => ({
  page,
  order,
  title: counts(page.title),
  snippet: counts(page.snippet),
  body: counts(page.body.map(blockText).join(" ")),
  address: counts(page.address.replace(/^https?:\/\/(www\.)?/, "")),
  keywords: new Set(page.ad ? page.ad.keywords.flatMap(terms) : []),
}));

function termScore(ix: Indexed, t: string): number {
  return (ix.title.has(t) ? 4 : 0) + (ix.snippet.has(t) ? 2 : 0) + Math.min(ix.body.get(t) ?? 0, 4) + (ix.address.has(t) ? 2 : 0);
}

export type SearchResults = {
  /** advertisements shown above the results, "Annonce" */
  ads: CorpusPage[];
  /** every organic result, best first */
  results: CorpusPage[];
};

/** Searches the pages whose ids are in `available`. */
export function search(query: string, available: ReadonlySet<string>): SearchResults {
  const qt = queryTerms(query);
  if (qt.length === 0) return { ads: [], results: [] };
  const ads = INDEX.filter((ix) => ix.page.ad && available.has(ix.page.id))
    .map((ix) => ({ ix, hits: qt.filter((t) => ix.keywords.has(t)).length }))
    .filter((x) => x.hits > 0)
    .sort((a, b) => b.hits - a.hits || a.ix.order - b.ix.order)
    .slice(0, MAX_ADS)
    .map((x) => x.ix.page);
  const results = INDEX.filter((ix) => !ix.page.ad && available.has(ix.page.id))
    .map((ix) => {
      const scores = qt.map((t) => termScore(ix, t));
      const coverage = scores.filter((s) => s > 0).length;
      const score = scores.reduce((a, b) => a + b, 0) + (coverage > 0 ? (ix.page.boost ?? 0) : 0);
      return { ix, coverage, score };
    })
    .filter((x) => x.coverage > 0)
    .sort((a, b) => b.coverage - a.coverage || b.score - a.score || a.ix.order - b.ix.order)
    .map((x) => x.ix.page);
  return { ads, results };
}

export function pageCount(resultCount: number): number {
  return Math.max(1, Math.ceil(resultCount / RESULTS_PER_PAGE));
}
