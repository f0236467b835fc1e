import JSZip from "jszip";
import { FIXED_DATE } from "./source";

/**
 * Rewrites a zip-based file (xlsx, docx, ods, odt) with fixed dates, in the same entry order,
 * so that regenerating an attachment gives the same bytes. `stored` entries (the OpenDocument
 * "mimetype") are written first and uncompressed. `rewrite` may change an entry's text.
 */
export async function repack(
  input: Buffer | Uint8Array,
  options: { stored?: string[]; rewrite?: (name: string, text: string) => string } = {},
): Promise<Buffer> {
  const source = await JSZip.loadAsync(input);
  const out = new JSZip();
  const names = Object.keys(source.files).filter((n) => !source.files[n].dir);
  const stored = options.stored ?? [];
  const ordered = [...stored.filter((n) => names.includes(n)), ...names.filter((n) => !stored.includes(n))];
  for (const name of ordered) {
    const entry = source.files[name];
    let data: string | Uint8Array = await entry.async("uint8array");
    if (options.rewrite && /\.(xml|rels)$/.test(name)) data = options.rewrite(name, Buffer.from(data).toString("utf8"));
    out.file(name, data, { date: FIXED_DATE, compression: stored.includes(name) ? "STORE" : "DEFLATE", createFolders: false });
  }
  return out.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 }, platform: "DOS" });
}

export function xmlEscape(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}
