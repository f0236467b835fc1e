import fs from "node:fs";
import path from "node:path";
import { getReferential } from "@/lib/content";
import { abcListing, abcListingData } from "@/lib/content/abc-listing";

test("docs/contenu-abc-pix.md is the listing generated from the shipped content (npm run content:abc-listing -- --write)", () => {
  const shipped = fs.readFileSync(path.join(process.cwd(), "docs", "contenu-abc-pix.md"), "utf8");
  expect(shipped).toBe(abcListing(getReferential()));
});

test("the listing names ABC Diag's three parts and every ABC Pix profile", () => {
  const ref = getReferential();
  const text = abcListing(ref);
  for (const d of ref.abcDiag!.dimensions) expect(text).toContain(`### ${d.name}`);
  for (const p of ref.targetProfiles.filter((x) => x.family === "abc")) expect(text).toContain(`## ${p.name}`);
});

test("abcListingData: the same facts as data, for the kit's web page", () => {
  const ref = getReferential();
  const data = abcListingData(ref);
  expect(data.diag).not.toBeNull();
  expect(data.diag!.questionCount).toBe(ref.abcDiag!.questions.length);
  expect(data.diag!.dimensions.map((d) => d.name)).toEqual(ref.abcDiag!.dimensions.map((d) => d.name));
  expect(data.diag!.dimensions.reduce((n, d) => n + d.questions.length, 0)).toBe(ref.abcDiag!.questions.length);
  for (const d of data.diag!.dimensions) for (const q of d.questions) expect(q.kind).toBeTruthy();
  const abc = ref.targetProfiles.filter((p) => p.family === "abc");
  expect(data.profiles.map((p) => p.id)).toEqual(abc.map((p) => p.id));
  for (const p of data.profiles) {
    expect(p.rows === null).toBe(p.id === "abc-pix-complet");
    if (p.rows) expect(p.rows).toHaveLength(p.tubeCount);
    for (const r of p.rows ?? []) {
      expect(r.competence).toMatch(/^\d\.\d /);
      expect(r.example?.instruction).toBeTruthy();
    }
    expect(p.skillCount).toBeGreaterThan(0);
  }
});

test("abcListingData without ABC Diag nor ABC Pix profiles: nothing to list", () => {
  const ref = getReferential();
  expect(abcListingData({ ...ref, abcDiag: null, targetProfiles: ref.targetProfiles.filter((p) => p.family !== "abc") })).toEqual({ diag: null, profiles: [] });
});
