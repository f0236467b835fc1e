import { PDFDocument } from "pdf-lib";
import { writePdf } from "@/lib/content/attachments/document";
import { createDocument, drawText } from "@/lib/documents/pdf";
import { pdfPages, pdfText } from "@/tests/support/pdf-text";

const NOW = new Date("2026-03-02T09:30:00Z");

describe("pdfText", () => {
  test("reads the attachments PDFs (lib/content/attachments), page by page", async () => {
    const bytes = await writePdf({
      kind: "document",
      title: "Courrier",
      blocks: [
        { kind: "title", text: "Courrier de la CAF" },
        { kind: "heading", text: "Objet : votre dossier n° 12 — « été »" },
        { kind: "table", header: true, rows: [["Pièce", "Reçue"], ["Avis d’impôt", true]] },
        { kind: "pageBreak" },
        { kind: "paragraph", text: "Cordialement, Œuvre sociale", bold: false },
      ],
    });
    expect(pdfPages(bytes)).toEqual([
      "Courrier de la CAF\nObjet : votre dossier n° 12 — « été »\nPièce\nReçue\nAvis d’impôt\nOui\nPage 1 sur 2",
      "Cordialement, Œuvre sociale\nPage 2 sur 2",
    ]);
  });

  test("reads a PDF saved with object streams, and the standard fonts' text", async () => {
    const doc = await createDocument({ title: "t", now: NOW });
    const page = doc.addPage();
    drawText(page, "Élève : œil, cœur", { font: doc.fonts.bold, size: 12, x: 50, top: 800, width: 400 });
    const compact = await doc.pdf.save({ useObjectStreams: true });
    expect(pdfText(compact)).toBe("Élève : œil, cœur");

    const plain = await PDFDocument.create({ updateMetadata: false });
    plain.addPage().drawText("Hello (1) \\ world", { x: 50, y: 700 });
    expect(pdfText(await plain.save())).toBe("Hello (1) \\ world");
  });
});
