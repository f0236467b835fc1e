// Spreadsheets: .xlsx (exceljs), .ods (OpenDocument written by hand), .csv (UTF-8 with BOM, ";").
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { cellText, columnWidths, FIXED_DATE, type Cell, type SpreadsheetModel } from "./source";
import { repack, xmlEscape } from "./zip";

const ISO = FIXED_DATE.toISOString().replace(/\.\d{3}Z$/, "Z");

export async function writeXlsx(model: SpreadsheetModel): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Pix";
  workbook.lastModifiedBy = "Pix";
  workbook.title = model.title;
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  for (const sheet of model.sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    const widths = columnWidths(sheet.rows, sheet.widths);
    ws.columns = widths.map((width) => ({ width }));
    sheet.rows.forEach((row, i) => {
      const r = ws.addRow(row.map((c) => (c === null ? null : typeof c === "boolean" ? cellText(c) : c)));
      if (i === 0 && sheet.header) r.font = { bold: true };
    });
    if (sheet.header && sheet.rows.length > 1) ws.views = [{ state: "frozen", ySplit: 1 }];
  }
  const raw = Buffer.from(await workbook.xlsx.writeBuffer());
  // exceljs writes the time of writing in docProps/core.xml: pin it.
  return repack(raw, {
    rewrite: (name, text) =>
      name === "docProps/core.xml"
        ? text.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${ISO}$3`)
        : text,
  });
}

function odsCell(value: Cell, style: string | null): string {
  const styleAttr = style ? ` table:style-name="${style}"` : "";
  if (value === null || value === "") return `<table:table-cell${styleAttr}/>`;
  if (typeof value === "number" && Number.isFinite(value)) {
    return `<table:table-cell${styleAttr} office:value-type="float" office:value="${value}" calcext:value-type="float"><text:p>${xmlEscape(cellText(value))}</text:p></table:table-cell>`;
  }
  const paragraphs = cellText(value)
    .split("\n")
    .map((line) => `<text:p>${odfText(line)}</text:p>`)
    .join("");
  return `<table:table-cell${styleAttr} office:value-type="string" calcext:value-type="string">${paragraphs}</table:table-cell>`;
}

/** Text for an ODF paragraph: runs of spaces and tabs kept (<text:s/>, <text:tab/>). */
export function odfText(text: string): string {
  return xmlEscape(text)
    .replace(/\t/g, "<text:tab/>")
    .replace(/ {2,}/g, (m) => ` <text:s text:c="${m.length - 1}"/>`)
    .replace(/^ /, '<text:s/>');
}

export const ODF_NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"',
  'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"',
].join(" ");

/** Zips an OpenDocument: "mimetype" first and uncompressed, then the manifest and the parts. */
export async function zipOpenDocument(mimeType: string, title: string, content: string, styles: string): Promise<Buffer> {
  const zip = new JSZip();
  const meta = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta ${ODF_NS} office:version="1.3"><office:meta><meta:generator>Pix</meta:generator><dc:title>${xmlEscape(title)}</dc:title><dc:language>fr-FR</dc:language><meta:creation-date>${ISO.replace("Z", "")}</meta:creation-date><dc:date>${ISO.replace("Z", "")}</dc:date></office:meta></office:document-meta>`;
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="${mimeType}"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>`;
  const opts = { date: FIXED_DATE, createFolders: false } as const;
  zip.file("mimetype", mimeType, { ...opts, compression: "STORE" });
  zip.file("META-INF/manifest.xml", manifest, opts);
  zip.file("content.xml", content, opts);
  zip.file("styles.xml", styles, opts);
  zip.file("meta.xml", meta, opts);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 }, platform: "DOS" });
}

export function minimalStyles(defaultFont = "Liberation Sans"): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles ${ODF_NS} office:version="1.3"><office:font-face-decls/><office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties style:font-name="${defaultFont}" fo:font-family="'${defaultFont}'" fo:font-size="11pt" fo:language="fr" fo:country="FR"/></style:default-style>
<style:default-style style:family="table-cell"><style:text-properties fo:font-size="10pt" fo:language="fr" fo:country="FR"/></style:default-style>
</office:styles></office:document-styles>`;
}

export async function writeOds(model: SpreadsheetModel): Promise<Buffer> {
  const columnStyles: string[] = [];
  const tables = model.sheets.map((sheet, s) => {
    const widths = columnWidths(sheet.rows, sheet.widths);
    const cols = widths
      .map((w, c) => {
        const name = `co${s + 1}_${c + 1}`;
        columnStyles.push(`<style:style style:name="${name}" style:family="table-column"><style:table-column-properties style:column-width="${(w * 0.22).toFixed(2)}cm"/></style:style>`);
        return `<table:table-column table:style-name="${name}"/>`;
      })
      .join("");
    const rows = sheet.rows
      .map((row, r) => `<table:table-row>${row.map((c) => odsCell(c, r === 0 && sheet.header ? "ceHeader" : null)).join("")}</table:table-row>`)
      .join("\n");
    return `<table:table table:name="${xmlEscape(sheet.name)}">${cols}\n${rows}</table:table>`;
  });
  const content = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content ${ODF_NS} office:version="1.3"><office:automatic-styles>
${columnStyles.join("\n")}
<style:style style:name="ceHeader" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles><office:body><office:spreadsheet>
${tables.join("\n")}
</office:spreadsheet></office:body></office:document-content>`;
  return zipOpenDocument("application/vnd.oasis.opendocument.spreadsheet", model.title, content, minimalStyles());
}

/** CSV as French spreadsheet software expects it: UTF-8 with BOM, ";" separator, decimal comma, CRLF. */
export function writeCsv(model: SpreadsheetModel): Buffer {
  const sheet = model.sheets[0];
  const lines = sheet.rows.map((row) =>
    row
      .map((c) => {
        const text = cellText(c);
        return /[;"\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
      })
      .join(";"),
  );
  return Buffer.from("\ufeff" + lines.join("\r\n") + "\r\n", "utf8");
}
