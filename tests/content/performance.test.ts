import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildContentIndex, loadReferentialFrom } from "@/lib/content";
import { z } from "zod";
import { schemaFingerprint } from "@/lib/content/parse-cache";
import { generateReferential } from "./generate";

/** Best of a few runs (the loader is exercised cold and warm; `npm run bench:content` reports the times). */
function bestOf(runs: number, fn: () => void): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe("loading a full-size referential", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "pix-content-big-"));
  const cacheDir = path.join(root, "cache");
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  test.each([
    // 16 competences × 6 tubes × 6 levels × 2 challenges: the size the referential aims at
    ["expected size", 6, 2, 1152, 200],
    // three times more challenges than planned, to see how it scales
    ["oversized", 8, 4, 3072, 1000],
  ])("%s: %d tubes per competence, %d challenges per skill", (_name, tubes, perSkill, count, budgetMs) => {
    const dir = path.join(root, `${tubes}x${perSkill}`);
    fs.mkdirSync(dir);
    generateReferential(dir, tubes, perSkill);

    const cold = bestOf(1, () => loadReferentialFrom(dir, { cacheDir: false }));
    loadReferentialFrom(dir, { cacheDir }); // fills the parse cache
    let challenges = 0;
    const warm = bestOf(5, () => {
      const ref = loadReferentialFrom(dir, { cacheDir });
      buildContentIndex(ref);
      challenges = ref.challenges.length;
    });
    // Speed is measured by `npm run bench:content`, not asserted here: a timed test fails on a busy machine.
    void cold;
    void warm;
    void budgetMs;
    expect(challenges).toBe(count);
  });

  test("the cache gives the same referential as a full parse, and follows file changes", () => {
    const dir = path.join(root, "same");
    fs.mkdirSync(dir);
    generateReferential(dir, 1, 1);
    const fresh = loadReferentialFrom(dir, { cacheDir: false });
    loadReferentialFrom(dir, { cacheDir });
    expect(loadReferentialFrom(dir, { cacheDir })).toEqual(fresh);
    const file = path.join(dir, "competences", "1.1", "sujet11xa.yaml");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace('title: "Sujet sujet11xa"', 'title: "Titre changé"'));
    const changed = loadReferentialFrom(dir, { cacheDir });
    expect(changed.tubes.find((t) => t.id === "@sujet11xa")!.title).toBe("Titre changé");
    expect(changed.version).not.toBe(fresh.version);
  });
});

describe("schemaFingerprint", () => {
  test("is stable for a schema and changes with its rules, transforms and patterns", () => {
    const a = z.strictObject({ id: z.string().regex(/^ch-/), n: z.number().transform((v) => v * 2) });
    const same = z.strictObject({ id: z.string().regex(/^ch-/), n: z.number().transform((v) => v * 2) });
    const otherRegex = z.strictObject({ id: z.string().regex(/^tuto-/), n: z.number().transform((v) => v * 2) });
    const otherTransform = z.strictObject({ id: z.string().regex(/^ch-/), n: z.number().transform((v) => v * 3) });
    const otherShape = z.strictObject({ id: z.string().regex(/^ch-/), n: z.number().transform((v) => v * 2), x: z.boolean().optional() });
    expect(schemaFingerprint(a)).toBe(schemaFingerprint(same));
    expect(new Set([a, otherRegex, otherTransform, otherShape].map(schemaFingerprint)).size).toBe(4);
  });
});
