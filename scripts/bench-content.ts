import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildContentIndex, contentDir, loadReferentialFrom } from "@/lib/content";
import { generateReferential } from "../tests/content/generate";

/**
 * Time to load and index the referential: the shipped content/, and generated ones of the size
 * the referential aims at (1,152 challenges) and three times bigger. Cold = every file parsed;
 * warm = the parse cache is filled (what a server start after an unchanged deploy pays).
 * Usage: npm run bench:content
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

function measure(label: string, dir: string, cacheDir: string) {
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
}

function main() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "pix-bench-content-"));
  try {
    measure("shipped content/", contentDir(), path.join(root, "cache-shipped"));
    for (const [tubes, perSkill] of [
      [6, 2],
      [8, 4],
    ] as const) {
      const dir = path.join(root, `${tubes}x${perSkill}`);
      fs.mkdirSync(dir);
      generateReferential(dir, tubes, perSkill);
      measure(`generated ${tubes} tubes × ${perSkill} challenges per skill`, dir, path.join(root, `cache-${tubes}x${perSkill}`));
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

main();
