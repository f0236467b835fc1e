// A small layer over pdf-lib for every Pix PDF (flyers, posters, certificates, attendance
// sheets): embedded Unicode fonts, page sizes, French word wrap, headings, boxes, rules, colours,
// metadata. Coordinates are PDF points (1/72 inch) from the bottom-left corner of the page;
// text blocks are placed by their TOP edge, which is how layouts are written.
import { PDFDocument, rgb, setCharacterSpacing, type PDFFont, type PDFPage, type RGB } from "pdf-lib";
import { drawable, embedFonts, FONT_DIR, type Fonts } from "./fonts";
import { wrapText } from "./wrap";

export { FONT_DIR, drawable, type Fonts } from "./fonts";
export { wrapText, type Measure, type WrapOptions } from "./wrap";

// ------------------------------------------------------------------ pages

/** ISO 216 sizes in points, portrait (width, height). */
export const PAGE_SIZES = {
  A4: { width: 595.28, height: 841.89 },
  A3: { width: 841.89, height: 1190.55 },
} as const;

export type PageFormat = keyof typeof PAGE_SIZES;
export type Orientation = "portrait" | "landscape";

export function pageSize(format: PageFormat, orientation: Orientation = "portrait"): { width: number; height: number } {
  const { width, height } = PAGE_SIZES[format];
  return orientation === "portrait" ? { width, height } : { width: height, height: width };
}

// ------------------------------------------------------------------ colours

/**
 * Pix colours (same as the site's CSS). Every colour meant for text reaches at least 4.5:1 on
 * white and on `blueLight` (WCAG AA), and white text on `blue` / `blueDark` too (checked in tests).
 */
export const PALETTE = {
  text: "#1f2430",
  muted: "#4a4f5c",
  blue: "#2a44c9",
  blueDark: "#1d3296",
  blueLight: "#e9edff",
  rule: "#8a90a0",
  white: "#ffffff",
} as const;

export type ColorName = keyof typeof PALETTE;

export function hexColor(hex: string): RGB {
  const n = parseInt(hex.replace(/^#/, ""), 16);
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
}

export const COLORS = Object.fromEntries(Object.entries(PALETTE).map(([name, hex]) => [name, hexColor(hex)])) as Record<ColorName, RGB>;

// ------------------------------------------------------------------ document

export interface DocumentInfo {
  title: string;
  /** Creation and modification date written in the metadata: passed in, so output is deterministic. */
  now: Date;
  subject?: string;
  keywords?: string[];
  /** Folder with DejaVuSans.ttf and DejaVuSans-Bold.ttf (default: content/attachments/fonts). */
  fontDir?: string;
}

export interface PixDocument {
  pdf: PDFDocument;
  fonts: Fonts;
  addPage(format?: PageFormat, orientation?: Orientation): PDFPage;
  /** The PDF bytes (classic cross-reference table, no object streams: easy to inspect). */
  save(): Promise<Uint8Array>;
}

/** A new PDF with the fonts embedded and the metadata set: title, author "Pix", language fr-FR. */
export async function createDocument(info: DocumentInfo): Promise<PixDocument> {
  // No automatic metadata: pdf-lib would stamp the current time. The order of the calls below
  // keeps the output of lib/content/attachments byte for byte identical to before this module.
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setProducer("Pix");
  pdf.setModificationDate(info.now);
  pdf.setCreator("Pix");
  pdf.setCreationDate(info.now);
  const fonts = await embedFonts(pdf, info.fontDir ?? FONT_DIR);
  pdf.setTitle(info.title, { showInWindowTitleBar: true });
  pdf.setLanguage("fr-FR");
  pdf.setAuthor("Pix");
  if (info.subject) pdf.setSubject(info.subject);
  if (info.keywords) pdf.setKeywords(info.keywords);
  return {
    pdf,
    fonts,
    addPage: (format = "A4", orientation = "portrait") => {
      const { width, height } = pageSize(format, orientation);
      return pdf.addPage([width, height]);
    },
    save: () => pdf.save({ useObjectStreams: false }),
  };
}

// ------------------------------------------------------------------ text

export type Align = "left" | "center" | "right";

export interface TextOptions {
  font: PDFFont;
  size: number;
  /** Left edge of the column. */
  x: number;
  /** Top edge of the first line. */
  top: number;
  /** Column width: no line is wider. */
  width: number;
  /** Line height as a multiple of the size (default 1.25). */
  lineHeight?: number;
  align?: Align;
  color?: RGB;
  /** At most this many lines: the last one ends with "…" when the text is longer. */
  maxLines?: number;
}

export interface LineBox {
  text: string;
  /** Left edge and baseline, as passed to drawText. */
  x: number;
  y: number;
  width: number;
  /** Top and bottom of the line's box. */
  top: number;
  bottom: number;
}

export interface TextBlock {
  lines: LineBox[];
  font: PDFFont;
  size: number;
  color: RGB;
  top: number;
  bottom: number;
  height: number;
  /** True when maxLines cut the text. */
  truncated: boolean;
  /** Extra space after each character, in points (letter-spaced codes); the caller measures. */
  characterSpacing?: number;
}

/** Places `text` in a column without drawing it: lines, their boxes, the block's height. */
export function layoutText(text: string, o: TextOptions): TextBlock {
  const { font, size, width } = o;
  const measure = (s: string) => font.widthOfTextAtSize(s, size);
  let lines = wrapText(drawable(text, font), measure, width);
  let truncated = false;
  if (o.maxLines !== undefined && lines.length > o.maxLines) {
    truncated = true;
    lines = lines.slice(0, Math.max(1, o.maxLines));
    let last = lines[lines.length - 1];
    while (last && measure(`${last}…`) > width) last = Array.from(last).slice(0, -1).join("");
    lines[lines.length - 1] = `${last.trimEnd()}…`;
  }
  const step = size * (o.lineHeight ?? 1.25);
  const ascent = font.heightAtSize(size, { descender: false });
  const full = font.heightAtSize(size);
  const boxes = lines.map((line, i): LineBox => {
    const lineWidth = measure(line);
    const top = o.top - i * step;
    const x = o.align === "center" ? o.x + (width - lineWidth) / 2 : o.align === "right" ? o.x + width - lineWidth : o.x;
    return { text: line, x, y: top - (step - full) / 2 - ascent, width: lineWidth, top, bottom: top - step };
  });
  const height = lines.length * step;
  return { lines: boxes, font, size, color: o.color ?? COLORS.text, top: o.top, bottom: o.top - height, height, truncated };
}

/**
 * Like layoutText, trying each size in turn (largest first) until the text fits in maxLines;
 * with the smallest size, the text is cut with "…" as a last resort.
 */
export function fitText(text: string, o: Omit<TextOptions, "size"> & { sizes: number[]; maxLines: number }): TextBlock {
  for (const size of o.sizes.slice(0, -1)) {
    const block = layoutText(text, { ...o, size, maxLines: undefined });
    if (block.lines.length <= o.maxLines) return block;
  }
  return layoutText(text, { ...o, size: o.sizes[o.sizes.length - 1] });
}

export function drawTextBlock(page: PDFPage, block: TextBlock): TextBlock {
  if (block.characterSpacing) page.pushOperators(setCharacterSpacing(block.characterSpacing));
  for (const line of block.lines) page.drawText(line.text, { x: line.x, y: line.y, size: block.size, font: block.font, color: block.color });
  if (block.characterSpacing) page.pushOperators(setCharacterSpacing(0));
  return block;
}

/** Wraps and draws `text`; returns where it went (use `bottom` to place what follows). */
export function drawText(page: PDFPage, text: string, o: TextOptions): TextBlock {
  return drawTextBlock(page, layoutText(text, o));
}

export const HEADING_SIZES = { 1: 24, 2: 18, 3: 14 } as const;

/** A bold heading in Pix dark blue (level 1 to 3). */
export function drawHeading(page: PDFPage, fonts: Fonts, text: string, o: { x: number; top: number; width: number; level?: 1 | 2 | 3; align?: Align; color?: RGB }): TextBlock {
  return drawText(page, text, { font: fonts.bold, size: HEADING_SIZES[o.level ?? 1], lineHeight: 1.2, color: COLORS.blueDark, ...o });
}

// ------------------------------------------------------------------ shapes

export interface Box {
  x: number;
  /** Bottom edge (PDF coordinates). */
  y: number;
  width: number;
  height: number;
}

/** A rectangle: filled, outlined, or both. */
export function drawBox(page: PDFPage, box: Box, o: { fill?: RGB; border?: RGB; borderWidth?: number; dashed?: boolean } = {}): void {
  page.drawRectangle({
    ...box,
    color: o.fill,
    borderColor: o.border,
    borderWidth: o.border ? (o.borderWidth ?? 1) : 0,
    borderDashArray: o.dashed ? [4, 3] : undefined,
  });
}

/** A horizontal line from x to x + width at height y. */
export function drawRule(page: PDFPage, o: { x: number; y: number; width: number; color?: RGB; thickness?: number; dashed?: boolean }): void {
  page.drawLine({
    start: { x: o.x, y: o.y },
    end: { x: o.x + o.width, y: o.y },
    thickness: o.thickness ?? 0.75,
    color: o.color ?? COLORS.rule,
    dashArray: o.dashed ? [4, 3] : undefined,
  });
}
