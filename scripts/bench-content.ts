import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildContentIndex, contentDir, loadReferentialFrom } from "@/lib/content";
import { generateReferential } from "../tests/content/generate";

/**
 * Time to load and index the referential: the shipped content/, and generated ones of the size
 * the referential aims at (1,152 challenges) and three times bigger. Cold = every file parsed;
 * warm = the parse cache is filled (what a server start after an unchanged deploy pays).
 * Usage: npm run bench:content [-- --json <file>] (the figures also written there as JSON, in ms)
 */
function stats(runs: number, fn: () => void): { median: number; best: number } {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, best: times[0]! };
}

type Measure = { key: string; label: string; challenges: number; cold: { median: number; best: number }; warm: { median: number; best: number } };

function measure(key: string, label: string, dir: string, cacheDir: string): Measure {
  let challenges = 0;
  const cold = stats(3, () => {
    challenges = loadReferentialFrom(dir, { cacheDir: false }).challenges.length;
  });
  loadReferentialFrom(dir, { cacheDir });
  const warm = stats(7, () => buildContentIndex(loadReferentialFrom(dir, { cacheDir })));
  console.log(
    `${label}: ${challenges} challenges — cold median ${cold.median.toFixed(0)} ms (best ${cold.best.toFixed(0)}), ` +
      `warm median ${warm.median.toFixed(0)} ms (best ${warm.best.toFixed(0)})`,
  );
  return { key, label, challenges, cold, warm };
}

/** `--json <file>` or `--json=<file>`: where to write the figures as JSON (the console output stays). */
function jsonFile(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i]!.startsWith("--json=")) return argv[i]!.slice("--json=".length);
    if (argv[i] === "--json" && argv[i + 1] && !argv[i + 1]!.startsWith("--")) return argv[i + 1];
  }
  return undefined;
}

function main() {
  const out = jsonFile(process.argv.slice(2));
  const results: Measure[] = [];
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "pix-bench-content-"));
  try {
    results.push(measure("shipped", "shipped content/", contentDir(), path.join(root, "cache-shipped")));
    for (const [tubes, perSkill] of [
      [6, 2],
      [8, 4],
    ] as const) {
      const dir = path.join(root, `${tubes}x${perSkill}`);
      fs.mkdirSync(dir);
      generateReferential(dir, tubes, perSkill);
      results.push(measure(`${tubes}x${perSkill}`, `generated ${tubes} tubes × ${perSkill} challenges per skill`, dir, path.join(root, `cache-${tubes}x${perSkill}`)));
    }
    if (out) fs.writeFileSync(out, JSON.stringify({ referentials: results }, null, 2) + "\n");
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

main();
