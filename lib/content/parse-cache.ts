// A cache of parsed and schema-validated YAML files, keyed by the sha256 of each file's text and
// a fingerprint of the zod schema that validated it. Parsing YAML is the slow part of loading
// the referential (the `yaml` package reads about 1-2 MB/s), and zod is slow on the first run
// of a process; with this cache, a process only parses and validates the files that changed
// since the last load, and reads the rest as JSON. Only files that passed their schema are
// cached. Everything after the schema (ids, references, files, the self-check of every
// challenge with the answer checker) runs on every load.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

type Entry = { sha: string; schema: string; data: unknown };
type CacheFile = { format: 2; entries: Record<string, Entry> };

export class ParseCache {
  private entries: Record<string, Entry> = {};
  private used: Record<string, Entry> = {};
  private changed = false;

  private constructor(private readonly file: string | null) {}

  /** A cache for one content folder, stored under node_modules/.cache/pix-content/; `null` disables it. */
  static open(contentDir: string, cacheDir: string | null): ParseCache {
    if (!cacheDir) return new ParseCache(null);
    const name = createHash("sha256").update(path.resolve(contentDir)).digest("hex").slice(0, 16);
    const cache = new ParseCache(path.join(cacheDir, `${name}.json`));
    try {
      const parsed = JSON.parse(fs.readFileSync(cache.file!, "utf8")) as CacheFile;
      if (parsed && parsed.format === 2 && parsed.entries) cache.entries = parsed.entries;
    } catch {
      // no cache yet, or unreadable: start empty
    }
    return cache;
  }

  static defaultDir(): string | null {
    const modules = path.join(process.cwd(), "node_modules");
    return fs.existsSync(modules) ? path.join(modules, ".cache", "pix-content") : null;
  }

  /** The validated data of `rel` if neither its text nor the schema has changed. */
  get(rel: string, sha: string, schema: string): { hit: true; data: unknown } | { hit: false } {
    const entry = this.entries[rel];
    if (!this.file || !entry || entry.sha !== sha || entry.schema !== schema) return { hit: false };
    this.used[rel] = entry;
    return { hit: true, data: entry.data };
  }

  set(rel: string, sha: string, schema: string, data: unknown) {
    if (!this.file) return;
    this.used[rel] = { sha, schema, data };
    this.changed = true;
  }

  /** Writes the entries used by this load (dropping those of deleted files); best effort, never throws. */
  save() {
    if (!this.file) return;
    if (!this.changed && Object.keys(this.used).length === Object.keys(this.entries).length) return;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      const tmp = `${this.file}.${process.pid}.${Date.now()}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify({ format: 2, entries: this.used } satisfies CacheFile));
      fs.renameSync(tmp, this.file);
    } catch {
      // read-only file system or the like: the next load parses again
    }
  }
}

export function sha256(text: string | Buffer): string {
  return createHash("sha256").update(text).digest("hex");
}

const fingerprints = new WeakMap<object, string>();

/**
 * A fingerprint of a zod schema: its definition tree, with the source text of its transforms
 * and refinements and its regular expressions, hashed. Changing the schema in code changes it,
 * so cached results of an older schema are not reused.
 */
export function schemaFingerprint(schema: object): string {
  const known = fingerprints.get(schema);
  if (known) return known;
  const seen = new Set<object>();
  const text = JSON.stringify((schema as { _zod?: { def?: unknown } })._zod?.def ?? schema, function (_key, value: unknown) {
    if (typeof value === "function") return `fn:${value.toString()}`;
    if (value instanceof RegExp) return `re:${value.toString()}`;
    if (value instanceof Set) return [...value];
    if (value && typeof value === "object") {
      const inner = (value as { _zod?: { def?: unknown } })._zod?.def;
      if (inner) return inner;
      if (seen.has(value)) return "[shared]";
      seen.add(value);
    }
    return value;
  });
  const fingerprint = sha256(text).slice(0, 16);
  fingerprints.set(schema, fingerprint);
  return fingerprint;
}
