// Imported first by the assessment tests. PIX_TEST_CONTENT_DIR points the content cache at another
// folder (e.g. an export of the committed content/ while authors edit the working tree).
import { loadReferentialFrom } from "@/lib/content";

const dir = process.env.PIX_TEST_CONTENT_DIR;
if (dir) {
  const g = globalThis as Record<symbol, unknown>;
  const key = Symbol.for("pix.content.cache");
  const cache = (g[key] as { referential?: unknown; index?: unknown } | undefined) ?? {};
  g[key] = cache;
  cache.referential = loadReferentialFrom(dir);
  delete cache.index;
}
