// The campaign flyer a mediator prints and hands out: what it is, who proposes it, the code in
// very large letters, the QR code to the campaign's page, three steps. A4, or two A5 copies on
// one A4 landscape sheet (cut in the middle).
import type { PDFPage } from "pdf-lib";
import { COLORS, createDocument, drawBox, drawRule, drawTextBlock, fitText, layoutText, PAGE_SIZES, type Box, type Fonts, type TextBlock } from "./pdf";
import { drawQrCode, type QrPlacement } from "./qr";

export interface CampaignFlyerInput {
  organisationName: string;
  campaignName: string;
  /** The campaign code, e.g. "CAPDIA123": shown grouped for reading aloud, and as typed. */
  code: string;
  /** Absolute address of the campaign's page (`<base>/campagnes/<CODE>`), encoded in the QR code. */
  joinUrl: string;
  /** The organisation's own words for participants (optional, cut if very long). */
  landingText?: string | null;
  /** "A4" (default): one flyer per page; "A5x2": two A5 flyers on an A4 landscape sheet. */
  format?: "A4" | "A5x2";
  /** Date written in the PDF metadata. */
  now: Date;
  fontDir?: string;
}

/** Where everything of one copy went, in PDF points (for tests and previews). */
export interface FlyerLayout {
  region: Box;
  blocks: TextBlock[];
  codeBox: Box;
  qr: QrPlacement;
}

const NBSP = "\u00a0";
export const FLYER_TITLE = "Faites le point sur vos compétences numériques";

/** "CAPDIA123" → ["CAP", "DIA", "123"]: groups of three, easier to read aloud and to copy. */
export function groupCode(code: string): string[] {
  return normaliseCode(code).match(/.{1,3}/g) ?? [];
}

function normaliseCode(code: string): string {
  return code.replace(/\s+/g, "").toUpperCase();
}

/** "https://pix.fr/campagnes/CAPDIA123" → "pix.fr/campagnes": what people type. */
export function siteFromJoinUrl(joinUrl: string): string {
  let url: URL;
  try {
    url = new URL(joinUrl);
  } catch {
    throw new Error(`campaignFlyerPdf: joinUrl must be an absolute address, got "${joinUrl}"`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error(`campaignFlyerPdf: joinUrl must be http(s), got "${joinUrl}"`);
  return `${url.host}${url.pathname.replace(/\/[^/]*\/?$/, "")}`;
}

/** Draws one copy of the flyer in `region`; sizes are those of A4, scaled to the region's width. */
function drawFlyer(page: PDFPage, fonts: Fonts, input: CampaignFlyerInput, region: Box): FlyerLayout {
  const k = region.width / PAGE_SIZES.A4.width;
  const margin = 40 * k;
  const left = region.x + margin;
  const width = region.width - 2 * margin;
  const regionTop = region.y + region.height;
  // Shapes are drawn at once; text blocks are collected, then drawn in reading order (top to
  // bottom, left to right) so that copy-paste and screen readers get the text in order.
  const blocks: TextBlock[] = [];
  const put = (block: TextBlock) => {
    blocks.push(block);
    return block;
  };
  const code = normaliseCode(input.code);
  const site = siteFromJoinUrl(input.joinUrl);

  // Header band.
  const bandHeight = 56 * k;
  drawBox(page, { x: region.x, y: regionTop - bandHeight, width: region.width, height: bandHeight }, { fill: COLORS.blue });
  put(layoutText("Pix", { font: fonts.bold, size: 26 * k, x: left, top: regionTop - 13 * k, width, color: COLORS.white }));
  put(layoutText("Le service public des compétences numériques", { font: fonts.regular, size: 11 * k, x: left + 70 * k, top: regionTop - 22 * k, width: width - 70 * k, align: "right", color: COLORS.white, maxLines: 1 }));

  // Fixed blocks from the bottom up: footer, QR code and steps, code box.
  const footerTop = region.y + margin + 22 * k;
  put(fitText(`Pix est le service public en ligne pour évaluer, développer et certifier ses compétences numériques. Gratuit, sans publicité.`, { font: fonts.regular, sizes: [9 * k, 8 * k], x: left, top: footerTop, width, maxLines: 2, color: COLORS.muted }));
  drawRule(page, { x: left, y: footerTop + 6 * k, width, thickness: 0.75 * k });

  const qrSize = 150 * k;
  const qrBottom = footerTop + 20 * k;
  const qr = drawQrCode(page, input.joinUrl, { x: left, y: qrBottom, size: qrSize });
  const stepsLeft = left + qrSize + 20 * k;
  const stepsWidth = left + width - stepsLeft;
  let cursor = put(layoutText(`Comment faire${NBSP}?`, { font: fonts.bold, size: 16 * k, x: stepsLeft, top: qrBottom + qrSize - 2 * k, width: stepsWidth, color: COLORS.blueDark, maxLines: 1 })).bottom - 6 * k;
  const steps = [
    `Scannez le QR code avec l’appareil photo de votre téléphone. Ou allez sur ${site} et tapez le code.`,
    `Connectez-vous à votre compte Pix, ou créez-en un${NBSP}: c’est gratuit.`,
    `Répondez aux questions à votre rythme, puis envoyez vos résultats.`,
  ];
  steps.forEach((step, i) => {
    put(layoutText(`${i + 1}.`, { font: fonts.bold, size: 13 * k, x: stepsLeft, top: cursor, width: 20 * k, color: COLORS.blue }));
    cursor = put(fitText(step, { font: fonts.regular, sizes: [12 * k, 11 * k, 10 * k], x: stepsLeft + 20 * k, top: cursor, width: stepsWidth - 20 * k, maxLines: 3 })).bottom - 7 * k;
  });

  const codeBox: Box = { x: left, y: qrBottom + qrSize + 18 * k, width, height: 150 * k };
  drawBox(page, codeBox, { fill: COLORS.blueLight, border: COLORS.blue, borderWidth: 1.5 * k });
  const boxTop = codeBox.y + codeBox.height;
  put(layoutText("Votre code", { font: fonts.bold, size: 14 * k, x: left, top: boxTop - 12 * k, width, align: "center", color: COLORS.blueDark }));
  for (const block of layoutCodeGroups(fonts, code, { centerX: left + width / 2, top: boxTop - 36 * k, size: 44 * k, maxWidth: width - 20 * k })) put(block);
  put(fitText(`À taper sans les espaces${NBSP}: ${code}`, { font: fonts.regular, sizes: [12 * k, 10 * k], x: left + 10 * k, top: boxTop - 92 * k, width: width - 20 * k, align: "center", maxLines: 1 }));
  put(fitText(`Rendez-vous sur ${site} et tapez ce code`, { font: fonts.bold, sizes: [14 * k, 12 * k, 10 * k], x: left + 10 * k, top: boxTop - 114 * k, width: width - 20 * k, align: "center", maxLines: 2, color: COLORS.blueDark }));

  // Free text at the top, between the header band and the code box: what may grow gets the room left.
  const floor = boxTop + 14 * k;
  cursor = put(fitText(FLYER_TITLE, { font: fonts.bold, sizes: [30 * k, 26 * k], x: left, top: regionTop - bandHeight - 24 * k, width, lineHeight: 1.15, maxLines: 3, color: COLORS.blueDark })).bottom - 16 * k;
  cursor = put(layoutText("Proposé par", { font: fonts.regular, size: 13 * k, x: left, top: cursor, width, color: COLORS.muted })).bottom - 2 * k;
  cursor = put(fitText(input.organisationName, { font: fonts.bold, sizes: [18, 16, 14, 12, 11].map((s) => s * k), x: left, top: cursor, width, maxLines: 5 })).bottom - 10 * k;
  cursor = put(fitText(`Campagne${NBSP}: ${input.campaignName}`, { font: fonts.regular, sizes: [14, 12, 11].map((s) => s * k), x: left, top: cursor, width, maxLines: 3 })).bottom - 10 * k;
  const landing = input.landingText?.trim();
  if (landing) {
    const size = 12 * k;
    const maxLines = Math.floor((cursor - floor) / (size * 1.25));
    if (maxLines >= 1) put(layoutText(landing, { font: fonts.regular, size, x: left, top: cursor, width, maxLines }));
  }
  blocks.sort((a, b) => b.top - a.top || a.lines[0].x - b.lines[0].x);
  for (const block of blocks) drawTextBlock(page, block);
  return { region, blocks, codeBox, qr };
}

/** The code's groups side by side, letters spaced, centred; smaller if they would not fit. */
export function layoutCodeGroups(fonts: Fonts, code: string, o: { centerX: number; top: number; size: number; maxWidth: number }): TextBlock[] {
  const groups = groupCode(code);
  const measure = (size: number) => {
    const spacing = 0.12 * size;
    const widths = groups.map((g) => fonts.bold.widthOfTextAtSize(g, size) + spacing * (Array.from(g).length - 1));
    return { size, spacing, gap: 0.6 * size, widths, total: widths.reduce((a, b) => a + b, 0) + 0.6 * size * (groups.length - 1) };
  };
  let m = measure(o.size);
  while (m.total > o.maxWidth && m.size > 8) m = measure(m.size * 0.9);
  let x = o.centerX - m.total / 2;
  return groups.map((group, i) => {
    const block = layoutText(group, { font: fonts.bold, size: m.size, x, top: o.top, width: m.widths[i] + 1, color: COLORS.text });
    x += m.widths[i] + m.gap;
    return { ...block, characterSpacing: m.spacing, lines: block.lines.map((l) => ({ ...l, width: m.widths[i] })) };
  });
}

/** Builds the flyer; also returns where everything went (one layout per copy). */
export async function campaignFlyer(input: CampaignFlyerInput): Promise<{ bytes: Uint8Array; layouts: FlyerLayout[] }> {
  if (!normaliseCode(input.code)) throw new Error("campaignFlyerPdf: the campaign code is empty");
  const doc = await createDocument({
    title: `Flyer de campagne – ${input.campaignName} – Pix`,
    subject: `Code de campagne ${normaliseCode(input.code)} – ${input.organisationName}`,
    now: input.now,
    fontDir: input.fontDir,
  });
  const layouts: FlyerLayout[] = [];
  if ((input.format ?? "A4") === "A4") {
    const page = doc.addPage("A4");
    layouts.push(drawFlyer(page, doc.fonts, input, { x: 0, y: 0, ...page.getSize() }));
  } else {
    const page = doc.addPage("A4", "landscape");
    const { width, height } = page.getSize();
    for (const x of [0, width / 2]) layouts.push(drawFlyer(page, doc.fonts, input, { x, y: 0, width: width / 2, height }));
    page.drawLine({ start: { x: width / 2, y: 0 }, end: { x: width / 2, y: height }, thickness: 0.5, color: COLORS.rule, dashArray: [4, 3] });
  }
  return { bytes: await doc.save(), layouts };
}

/** The campaign flyer as PDF bytes. */
export async function campaignFlyerPdf(input: CampaignFlyerInput): Promise<Uint8Array> {
  return (await campaignFlyer(input)).bytes;
}
