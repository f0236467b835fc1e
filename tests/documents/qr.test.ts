import QRCode from "qrcode";
import { createDocument } from "@/lib/documents/pdf";
import { drawQrCode, qrMatrix, QUIET_ZONE } from "@/lib/documents/qr";
import { pdfPageContents } from "@/tests/support/pdf-text";
import { matrixFromContent } from "./qr-matrix";

const NOW = new Date("2026-03-02T09:30:00Z");

describe("QR codes", () => {
  test.each([
    ["a short campaign address", "https://pix.fr/campagnes/CAPDIA123"],
    ["a long address with accents", "https://pix.example.fr/campagnes/ABCDEF123?origine=médiathèque-émile-zola-d’évry&x=" + "y".repeat(120)],
  ])("%s: the matrix is qrcode's, level M", (_name, text) => {
    const reference = QRCode.create(text, { errorCorrectionLevel: "M" }).modules;
    const matrix = qrMatrix(text);
    expect(matrix).toHaveLength(reference.size);
    matrix.forEach((row, r) => row.forEach((dark, c) => expect(dark).toBe(Boolean(reference.get(r, c)))));
  });

  test("the rectangles drawn give back the matrix, inside the square, quiet zone left light", async () => {
    const text = "https://pix.fr/campagnes/CAPDIA123";
    const doc = await createDocument({ title: "QR", now: NOW });
    const page = doc.addPage();
    const qr = drawQrCode(page, text, { x: 100, y: 200, size: 150 });
    expect(qr.modules).toBe(QRCode.create(text, { errorCorrectionLevel: "M" }).modules.size);
    expect(qr.moduleSize).toBeCloseTo(150 / (qr.modules + 2 * QUIET_ZONE));
    const [content] = pdfPageContents(await doc.save());
    const drawn = matrixFromContent(content, qr);
    expect(drawn).toEqual(qrMatrix(text));
    // Nothing dark in the quiet zone: every rectangle starts after it and ends before it.
    const rects = [...content.matchAll(/(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) re\b/g)].map((m) => m.slice(1).map(Number));
    expect(rects.length).toBeGreaterThan(qr.modules);
    const inner = QUIET_ZONE * qr.moduleSize - 0.01;
    for (const [x, y, w, h] of rects) {
      expect(x).toBeGreaterThanOrEqual(100 + inner);
      expect(y).toBeGreaterThanOrEqual(200 + inner);
      expect(x + w).toBeLessThanOrEqual(250 - inner);
      expect(y + h).toBeLessThanOrEqual(350 - inner);
    }
  });
});
