import { PDFDocument } from "pdf-lib";
import QRCode from "qrcode";
import { campaignFlyer, campaignFlyerPdf, FLYER_TITLE, groupCode, siteFromJoinUrl, type CampaignFlyerInput, type FlyerLayout } from "@/lib/documents/campaign-flyer";
import { qrMatrix } from "@/lib/documents/qr";
import { pdfPageContents, pdfText } from "@/tests/support/pdf-text";
import { matrixFromContent } from "./qr-matrix";

const NOW = new Date("2026-03-02T09:30:00Z");
const INPUT: CampaignFlyerInput = {
  organisationName: "Médiathèque Émile-Zola d’Évry",
  campaignName: "Atelier « Premiers pas » du mardi",
  code: "CAPDIA123",
  joinUrl: "https://pix.example.fr/campagnes/CAPDIA123",
  landingText: "Avant l’atelier, faites ce petit test : il dure environ 20 minutes.",
  now: NOW,
};
const LONG_NAME = (
  "Association intercommunale pour l’inclusion numérique et l’accompagnement des habitants des quartiers prioritaires " +
  "de la politique de la ville du bassin de vie de Saint-Quentin-en-Yvelines, en partenariat avec la Maison France services " +
  "et les centres sociaux des communes voisines, antenne Nord-Est"
).slice(0, 300);

/** All problems of a layout: text outside its region, text boxes that overlap, text on the QR code. */
function layoutProblems(layout: FlyerLayout): string[] {
  const r = layout.region;
  const lines = layout.blocks.flatMap((b) => b.lines.map((l) => ({ text: l.text, x0: l.x, x1: l.x + l.width, y0: l.bottom, y1: l.top })));
  const problems: string[] = [];
  const cross = (a: { x0: number; x1: number; y0: number; y1: number }, b: typeof a) => a.x0 < b.x1 - 0.01 && b.x0 < a.x1 - 0.01 && a.y0 < b.y1 - 0.01 && b.y0 < a.y1 - 0.01;
  const qr = { x0: layout.qr.x, x1: layout.qr.x + layout.qr.size, y0: layout.qr.y, y1: layout.qr.y + layout.qr.size };
  for (const [i, a] of lines.entries()) {
    if (a.x0 < r.x || a.x1 > r.x + r.width || a.y0 < r.y || a.y1 > r.y + r.height) problems.push(`outside: ${a.text}`);
    if (cross(a, qr)) problems.push(`on the QR code: ${a.text}`);
    for (const b of lines.slice(i + 1)) if (cross(a, b)) problems.push(`overlap: ${a.text} / ${b.text}`);
  }
  if (qr.x0 < r.x || qr.x1 > r.x + r.width || qr.y0 < r.y || qr.y1 > r.y + r.height) problems.push("QR code outside");
  return problems;
}

const flat = (text: string) => text.replace(/\s+/g, " ");

describe("campaign flyer", () => {
  test("is a one-page A4 PDF with the title, organisation, campaign and code, in reading order", async () => {
    const bytes = await campaignFlyerPdf(INPUT);
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(pdf.getPageCount()).toBe(1);
    const { width, height } = pdf.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
    expect(pdf.getTitle()).toBe("Flyer de campagne – Atelier « Premiers pas » du mardi – Pix");
    expect(pdf.getCreationDate()).toEqual(NOW);

    const text = flat(pdfText(bytes));
    expect(text).toContain(FLYER_TITLE);
    expect(text).toContain("Proposé par Médiathèque Émile-Zola d’Évry");
    expect(text).toContain("Campagne : Atelier « Premiers pas » du mardi");
    expect(text).toContain("CAP DIA 123"); // the big letters, one group per text run
    expect(text).toContain("À taper sans les espaces : CAPDIA123");
    expect(text).toContain("Rendez-vous sur pix.example.fr/campagnes et tapez ce code");
    expect(text).toContain("Avant l’atelier, faites ce petit test : il dure environ 20 minutes.");
    const order = [FLYER_TITLE, "Médiathèque", "Votre code", "CAP DIA 123", "Comment faire", "1.", "2.", "3.", "Pix est le service public"].map((s) => text.indexOf(s));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  test("the code is printed very large", async () => {
    const { layouts } = await campaignFlyer(INPUT);
    const groups = layouts[0].blocks.filter((b) => ["CAP", "DIA", "123"].includes(b.lines[0].text));
    expect(groups).toHaveLength(3);
    for (const g of groups) expect(g.size).toBeGreaterThanOrEqual(40);
  });

  test("the QR code holds joinUrl: same modules as qrcode's matrix, inside the page", async () => {
    const { bytes, layouts } = await campaignFlyer(INPUT);
    const qr = layouts[0].qr;
    expect(qr.modules).toBe(QRCode.create(INPUT.joinUrl, { errorCorrectionLevel: "M" }).modules.size);
    expect(qr.size).toBeGreaterThanOrEqual(140); // about 5 cm: easy to scan
    expect(matrixFromContent(pdfPageContents(bytes)[0], qr)).toEqual(qrMatrix(INPUT.joinUrl));
    expect(layoutProblems(layouts[0])).toEqual([]);
  });

  test.each([
    ["a 300-character organisation name", { organisationName: LONG_NAME }],
    ["a 300-character name without any space", { organisationName: "É".repeat(300) }],
    ["long names everywhere", { organisationName: LONG_NAME, campaignName: LONG_NAME.slice(0, 200), landingText: `${LONG_NAME} ${LONG_NAME}` }],
    ["a long address", { joinUrl: `https://pix-orga-preprod.example.gouv.fr/espace/${"sous-dossier/".repeat(6)}campagnes/CAPDIA123` }],
  ])("%s wraps and stays inside the page, nothing overlaps", async (_name, change) => {
    for (const format of ["A4", "A5x2"] as const) {
      const { layouts } = await campaignFlyer({ ...INPUT, ...change, format });
      for (const layout of layouts) expect(layoutProblems(layout)).toEqual([]);
    }
  });

  test("a 300-character organisation name is printed in full, on several lines", async () => {
    const { bytes, layouts } = await campaignFlyer({ ...INPUT, organisationName: LONG_NAME });
    const block = layouts[0].blocks.find((b) => b.lines[0].text.startsWith("Association"))!;
    expect(block.lines.length).toBeGreaterThan(1);
    expect(block.truncated).toBe(false);
    expect(block.lines.map((l) => l.text).join(" ")).toBe(LONG_NAME);
    expect(flat(pdfText(bytes))).toContain(LONG_NAME);
  });

  test("A5x2: two flyers side by side on one A4 landscape page", async () => {
    const { bytes, layouts } = await campaignFlyer({ ...INPUT, format: "A5x2" });
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(1);
    const { width, height } = pdf.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([842, 595]);
    expect(layouts.map((l) => Math.round(l.region.x))).toEqual([0, 421]);
    expect(flat(pdfText(bytes)).split("CAPDIA123")).toHaveLength(3);
  });

  test("is deterministic: same input and date, same bytes", async () => {
    const [a, b] = [await campaignFlyerPdf(INPUT), await campaignFlyerPdf({ ...INPUT })];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const later = await campaignFlyerPdf({ ...INPUT, now: new Date("2026-03-03T09:30:00Z") });
    expect(Buffer.from(a).equals(Buffer.from(later))).toBe(false);
  });

  test.each([
    ["a relative address", { joinUrl: "/campagnes/CAPDIA123" }, /joinUrl must be an absolute address/],
    ["another protocol", { joinUrl: "ftp://pix.fr/campagnes/CAPDIA123" }, /joinUrl must be http/],
    ["an empty code", { code: "  " }, /code is empty/],
  ])("refuses %s", async (_name, change, message) => {
    await expect(campaignFlyerPdf({ ...INPUT, ...change })).rejects.toThrow(message);
  });
});

describe("groupCode and siteFromJoinUrl", () => {
  test.each([
    ["CAPDIA123", ["CAP", "DIA", "123"]],
    ["capdia 123", ["CAP", "DIA", "123"]],
    ["ABCD", ["ABC", "D"]],
    ["", []],
  ])("groupCode(%j) is %j", (code, groups) => {
    expect(groupCode(code)).toEqual(groups);
  });

  test.each([
    ["https://pix.fr/campagnes/CAPDIA123", "pix.fr/campagnes"],
    ["http://localhost:3000/campagnes/CAPDIA123", "localhost:3000/campagnes"],
    ["https://pix.fr/campagnes/CAPDIA123/", "pix.fr/campagnes"],
  ])("siteFromJoinUrl(%j) is %j", (url, site) => {
    expect(siteFromJoinUrl(url)).toBe(site);
  });
});
