// npm run content:abc-listing            prints "Contenu des tests ABC Pix" (Markdown) on stdout
// npm run content:abc-listing -- --write  writes it to docs/contenu-abc-pix.md (for the deployment kit)
import { writeFileSync } from "node:fs";
import { getReferential } from "../lib/content";
import { abcListing } from "../lib/content/abc-listing";

const text = abcListing(getReferential());
if (process.argv.includes("--write")) {
  writeFileSync("docs/contenu-abc-pix.md", text);
  console.log("docs/contenu-abc-pix.md written");
} else process.stdout.write(text);
