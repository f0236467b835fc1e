import { PDFDocument, PDFName } from "pdf-lib";
import { COLORS, createDocument, drawBox, drawHeading, drawRule, drawText, fitText, layoutText, PAGE_SIZES, PALETTE, pageSize } from "@/lib/documents/pdf";
import { pdfText } from "@/tests/support/pdf-text";

const NOW = new Date("2026-03-02T09:30:00Z");

/** WCAG relative luminance contrast between two "#rrggbb" colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe("colours", () => {
  test.each([
    ["text", "white"],
    ["muted", "white"],
    ["blue", "white"],
    ["blueDark", "white"],
    ["text", "blueLight"],
    ["muted", "blueLight"],
    ["blue", "blueLight"],
    ["blueDark", "blueLight"],
  ] as const)("%s on %s reaches 4.5:1 (WCAG AA)", (fg, bg) => {
    expect(contrast(PALETTE[fg], PALETTE[bg])).toBeGreaterThanOrEqual(4.5);
  });
});

describe("page sizes", () => {
  test.each([
    ["A4", "portrait", 595, 842],
    ["A4", "landscape", 842, 595],
    ["A3", "portrait", 842, 1191],
    ["A3", "landscape", 1191, 842],
  ] as const)("%s %s is %i × %i pt", (format, orientation, width, height) => {
    const size = pageSize(format, orientation);
    expect([Math.round(size.width), Math.round(size.height)]).toEqual([width, height]);
  });
});

describe("createDocument", () => {
  async function sample(now = NOW) {
    const doc = await createDocument({ title: "Feuille d’émargement – Pix", subject: "Session 12", now });
    const page = doc.addPage("A3", "landscape");
    const heading = drawHeading(page, doc.fonts, "Session de certification n° 12", { x: 50, top: 800, width: 700 });
    drawRule(page, { x: 50, y: heading.bottom - 6, width: 700 });
    drawBox(page, { x: 50, y: 300, width: 300, height: 200 }, { border: COLORS.blue, fill: COLORS.blueLight });
    drawText(page, "Signez dans la case : « lu et approuvé ».", { font: doc.fonts.regular, size: 12, x: 60, top: 490, width: 280 });
    return doc.save();
  }

  test("writes French metadata, the date passed in, and the text with its accents", async () => {
    const bytes = await sample();
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(pdf.getTitle()).toBe("Feuille d’émargement – Pix");
    expect(pdf.getAuthor()).toBe("Pix");
    expect(pdf.getSubject()).toBe("Session 12");
    expect(pdf.getCreationDate()).toEqual(NOW);
    expect(pdf.getModificationDate()).toEqual(NOW);
    expect(pdf.catalog.get(PDFName.of("Lang"))?.toString()).toBe("(fr-FR)");
    expect(pdf.getPage(0).getSize()).toEqual({ width: PAGE_SIZES.A3.height, height: PAGE_SIZES.A3.width });
    expect(pdfText(bytes)).toBe("Session de certification n° 12\nSignez dans la case : « lu et approuvé ».");
  });

  test("is deterministic: same input and date, same bytes; another date, other bytes", async () => {
    const [a, b, c] = [await sample(), await sample(), await sample(new Date("2026-03-03T09:30:00Z"))];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Buffer.from(a).equals(Buffer.from(c))).toBe(false);
  });
});

describe("layoutText and fitText", () => {
  let fonts: Awaited<ReturnType<typeof createDocument>>["fonts"];
  beforeAll(async () => {
    fonts = (await createDocument({ title: "t", now: NOW })).fonts;
  });

  test("lines stay in the column, one below the other, from the top given", () => {
    const block = layoutText("Faites le point sur vos compétences numériques avec Pix, gratuitement.", { font: fonts.regular, size: 14, x: 40, top: 700, width: 150 });
    expect(block.lines.length).toBeGreaterThan(2);
    for (const line of block.lines) {
      expect(line.x).toBeGreaterThanOrEqual(40);
      expect(line.x + line.width).toBeLessThanOrEqual(190);
      expect(line.y).toBeLessThan(line.top);
      expect(line.y).toBeGreaterThan(line.bottom);
    }
    expect(block.lines[0].top).toBe(700);
    expect(block.bottom).toBeCloseTo(700 - block.lines.length * 14 * 1.25);
  });

  test("centred lines are centred", () => {
    const [line] = layoutText("Pix", { font: fonts.bold, size: 20, x: 0, top: 100, width: 200, align: "center" }).lines;
    expect(line.x + line.width / 2).toBeCloseTo(100);
  });

  test("maxLines cuts the text with an ellipsis that fits", () => {
    const block = layoutText("mot ".repeat(80), { font: fonts.regular, size: 12, x: 0, top: 100, width: 120, maxLines: 2 });
    expect(block.lines).toHaveLength(2);
    expect(block.truncated).toBe(true);
    expect(block.lines[1].text.endsWith("…")).toBe(true);
    expect(block.lines[1].width).toBeLessThanOrEqual(120);
  });

  test("fitText takes the largest size that fits in maxLines", () => {
    const text = "Centre communal d’action sociale de la ville";
    const block = fitText(text, { font: fonts.regular, sizes: [30, 20, 10], x: 0, top: 100, width: 250, maxLines: 1 });
    expect(block.lines).toHaveLength(1);
    expect(block.truncated).toBe(false);
    expect(block.size).toBe(10);
    expect(layoutText(text, { font: fonts.regular, size: 30, x: 0, top: 100, width: 250 }).lines.length).toBeGreaterThan(3);
    expect(fitText(text, { font: fonts.regular, sizes: [30, 20, 10], x: 0, top: 100, width: 250, maxLines: 3 }).size).toBe(20);
  });

  test("a character the font cannot draw becomes « ? » instead of failing", () => {
    expect(layoutText("Bravo 🎉", { font: fonts.regular, size: 12, x: 0, top: 100, width: 300 }).lines[0].text).toBe("Bravo ?");
  });
});
