// The embedded Unicode fonts (DejaVu Sans). Standard PDF fonts only know WinAnsi: they cannot
// write ’ « » œ or non-breaking spaces, so every Pix PDF embeds (a subset of) DejaVu Sans.
import fs from "node:fs";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import type { PDFDocument, PDFFont } from "pdf-lib";

export const FONT_DIR = path.join(process.cwd(), "content", "attachments", "fonts");

export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

const FILES = { regular: "DejaVuSans.ttf", bold: "DejaVuSans-Bold.ttf" } as const;
const cache = new Map<string, Uint8Array>();

function fontBytes(fontDir: string, file: string): Uint8Array {
  const full = path.join(fontDir, file);
  let bytes = cache.get(full);
  if (!bytes) {
    bytes = fs.readFileSync(full);
    cache.set(full, bytes);
  }
  return bytes;
}

/** Embeds DejaVu Sans regular and bold in `doc` (subset: only the glyphs used are written). */
export async function embedFonts(doc: PDFDocument, fontDir = FONT_DIR): Promise<Fonts> {
  doc.registerFontkit(fontkit);
  return {
    regular: await doc.embedFont(fontBytes(fontDir, FILES.regular), { subset: true, customName: "DejaVuSans" }),
    bold: await doc.embedFont(fontBytes(fontDir, FILES.bold), { subset: true, customName: "DejaVuSans-Bold" }),
  };
}

const charSets = new WeakMap<PDFFont, Set<number>>();

/** `text` with tabs as 4 spaces and characters the font cannot draw (emoji…) replaced by "?". */
export function drawable(text: string, font: PDFFont): string {
  let supported = charSets.get(font);
  if (!supported) {
    supported = new Set(font.getCharacterSet());
    charSets.set(font, supported);
  }
  const set = supported;
  return Array.from(text.replace(/\t/g, "    "))
    .map((ch) => (set.has(ch.codePointAt(0)!) || ch === "\n" ? ch : "?"))
    .join("");
}
