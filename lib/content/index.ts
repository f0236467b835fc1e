// Entry point of the referential for the app and the scripts. No "server-only" import on
// purpose: scripts (tsx) load it too. It reads files, so it must only run on the server.
import path from "node:path";
import { buildContentIndex, type ContentIndex } from "./content-index";
import { loadReferentialFrom } from "./load";
import type { Referential } from "./types";

export { loadReferentialFrom, loadContent, compareIds, DEFAULT_TOLERANCES } from "./load";
export type { LoadResult, ContentSources } from "./load";
export { ContentError, formatProblem } from "./errors";
export type { ContentProblem } from "./errors";
export { buildContentIndex } from "./content-index";
export type { ContentIndex } from "./content-index";
export { skillPix, fraction, addFractions, sumFractions, floorFraction, toNumber, PIX_PER_LEVEL, MAX_PIX_PER_SKILL } from "./pix";
export type * from "./types";

// One cache per process, kept on globalThis so that every bundle of the app (pages, route
// handlers, server actions) and hot reloads in development share it.
type Cache = { referential?: Referential; index?: ContentIndex };
const CACHE_KEY = Symbol.for("pix.content.cache");
const cache: Cache = ((globalThis as Record<symbol, unknown>)[CACHE_KEY] as Cache | undefined) ?? {};
(globalThis as Record<symbol, unknown>)[CACHE_KEY] = cache;

/** The content folder of the running app: <cwd>/content. */
export function contentDir(): string {
  return path.join(process.cwd(), "content");
}

/** The referential, loaded and validated once per process. Throws a ContentError if the content is invalid. */
export function getReferential(): Referential {
  cache.referential ??= loadReferentialFrom(contentDir());
  return cache.referential;
}

/** Indexes over the referential, built once per process. */
export function getContentIndex(): ContentIndex {
  cache.index ??= buildContentIndex(getReferential());
  return cache.index;
}

/** For tests only: forget the cached referential. */
export function resetContentCache(): void {
  delete cache.referential;
  delete cache.index;
}
