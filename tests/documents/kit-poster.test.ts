import { PDFDocument } from "pdf-lib";
import { kitBase, kitPoster, kitPosterPdf, POSTER_TITLE, slugify, structureNameOf, type KitDocumentInput } from "@/lib/documents/kit-poster";
import { PAGE_SIZES } from "@/lib/documents/pdf";
import { qrMatrix } from "@/lib/documents/qr";
import { pdfPageContents, pdfText } from "@/tests/support/pdf-text";
import { kitLayoutProblems } from "./kit-layout";
import { matrixFromContent } from "./qr-matrix";

const NOW = new Date("2026-03-02T09:30:00Z");
const INPUT: KitDocumentInput = { structureName: "Médiathèque Émile-Zola d’Évry", baseUrl: "https://pix.example.fr", now: NOW };
const CAMPAIGN = { code: "CAPDIA123", name: "Atelier du mardi", isAbcDiag: true };
const LONG_NAME = "Association intercommunale pour l’inclusion numérique des habitants des quartiers prioritaires de Saint-Quentin-en-Yvelines, antenne".slice(0, 120);
const flat = (text: string) => text.replace(/\s+/g, " ");

describe("kit poster", () => {
  test.each([
    ["A4", [595, 842]],
    ["A3", [842, 1191]],
  ] as const)("%s: one portrait page of that size, with the title, the structure, ABC Diag and its address", async (format, size) => {
    const { bytes, layout } = await kitPoster({ ...INPUT, format });
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(pdf.getPageCount()).toBe(1);
    const { width, height } = pdf.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual(size);
    expect(pdf.getTitle()).toBe("Affiche ABC Diag – Médiathèque Émile-Zola d’Évry – Pix");
    const text = flat(pdfText(bytes));
    expect(text).toContain(POSTER_TITLE);
    expect(text).toContain("à Médiathèque Émile-Zola d’Évry");
    expect(text).toContain("10 questions");
    expect(text).toContain("5 à 15 minutes");
    expect(text).toContain("Sans compte");
    expect(text).toContain("pix.example.fr/abc-diag");
    const order = [POSTER_TITLE, "à Médiathèque", "ABC Diag montre", "10 questions", "Comment faire", "pix.example.fr/abc-diag", "Pix est le service public"].map((s) => text.indexOf(s));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(kitLayoutProblems(layout)).toEqual([]);
  });

  test("A3 is A4 scaled by √2: the QR code and the title grow with the page", async () => {
    const a4 = (await kitPoster({ ...INPUT, format: "A4" })).layout;
    const a3 = (await kitPoster({ ...INPUT, format: "A3" })).layout;
    const k = PAGE_SIZES.A3.width / PAGE_SIZES.A4.width;
    expect(k).toBeCloseTo(Math.SQRT2, 2);
    expect(a3.qr.size / a4.qr.size).toBeCloseTo(k, 5);
    const title = (l: typeof a4) => l.blocks.find((b) => b.lines[0].text.startsWith("Venez"))!.size;
    expect(title(a3) / title(a4)).toBeCloseTo(k, 5);
  });

  test.each(["A4", "A3"] as const)("%s: the QR code leads to <base>/abc-diag, drawn inside the page", async (format) => {
    const { bytes, layout } = await kitPoster({ ...INPUT, format, baseUrl: "https://pix.example.fr/" });
    expect(layout.qr.size).toBeGreaterThanOrEqual(150);
    expect(matrixFromContent(pdfPageContents(bytes)[0], layout.qr)).toEqual(qrMatrix("https://pix.example.fr/abc-diag"));
  });

  test("with a campaign: its code in large groups, as typed, and a QR code to <base>/campagnes/<CODE>", async () => {
    const { bytes, layout } = await kitPoster({ ...INPUT, campaign: CAMPAIGN });
    const text = flat(pdfText(bytes));
    expect(text).toContain("CAP DIA 123");
    expect(text).toContain("À taper sans les espaces : CAPDIA123");
    expect(text).toContain("Rendez-vous sur pix.example.fr/campagnes et tapez ce code");
    expect(text).not.toContain("pix.example.fr/abc-diag");
    const groups = layout.blocks.filter((b) => ["CAP", "DIA", "123"].includes(b.lines[0].text));
    expect(groups).toHaveLength(3);
    for (const g of groups) expect(g.size).toBeGreaterThanOrEqual(30);
    expect(matrixFromContent(pdfPageContents(bytes)[0], layout.qr)).toEqual(qrMatrix("https://pix.example.fr/campagnes/CAPDIA123"));
    expect(kitLayoutProblems(layout)).toEqual([]);
  });

  test("with a campaign that is not ABC Diag, the poster names it and does not promise 10 questions", async () => {
    const text = flat(pdfText(await kitPosterPdf({ ...INPUT, campaign: { code: "BKRTMQ472", name: "ABC Pix démarches", isAbcDiag: false } })));
    expect(text).toContain("Campagne : ABC Pix démarches");
    expect(text).not.toContain("10 questions");
  });

  test.each([
    ["a 120-character name", { structureName: LONG_NAME }],
    ["a 120-character name without spaces", { structureName: "É".repeat(120) }],
    ["a long name and a campaign", { structureName: LONG_NAME, campaign: CAMPAIGN }],
    ["a long address", { baseUrl: `https://pix-preprod.example.gouv.fr/${"sous-dossier/".repeat(4)}` }],
  ])("%s fits in A4 and A3: printed in full, nothing outside or overlapping", async (_name, change) => {
    for (const format of ["A4", "A3"] as const) {
      const { bytes, layout } = await kitPoster({ ...INPUT, ...change, format });
      expect(kitLayoutProblems(layout)).toEqual([]);
      const name = structureNameOf(("structureName" in change ? change.structureName : undefined) ?? INPUT.structureName);
      const block = layout.blocks.find((b) => b.lines[0].text.startsWith("à"))!;
      expect(block.truncated).toBe(false);
      expect(flat(pdfText(bytes)).replace(/ /g, "")).toContain(`à ${name}`.replace(/ /g, ""));
    }
  });

  test.each([
    ["an empty name", { structureName: "   " }, /name is empty/],
    ["a name of 121 characters", { structureName: "x".repeat(121) }, /longer than 120/],
    ["a relative base address", { baseUrl: "/abc" }, /absolute address/],
    ["another protocol", { baseUrl: "ftp://pix.fr" }, /http\(s\)/],
  ])("refuses %s", async (_name, change, message) => {
    await expect(kitPosterPdf({ ...INPUT, ...change })).rejects.toThrow(message);
  });

  test("is deterministic", async () => {
    const [a, b] = [await kitPosterPdf(INPUT), await kitPosterPdf({ ...INPUT })];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});

describe("kit helpers", () => {
  test.each([
    ["Médiathèque Émile-Zola d’Évry", "mediatheque-emile-zola-d-evry"],
    ["  EPN   de Brest ", "epn-de-brest"],
    ["???", "structure"],
    ["a".repeat(60), "a".repeat(40)],
  ])("slugify(%j) is %j", (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  test.each([
    ["https://pix.fr", { base: "https://pix.fr", host: "pix.fr" }],
    ["https://pix.fr/", { base: "https://pix.fr", host: "pix.fr" }],
    ["http://localhost:3000", { base: "http://localhost:3000", host: "localhost:3000" }],
    ["https://exemple.fr/pix/", { base: "https://exemple.fr/pix", host: "exemple.fr/pix" }],
  ])("kitBase(%j)", (url, expected) => {
    expect(kitBase(url)).toEqual(expected);
  });
});
