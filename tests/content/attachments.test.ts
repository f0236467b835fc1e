import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { buildAttachments, renderAttachment } from "@/lib/content/attachments/build";
import { toModel, type DocumentModel, type SpreadsheetModel } from "@/lib/content/attachments/source";

const FONTS = path.join(process.cwd(), "content", "attachments", "fonts");

const sheet: SpreadsheetModel = {
  kind: "spreadsheet",
  title: "Budget",
  sheets: [
    { name: "Janvier", header: true, widths: [20], rows: [["Poste", "Montant"], ["Loyer", 650], ["Électricité; gaz", 42.5], ["Note", null]] },
    { name: "Février", header: false, rows: [["Loyer", 650]] },
  ],
};
const doc: DocumentModel = {
  kind: "document",
  title: "Courrier de la CAF",
  blocks: [
    { kind: "title", text: "Courrier de la CAF" },
    { kind: "paragraph", text: "Madame, Monsieur,", bold: false },
    { kind: "heading", text: "Objet : votre dossier n° 12 — « été »" },
    { kind: "bullet", text: "Pièce d'identité" },
    { kind: "bullet", text: "Justificatif de domicile" },
    { kind: "paragraph", text: "Important", bold: true },
    { kind: "table", header: true, rows: [["Pièce", "Reçue"], ["Avis d'impôt", true]] },
    { kind: "pageBreak" },
    { kind: "paragraph", text: "Cordialement.", bold: false },
  ],
};

describe("spreadsheets", () => {
  test("xlsx: sheets, numbers as numbers, widths, bold header", async () => {
    const bytes = await renderAttachment("budget.xlsx", sheet);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Janvier", "Février"]);
    const ws = wb.getWorksheet("Janvier")!;
    expect(ws.getCell("B2").value).toBe(650);
    expect(ws.getCell("B3").value).toBe(42.5);
    expect(ws.getCell("A3").value).toBe("Électricité; gaz");
    expect(ws.getColumn(1).width).toBe(20);
    expect(ws.getCell("A1").font?.bold).toBe(true);
  });

  test("ods: mimetype first and stored, manifest, floats typed as floats", async () => {
    const bytes = await renderAttachment("budget.ods", sheet);
    expect(bytes.subarray(30, 38).toString("latin1")).toBe("mimetype");
    expect(bytes.subarray(38, 38 + 46).toString("latin1")).toBe("application/vnd.oasis.opendocument.spreadsheet");
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files)).toEqual(expect.arrayContaining(["mimetype", "META-INF/manifest.xml", "content.xml", "styles.xml"]));
    const content = await zip.file("content.xml")!.async("string");
    expect(content).toContain('table:name="Janvier"');
    expect(content).toContain('office:value-type="float" office:value="42.5"');
    expect(content).toContain("Électricité; gaz");
  });

  test("csv: UTF-8 BOM, semicolons, decimal comma, quoted when needed, CRLF", async () => {
    const bytes = await renderAttachment("budget.csv", { ...sheet, sheets: [sheet.sheets[0]] });
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8").slice(1)).toBe('Poste;Montant\r\nLoyer;650\r\n"Électricité; gaz";42,5\r\nNote;\r\n');
  });
});

describe("documents", () => {
  test("docx: a Word document with heading, bullets and table", async () => {
    const zip = await JSZip.loadAsync(await renderAttachment("lettre.docx", doc));
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toContain("Objet : votre dossier n° 12 — « été »");
    expect(xml).toContain("<w:tbl>");
    expect(xml).toMatch(/w:numPr/); // bullets
    expect(await zip.file("docProps/core.xml")!.async("string")).toContain("2026-01-01T00:00:00Z");
  });

  test("odt: mimetype first, headings with outline levels, a list, a table", async () => {
    const bytes = await renderAttachment("lettre.odt", doc);
    expect(bytes.subarray(30, 38).toString("latin1")).toBe("mimetype");
    const content = await (await JSZip.loadAsync(bytes)).file("content.xml")!.async("string");
    expect(content).toContain('text:outline-level="2">Objet : votre dossier n° 12 — « été »</text:h>');
    expect(content).toContain("<text:list ");
    expect(content).toContain("<table:table ");
    expect(content).toContain("Avis d'impôt");
  });

  test("pdf: a PDF with the DejaVu font embedded, two pages, French metadata", async () => {
    const bytes = await renderAttachment("lettre.pdf", doc, FONTS);
    const text = bytes.toString("latin1");
    expect(text.startsWith("%PDF-")).toBe(true);
    expect(text).toMatch(/DejaVuSans/);
    expect(text).toMatch(/\/Lang \(fr-FR\)/);
    expect((text.match(/\/Type \/Page\b/g) ?? []).length).toBe(2);
  });

  test("txt: BOM, title underlined, bullets, table columns", async () => {
    const text = (await renderAttachment("lettre.txt", doc)).toString("utf8");
    expect(text.startsWith("\ufeffCourrier de la CAF\r\n==================")).toBe(true);
    expect(text).toContain("- Pièce d'identité\r\n- Justificatif de domicile");
    expect(text).toMatch(/Pièce\s+\| Reçue/);
    expect(text).toMatch(/Avis d'impôt\s+\| Oui/);
  });
});

describe("sources", () => {
  test("a heading that repeats the title hides the title; paragraphs, styles and tables map to blocks", () => {
    const model = toModel({
      output: "a.docx",
      title: "Le vélo",
      paragraphs: ["Intro", { text: "Le vélo", style: "heading" }, { text: "Point", style: "bullet" }, { table: [["a", 1]] }, { pageBreak: true }],
      tables: [{ title: "Annexe", rows: [["x"]] }],
    });
    expect(model).toEqual({
      kind: "document",
      title: "Le vélo",
      blocks: [
        { kind: "paragraph", text: "Intro", bold: false },
        { kind: "heading", text: "Le vélo" },
        { kind: "bullet", text: "Point" },
        { kind: "table", rows: [["a", 1]], header: true },
        { kind: "pageBreak" },
        { kind: "heading", text: "Annexe" },
        { kind: "table", rows: [["x"]], header: true },
      ],
    });
  });

  test.each([
    [{ output: "a.xlsx", paragraphs: ["x"] }, /needs sheets/],
    [{ output: "a.pdf", sheets: [{ name: "A", rows: [[1]] }] }, /is a document/],
    [{ output: "a.csv", sheets: [{ name: "A", rows: [] }, { name: "B", rows: [] }] }, /one sheet only/],
  ])("%j is refused", (source, message) => {
    const model = toModel(source as never);
    expect("problems" in model && model.problems.join(" ")).toMatch(message);
  });

  test("buildAttachments builds every source, reports bad ones by file, and is deterministic", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pix-attach-"));
    try {
      const src = path.join(dir, "attachments", "sources");
      fs.mkdirSync(src, { recursive: true });
      fs.cpSync(FONTS, path.join(dir, "attachments", "fonts"), { recursive: true });
      for (const ext of ["xlsx", "ods", "csv"]) fs.writeFileSync(path.join(src, `t-${ext}.yaml`), `output: t.${ext}\nsheets:\n  - name: "Feuille"\n    rows:\n      - ["Poste", "Montant"]\n      - ["Loyer", 650]\n`);
      for (const ext of ["docx", "odt", "pdf", "txt"]) fs.writeFileSync(path.join(src, `d-${ext}.yaml`), `output: d.${ext}\ntitle: "Titre"\nparagraphs:\n  - "Bonjour à tous"\n  - { text: "Partie", style: heading }\n`);
      fs.writeFileSync(path.join(src, "bad.yaml"), "output: bad.exe\n");
      const first = await buildAttachments(dir);
      expect(first.built.map((b) => b.output).sort()).toEqual(["d.docx", "d.odt", "d.pdf", "d.txt", "t.csv", "t.ods", "t.xlsx"]);
      expect(first.problems).toEqual([{ source: "attachments/sources/bad.yaml", message: expect.stringMatching(/^output: output is a file name ending in/) }]);
      await new Promise((r) => setTimeout(r, 1100)); // another second on the clock
      const second = await buildAttachments(dir);
      for (const b of first.built) expect(second.built.find((x) => x.output === b.output)!.bytes.equals(b.bytes)).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
