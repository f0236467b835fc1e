import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const VALID = path.join(__dirname, "..", "fixtures", "content", "valid");

const made: string[] = [];

/** A copy of the valid fixture in a temporary folder, changed by `edit(dir)`. */
export function brokenCopy(edit: (dir: string) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pix-content-"));
  fs.cpSync(VALID, dir, { recursive: true });
  made.push(dir);
  edit(dir);
  return dir;
}

export function replaceIn(dir: string, rel: string, from: string | RegExp, to: string) {
  const file = path.join(dir, rel);
  const before = fs.readFileSync(file, "utf8");
  const after = before.replace(from, to);
  if (after === before) throw new Error(`test setup: "${from}" not found in ${rel}`);
  fs.writeFileSync(file, after);
}

export function writeIn(dir: string, rel: string, text: string) {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), text);
}

export function cleanUp() {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}
