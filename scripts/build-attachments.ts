// npm run content:build-attachments
// Writes content/attachments/files/<output> for every content/attachments/sources/*.yaml.
// Output is deterministic (fixed dates in metadata and zip entries): regenerating an unchanged
// source gives the same bytes, so git shows only real changes.
import fs from "node:fs";
import path from "node:path";
import { buildAttachments } from "../lib/content/attachments/build";

async function main() {
  const contentDir = path.join(process.cwd(), "content");
  const filesDir = path.join(contentDir, "attachments", "files");
  const { built, problems } = await buildAttachments(contentDir);
  fs.mkdirSync(filesDir, { recursive: true });
  let written = 0;
  for (const a of built) {
    const target = path.join(filesDir, a.output);
    const same = fs.existsSync(target) && fs.readFileSync(target).equals(a.bytes);
    if (!same) {
      fs.writeFileSync(target, a.bytes);
      written++;
    }
    console.log(`${same ? "unchanged" : "written  "}  ${a.output}  (${a.bytes.length} bytes, from ${a.source})`);
  }
  for (const p of problems) console.error(`ERROR  content/${p.source}: ${p.message}`);
  console.log(`${built.length} attachments built (${written} written, ${built.length - written} unchanged), ${problems.length} problems`);
  if (problems.length > 0) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
