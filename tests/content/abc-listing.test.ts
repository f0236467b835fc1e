import fs from "node:fs";
import path from "node:path";
import { getReferential } from "@/lib/content";
import { abcListing } from "@/lib/content/abc-listing";

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
