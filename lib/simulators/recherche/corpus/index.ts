// The whole simulated web: every page a scenario may select, in a fixed order (ties in the
// ranking keep this order).
import { DEMARCHES } from "./demarches";
import { DIVERS } from "./divers";
import type { CorpusPage } from "./types";
import { TRANSPORTS } from "./transports";
import { VILLE } from "./ville";

export type { Block, CorpusPage, SiteLook } from "./types";

export const CORPUS: readonly CorpusPage[] = [...DEMARCHES, ...VILLE, ...TRANSPORTS, ...DIVERS];

export const PAGES_BY_ID: ReadonlyMap<string, CorpusPage> = new Map(CORPUS.map((p) => [p.id, p]));

/** The ids of the corpus pages that a page links to. */
export function linksOf(page: CorpusPage): string[] {
  return page.body.flatMap((b) => (typeof b === "object" && "link" in b ? [b.link] : []));
}
