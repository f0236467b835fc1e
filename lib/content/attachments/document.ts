// Documents: .docx (docx), .odt (OpenDocument written by hand), .pdf (pdf-lib + DejaVu), .txt.
import { BorderStyle, Document, HeadingLevel, Packer, PageBreak, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { rgb, type PDFDocument, type PDFFont, type PDFPage } from "pdf-lib";
import { createDocument, drawable, FONT_DIR, PAGE_SIZES, wrapText, type Fonts } from "@/lib/documents/pdf";
import { cellText, columnWidths, FIXED_DATE, type Block, type Cell, type DocumentModel } from "./source";
import { minimalStyles, odfText, ODF_NS, zipOpenDocument } from "./spreadsheet";
import { repack } from "./zip";

const ISO = FIXED_DATE.toISOString().replace(/\.\d{3}Z$/, "Z");

// ------------------------------------------------------------------ txt

/** Plain text: UTF-8 with BOM (so old Windows Notepad reads accents), CRLF line ends. */
export function writeTxt(model: DocumentModel): Buffer {
  const out: string[] = [];
  const blank = () => {
    if (out.length > 0 && out[out.length - 1] !== "") out.push("");
  };
  for (const b of model.blocks) {
    switch (b.kind) {
      case "title":
        out.push(b.text, "=".repeat(Math.min(78, Array.from(b.text).length)));
        out.push("");
        break;
      case "heading":
        blank();
        out.push(b.text, "-".repeat(Math.min(78, Array.from(b.text).length)));
        break;
      case "paragraph":
        out.push(...b.text.split("\n"));
        break;
      case "bullet":
        out.push(`- ${b.text}`);
        break;
      case "table": {
        blank();
        const widths = columnWidths(b.rows).map((w) => w - 2);
        for (const row of b.rows) out.push(widths.map((w, i) => cellText(row[i] ?? null).padEnd(w)).join(" | ").trimEnd());
        out.push("");
        break;
      }
      case "pageBreak":
        blank();
        break;
    }
  }
  while (out.length && out[out.length - 1] === "") out.pop();
  return Buffer.from("\ufeff" + out.join("\r\n") + "\r\n", "utf8");
}

// ------------------------------------------------------------------ odt

export async function writeOdt(model: DocumentModel): Promise<Buffer> {
  const body: string[] = [];
  let inList = false;
  const closeList = () => {
    if (inList) body.push("</text:list>");
    inList = false;
  };
  const lines = (text: string) => text.split("\n").map(odfText).join("<text:line-break/>");
  let tableCount = 0;
  for (const b of model.blocks) {
    if (b.kind !== "bullet") closeList();
    switch (b.kind) {
      case "title":
        body.push(`<text:h text:style-name="PTitle" text:outline-level="1">${lines(b.text)}</text:h>`);
        break;
      case "heading":
        body.push(`<text:h text:style-name="PHeading" text:outline-level="2">${lines(b.text)}</text:h>`);
        break;
      case "paragraph":
        body.push(`<text:p text:style-name="${b.bold ? "PBold" : "PBody"}">${lines(b.text)}</text:p>`);
        break;
      case "bullet":
        if (!inList) body.push('<text:list text:style-name="LBullet">');
        inList = true;
        body.push(`<text:list-item><text:p text:style-name="PBody">${lines(b.text)}</text:p></text:list-item>`);
        break;
      case "table": {
        tableCount++;
        const count = Math.max(1, ...b.rows.map((r) => r.length));
        const rows = b.rows.map((row, r) => {
          const cells = Array.from({ length: count }, (_, i) => {
            const text = cellText(row[i] ?? null);
            const style = r === 0 && b.header ? "PBold" : "PBody";
            return `<table:table-cell table:style-name="CCell" office:value-type="string"><text:p text:style-name="${style}">${lines(text)}</text:p></table:table-cell>`;
          });
          return `<table:table-row>${cells.join("")}</table:table-row>`;
        });
        const header = b.header && rows.length > 1 ? `<table:table-header-rows>${rows[0]}</table:table-header-rows>${rows.slice(1).join("")}` : rows.join("");
        body.push(`<table:table table:name="Tableau${tableCount}" table:style-name="TTable"><table:table-column table:number-columns-repeated="${count}"/>${header}</table:table>`);
        break;
      }
      case "pageBreak":
        body.push('<text:p text:style-name="PBreak"/>');
        break;
    }
  }
  closeList();
  const content = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content ${ODF_NS} office:version="1.3"><office:automatic-styles>
<style:style style:name="PTitle" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="18pt" fo:font-weight="bold"/></style:style>
<style:style style:name="PHeading" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
<style:style style:name="PBody" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/></style:style>
<style:style style:name="PBold" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="PBreak" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:style style:name="TTable" style:family="table"><style:table-properties style:width="17cm" table:align="margins" fo:margin-bottom="0.3cm"/></style:style>
<style:style style:name="CCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
<text:list-style style:name="LBullet"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.27cm" fo:text-indent="-0.635cm" fo:margin-left="1.27cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
</office:automatic-styles><office:body><office:text>
${body.join("\n")}
</office:text></office:body></office:document-content>`;
  return zipOpenDocument("application/vnd.oasis.opendocument.text", model.title, content, minimalStyles());
}

// ------------------------------------------------------------------ docx

function docxLines(text: string, bold = false, size?: number): TextRun[] {
  return text.split("\n").map((line, i) => new TextRun({ text: line, bold, size, break: i > 0 ? 1 : undefined }));
}

function docxTable(rows: Cell[][], header: boolean): Table {
  const count = Math.max(1, ...rows.map((r) => r.length));
  const border = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (row, r) =>
        new TableRow({
          tableHeader: r === 0 && header,
          children: Array.from(
            { length: count },
            (_, i) =>
              new TableCell({
                borders: { top: border, bottom: border, left: border, right: border },
                shading: r === 0 && header ? { type: ShadingType.CLEAR, fill: "E6E6E6", color: "auto" } : undefined,
                children: [new Paragraph({ children: docxLines(cellText(row[i] ?? null), r === 0 && header) })],
              }),
          ),
        }),
    ),
  });
}

export async function writeDocx(model: DocumentModel): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  for (const b of model.blocks) {
    switch (b.kind) {
      case "title":
        children.push(new Paragraph({ heading: HeadingLevel.TITLE, children: docxLines(b.text) }));
        break;
      case "heading":
        children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: docxLines(b.text) }));
        break;
      case "paragraph":
        children.push(new Paragraph({ children: docxLines(b.text, b.bold) }));
        break;
      case "bullet":
        children.push(new Paragraph({ bullet: { level: 0 }, children: docxLines(b.text) }));
        break;
      case "table":
        children.push(docxTable(b.rows, b.header));
        children.push(new Paragraph({ children: [] }));
        break;
      case "pageBreak":
        children.push(new Paragraph({ children: [new PageBreak()] }));
        break;
    }
  }
  const doc = new Document({
    creator: "Pix",
    lastModifiedBy: "Pix",
    title: model.title,
    styles: { default: { document: { run: { font: "Calibri", size: 22, language: { value: "fr-FR" } } } } },
    sections: [{ children }],
  });
  const raw = await Packer.toBuffer(doc);
  // docx writes the time of writing in docProps/core.xml: pin it.
  return repack(raw, {
    rewrite: (name, text) =>
      name === "docProps/core.xml" ? text.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${ISO}$3`) : text,
  });
}

// ------------------------------------------------------------------ pdf

const A4 = PAGE_SIZES.A4;
const MARGIN = 56;
const SIZES = { title: 18, heading: 14, body: 11, table: 10, footer: 9 };

/**
 * Splits text into lines that fit `width` (shared word wrap of lib/documents). The French
 * punctuation rule is off so that the committed files in content/attachments/files/ stay
 * byte for byte the same; turning it on would change the line breaks of two of them.
 */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  return wrapText(text, (s) => font.widthOfTextAtSize(s, size), width, { frenchPunctuation: false });
}

class PdfWriter {
  page!: PDFPage;
  y = 0;
  pages: PDFPage[] = [];
  readonly width = A4.width - 2 * MARGIN;

  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: Fonts,
  ) {
    this.newPage();
  }

  newPage() {
    this.page = this.doc.addPage([A4.width, A4.height]);
    this.pages.push(this.page);
    this.y = A4.height - MARGIN;
  }

  ensure(height: number) {
    if (this.y - height < MARGIN + 20) this.newPage();
  }

  text(text: string, opts: { size: number; bold?: boolean; indent?: number; spaceBefore?: number; spaceAfter?: number; bullet?: boolean; keepWithNext?: number }) {
    const font = opts.bold ? this.fonts.bold : this.fonts.regular;
    const indent = opts.indent ?? 0;
    const lineHeight = opts.size * 1.35;
    const lines = wrap(drawable(text, font), font, opts.size, this.width - indent);
    if (this.y !== A4.height - MARGIN) this.y -= opts.spaceBefore ?? 0;
    this.ensure(lineHeight * Math.min(lines.length, 2) + (opts.keepWithNext ?? 0));
    lines.forEach((line, i) => {
      this.ensure(lineHeight);
      this.y -= lineHeight;
      if (opts.bullet && i === 0) this.page.drawText("•", { x: MARGIN + indent - 12, y: this.y + 2, size: opts.size, font });
      this.page.drawText(line, { x: MARGIN + indent, y: this.y + 2, size: opts.size, font, color: rgb(0, 0, 0) });
    });
    this.y -= opts.spaceAfter ?? 0;
  }

  table(rows: Cell[][], header: boolean) {
    const count = Math.max(1, ...rows.map((r) => r.length));
    const chars = columnWidths(rows).slice(0, count);
    while (chars.length < count) chars.push(8);
    const total = chars.reduce((a, b) => a + b, 0);
    const widths = chars.map((c) => (c / total) * this.width);
    const size = SIZES.table;
    const lineHeight = size * 1.3;
    const pad = 4;
    this.y -= 6;
    const drawRow = (row: Cell[], bold: boolean) => {
      const font = bold ? this.fonts.bold : this.fonts.regular;
      const cells = widths.map((w, i) => wrap(drawable(cellText(row[i] ?? null), font), font, size, w - 2 * pad));
      const height = Math.max(...cells.map((c) => c.length)) * lineHeight + 2 * pad;
      this.ensure(height);
      let x = MARGIN;
      cells.forEach((lines, i) => {
        this.page.drawRectangle({ x, y: this.y - height, width: widths[i], height, borderColor: rgb(0, 0, 0), borderWidth: 0.5, color: bold ? rgb(0.9, 0.9, 0.9) : undefined });
        lines.forEach((line, l) => this.page.drawText(line, { x: x + pad, y: this.y - pad - (l + 1) * lineHeight + 3, size, font }));
        x += widths[i];
      });
      this.y -= height;
    };
    rows.forEach((row, r) => {
      const isHeader = r === 0 && header;
      const pagesBefore = this.pages.length;
      drawRow(row, isHeader);
      // A row that moved to a new page: draw the header again above it.
      if (!isHeader && header && this.pages.length !== pagesBefore) {
        this.page.drawRectangle({ x: MARGIN, y: this.y, width: this.width, height: A4.height - MARGIN - this.y, color: rgb(1, 1, 1) });
        this.y = A4.height - MARGIN;
        drawRow(rows[0], true);
        drawRow(row, false);
      }
    });
    this.y -= 10;
  }
}

export async function writePdf(model: DocumentModel, fontDir = FONT_DIR): Promise<Buffer> {
  const { pdf: doc, fonts } = await createDocument({ title: model.title, now: FIXED_DATE, fontDir });
  const w = new PdfWriter(doc, fonts);
  model.blocks.forEach((b: Block) => {
    switch (b.kind) {
      case "title":
        w.text(b.text, { size: SIZES.title, bold: true, spaceAfter: 12 });
        break;
      case "heading":
        w.text(b.text, { size: SIZES.heading, bold: true, spaceBefore: 10, spaceAfter: 4, keepWithNext: SIZES.body * 2.7 });
        break;
      case "paragraph":
        w.text(b.text, { size: SIZES.body, bold: b.bold, spaceAfter: 6 });
        break;
      case "bullet":
        w.text(b.text, { size: SIZES.body, indent: 18, bullet: true, spaceAfter: 3 });
        break;
      case "table":
        w.table(b.rows, b.header);
        break;
      case "pageBreak":
        w.newPage();
        break;
    }
  });
  if (w.pages.length > 1) {
    w.pages.forEach((page, i) => {
      const label = `Page ${i + 1} sur ${w.pages.length}`;
      const width = fonts.regular.widthOfTextAtSize(label, SIZES.footer);
      page.drawText(label, { x: (A4.width - width) / 2, y: MARGIN / 2, size: SIZES.footer, font: fonts.regular, color: rgb(0.3, 0.3, 0.3) });
    });
  }
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}
