import { PDFDocument } from "pdf-lib";
import { DIAG_FLYER_SUBTITLE, DIAG_FLYER_TITLE, diagFlyer, diagFlyerPdf } from "@/lib/documents/diag-flyer";
import type { KitDocumentInput } from "@/lib/documents/kit-poster";
import { qrMatrix } from "@/lib/documents/qr";
import { pdfPageContents, pdfText } from "@/tests/support/pdf-text";
import { kitLayoutProblems } from "./kit-layout";
import { matrixFromContent } from "./qr-matrix";

const NOW = new Date("2026-03-02T09:30:00Z");
const INPUT: KitDocumentInput = { structureName: "Espace public numérique de Brest", baseUrl: "https://pix.example.fr", now: NOW };
const CAMPAIGN = { code: "BKRTMQ472", name: "Diagnostic de rentrée", isAbcDiag: true };
const LONG_NAME = "Association intercommunale pour l’inclusion numérique des habitants des quartiers prioritaires de Saint-Quentin-en-Yvelines, antenne".slice(0, 120);
const flat = (text: string) => text.replace(/\s+/g, " ");

describe("ABC Diag flyer", () => {
  test("A4: one portrait A4 page with ABC Diag, the structure, the steps and the address", async () => {
    const { bytes, layouts } = await diagFlyer(INPUT);
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(pdf.getPageCount()).toBe(1);
    const { width, height } = pdf.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
    expect(pdf.getTitle()).toBe("Flyer ABC Diag – Espace public numérique de Brest – Pix");
    const text = flat(pdfText(bytes));
    for (const s of [DIAG_FLYER_TITLE, DIAG_FLYER_SUBTITLE, "Proposé par Espace public numérique de Brest", "10 questions, de 5 à 15 minutes, sans compte", "Reconnaître les outils du numérique", "Allez sur pix.example.fr/abc-diag", "pix.example.fr/abc-diag"])
      expect(text).toContain(s);
    const order = [DIAG_FLYER_SUBTITLE, "Proposé par", "10 questions", "Comment faire", "1.", "2.", "3.", "Sur un ordinateur", "Pix est le service public"].map((s) => text.indexOf(s));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(layouts).toHaveLength(1);
    expect(kitLayoutProblems(layouts[0])).toEqual([]);
    expect(matrixFromContent(pdfPageContents(bytes)[0], layouts[0].qr)).toEqual(qrMatrix("https://pix.example.fr/abc-diag"));
  });

  test("A3: two A4 flyers side by side on one A3 landscape sheet", async () => {
    const { bytes, layouts } = await diagFlyer({ ...INPUT, format: "A3" });
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(1);
    const { width, height } = pdf.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([1191, 842]);
    expect(layouts.map((l) => [Math.round(l.region.x), Math.round(l.region.width), Math.round(l.region.height)])).toEqual([
      [0, 595, 842],
      [595, 595, 842],
    ]);
    expect(flat(pdfText(bytes)).split("Proposé par Espace public numérique de Brest")).toHaveLength(3);
    for (const l of layouts) {
      expect(kitLayoutProblems(l)).toEqual([]);
      expect(matrixFromContent(pdfPageContents(bytes)[0], l.qr)).toEqual(qrMatrix("https://pix.example.fr/abc-diag"));
    }
  });

  test("with a campaign: the code in large groups and a QR code to the campaign", async () => {
    for (const format of ["A4", "A3"] as const) {
      const { bytes, layouts } = await diagFlyer({ ...INPUT, format, campaign: CAMPAIGN });
      const text = flat(pdfText(bytes));
      expect(text).toContain("BKR TMQ 472");
      expect(text).toContain("À taper sans les espaces : BKRTMQ472");
      expect(text).toContain("Allez sur pix.example.fr/campagnes et tapez le code");
      for (const l of layouts) {
        expect(kitLayoutProblems(l)).toEqual([]);
        expect(l.blocks.filter((b) => ["BKR", "TMQ", "472"].includes(b.lines[0].text)).every((b) => b.size >= 28)).toBe(true);
        expect(matrixFromContent(pdfPageContents(bytes)[0], l.qr)).toEqual(qrMatrix("https://pix.example.fr/campagnes/BKRTMQ472"));
      }
    }
  });

  test.each([
    ["a 120-character name", { structureName: LONG_NAME }],
    ["a 120-character name without spaces", { structureName: "É".repeat(120) }],
    ["a long name and a campaign", { structureName: LONG_NAME, campaign: CAMPAIGN }],
    ["a long address", { baseUrl: `https://pix-preprod.example.gouv.fr/${"sous-dossier/".repeat(4)}` }],
  ])("%s fits: the name in full, nothing outside or overlapping", async (_name, change) => {
    for (const format of ["A4", "A3"] as const) {
      const { bytes, layouts } = await diagFlyer({ ...INPUT, ...change, format });
      for (const l of layouts) expect(kitLayoutProblems(l)).toEqual([]);
      const name = (("structureName" in change ? change.structureName : undefined) ?? INPUT.structureName).replace(/ /g, "");
      expect(flat(pdfText(bytes)).replace(/ /g, "")).toContain(name);
    }
  });

  test.each([
    ["an empty name", { structureName: "" }, /name is empty/],
    ["a name of 121 characters", { structureName: "é".repeat(121) }, /longer than 120/],
    ["a relative base address", { baseUrl: "pix.fr" }, /absolute address/],
    ["a campaign that is not ABC Diag", { campaign: { code: "BKRTMQ472", name: "Démarches", isAbcDiag: false } }, /only an ABC Diag campaign/],
  ])("refuses %s", async (_name, change, message) => {
    await expect(diagFlyerPdf({ ...INPUT, ...change })).rejects.toThrow(message);
  });
});
