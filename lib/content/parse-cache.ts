// A cache of parsed YAML files, keyed by the sha256 of each file's text. Parsing YAML is the
// slow part of loading the referential (the `yaml` package reads about 2 MB/s); with this
// cache, a process only parses the files that changed since the last load, and reads the rest
// as JSON. Validation and cross-checks always run on every load: only parsing is cached.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

type Entry = { sha: string; data: unknown };
type CacheFile = { format: 1; entries: Record<string, Entry> };

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
      if (parsed && parsed.format === 1 && parsed.entries) cache.entries = parsed.entries;
    } catch {
      // no cache yet, or unreadable: start empty
    }
    return cache;
  }

  static defaultDir(): string | null {
    const modules = path.join(process.cwd(), "node_modules");
    return fs.existsSync(modules) ? path.join(modules, ".cache", "pix-content") : null;
  }

  /** The parsed data of `rel` if its text has not changed. */
  get(rel: string, sha: string): { hit: true; data: unknown } | { hit: false } {
    const entry = this.entries[rel];
    if (!this.file || !entry || entry.sha !== sha) return { hit: false };
    this.used[rel] = entry;
    return { hit: true, data: entry.data };
  }

  set(rel: string, sha: string, data: unknown) {
    if (!this.file) return;
    this.used[rel] = { sha, data };
    this.changed = true;
  }

  /** Writes the entries used by this load (dropping those of deleted files); best effort, never throws. */
  save() {
    if (!this.file) return;
    if (!this.changed && Object.keys(this.used).length === Object.keys(this.entries).length) return;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      const tmp = `${this.file}.${process.pid}.${Date.now()}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify({ format: 1, entries: this.used } satisfies CacheFile));
      fs.renameSync(tmp, this.file);
    } catch {
      // read-only file system or the like: the next load parses again
    }
  }
}

export function sha256(text: string | Buffer): string {
  return createHash("sha256").update(text).digest("hex");
}
