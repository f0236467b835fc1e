// The source of an attachment (content/attachments/sources/<name>.yaml), as described in
// content/README.md, and its reduction to a small document model the writers share.
import { z } from "zod";

export const SPREADSHEET_FORMATS = ["xlsx", "ods", "csv"] as const;
export const DOCUMENT_FORMATS = ["docx", "odt", "pdf", "txt"] as const;

const cell = z.union([z.string(), z.number(), z.boolean(), z.null()], { error: "a cell is a text, a number, true/false or empty" });
const rows = z.array(z.array(cell, { error: "a row is a list of cells, e.g. [\"Loyer\", 650]" }));

const tableSchema = z.union([
  rows,
  z.strictObject({
    title: z.string().optional(),
    rows,
    /** the first row is a header (bold); default true */
    header: z.boolean().optional(),
  }),
]);

const paragraphSchema = z.union(
  [
    z.string(),
    z.number().transform(String),
    z.strictObject({ text: z.union([z.string(), z.number().transform(String)]), style: z.enum(["heading", "bullet", "bold", "normal"]).optional() }),
    z.strictObject({ table: rows, header: z.boolean().optional() }),
    z.strictObject({ pageBreak: z.literal(true) }),
  ],
  { error: 'a paragraph is a text, { text, style: heading|bullet|bold }, { table: [[…]] } or { pageBreak: true }' },
);

export const attachmentSourceSchema = z.strictObject({
  output: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.(xlsx|ods|csv|docx|odt|pdf|txt)$/, "output is a file name ending in .xlsx, .ods, .csv, .docx, .odt, .pdf or .txt (letters, digits, . - _)"),
  title: z.string().optional(),
  /** show the title at the top of the document; default true (false when a heading repeats it) */
  showTitle: z.boolean().optional(),
  sheets: z
    .array(
      z.strictObject({
        name: z.string().min(1).max(31, "a sheet name has at most 31 characters").regex(/^[^[\]:*?/\\]+$/, "a sheet name cannot contain [ ] : * ? / \\"),
        rows,
        /** column widths, in characters */
        widths: z.array(z.number().positive()).optional(),
        /** the first row is a header (bold); default true */
        header: z.boolean().optional(),
      }),
    )
    .min(1)
    .optional(),
  paragraphs: z.array(paragraphSchema).optional(),
  tables: z.array(tableSchema).optional(),
});

export type AttachmentSource = z.infer<typeof attachmentSourceSchema>;
export type Cell = string | number | boolean | null;

export type Sheet = { name: string; rows: Cell[][]; widths?: number[]; header: boolean };
export type SpreadsheetModel = { kind: "spreadsheet"; title: string; sheets: Sheet[] };

export type Block =
  | { kind: "title"; text: string }
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string; bold: boolean }
  | { kind: "bullet"; text: string }
  | { kind: "table"; rows: Cell[][]; header: boolean }
  | { kind: "pageBreak" };
export type DocumentModel = { kind: "document"; title: string; blocks: Block[] };

export function extensionOf(output: string): string {
  return output.slice(output.lastIndexOf(".") + 1).toLowerCase();
}

/** Checks that the source suits its output format and reduces it to a model; returns problems instead when it does not. */
export function toModel(source: AttachmentSource): SpreadsheetModel | DocumentModel | { problems: string[] } {
  const ext = extensionOf(source.output);
  const problems: string[] = [];
  const title = source.title ?? source.output.replace(/\.[^.]+$/, "");
  if ((SPREADSHEET_FORMATS as readonly string[]).includes(ext)) {
    if (!source.sheets) problems.push(`.${ext} needs sheets: [{ name, rows }]`);
    if (source.paragraphs || source.tables) problems.push(`.${ext} is a spreadsheet: use sheets, not paragraphs or tables`);
    if (ext === "csv" && source.sheets && source.sheets.length > 1) problems.push(".csv holds one sheet only");
    const names = new Set<string>();
    for (const s of source.sheets ?? []) {
      if (names.has(s.name.toLowerCase())) problems.push(`sheet "${s.name}" is listed twice`);
      names.add(s.name.toLowerCase());
    }
    if (problems.length) return { problems };
    return { kind: "spreadsheet", title, sheets: source.sheets!.map((s) => ({ name: s.name, rows: s.rows, widths: s.widths, header: s.header ?? true })) };
  }
  if (source.sheets) problems.push(`.${ext} is a document: use title and paragraphs (tables for tables), not sheets`);
  if (!source.paragraphs && !source.tables) problems.push(`.${ext} needs paragraphs`);
  if (problems.length) return { problems };

  const blocks: Block[] = [];
  const paragraphs = source.paragraphs ?? [];
  const headingRepeatsTitle = paragraphs.some((p) => typeof p === "object" && "text" in p && p.style === "heading" && p.text.trim() === source.title?.trim());
  if (source.title && (source.showTitle ?? !headingRepeatsTitle)) blocks.push({ kind: "title", text: source.title });
  for (const p of paragraphs) {
    if (typeof p === "string") blocks.push({ kind: "paragraph", text: p, bold: false });
    else if ("pageBreak" in p) blocks.push({ kind: "pageBreak" });
    else if ("table" in p) blocks.push({ kind: "table", rows: p.table, header: p.header ?? true });
    else if (p.style === "heading") blocks.push({ kind: "heading", text: p.text });
    else if (p.style === "bullet") blocks.push({ kind: "bullet", text: p.text });
    else blocks.push({ kind: "paragraph", text: p.text, bold: p.style === "bold" });
  }
  for (const t of source.tables ?? []) {
    if (Array.isArray(t)) blocks.push({ kind: "table", rows: t, header: true });
    else {
      if (t.title) blocks.push({ kind: "heading", text: t.title });
      blocks.push({ kind: "table", rows: t.rows, header: t.header ?? true });
    }
  }
  return { kind: "document", title, blocks };
}

/** A cell as text, numbers the French way (3,5). */
export function cellText(value: Cell, decimalComma = true): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "Oui" : "Non";
  if (typeof value === "number") return decimalComma ? String(value).replace(".", ",") : String(value);
  return value;
}

/** Column widths in characters: the author's, or from the longest text of each column (8 to 60). */
export function columnWidths(rows: Cell[][], given?: number[]): number[] {
  const count = Math.max(0, ...rows.map((r) => r.length));
  return Array.from({ length: count }, (_, i) => {
    if (given && given[i] !== undefined) return given[i];
    const longest = Math.max(0, ...rows.map((r) => Math.max(0, ...cellText(r[i] ?? null).split("\n").map((l) => l.length))));
    return Math.min(60, Math.max(8, longest + 2));
  });
}

/** The fixed date written in every file's metadata, so that regenerating does not change the files. */
export const FIXED_DATE = new Date("2026-01-01T00:00:00Z");
