// The poster of the deployment kit (/mediation-numerique/kit): invites people to come and test
// their digital skills with ABC Diag at the structure. A4 or A3 portrait: one layout written for
// A4, every size multiplied by k = page width ÷ A4 width (A3 = A4 × √2). With a campaign, its code
// (large, grouped by three) and a QR code to the campaign's page replace the ABC Diag address.
import type { PDFPage } from "pdf-lib";
import { layoutCodeGroups } from "./campaign-flyer";
import { COLORS, createDocument, drawBox, drawRule, drawTextBlock, fitText, layoutText, PAGE_SIZES, type Box, type Fonts, type TextBlock, type TextOptions } from "./pdf";
import { drawQrCode, type QrPlacement } from "./qr";

export type KitFormat = "A4" | "A3";

/** A campaign of the structure, when its code is printed instead of the plain ABC Diag address. */
export interface KitCampaign {
  code: string;
  name: string;
  /** An ABC Diag campaign: the description of ABC Diag stays true. */
  isAbcDiag: boolean;
}

export interface KitDocumentInput {
  /** The structure's name (1 to 120 characters once trimmed). */
  structureName: string;
  /** The site's address, e.g. "https://pix.fr": QR codes and addresses are made from it. */
  baseUrl: string;
  format?: KitFormat;
  campaign?: KitCampaign | null;
  /** Date written in the PDF metadata. */
  now: Date;
  fontDir?: string;
}

/** Where everything went, in PDF points (for tests). */
export interface KitLayout {
  region: Box;
  blocks: TextBlock[];
  qr: QrPlacement;
  codeBox: Box | null;
}

export const NBSP = "\u00a0";
export const POSTER_TITLE = "Venez tester vos compétences numériques";
export const MAX_STRUCTURE_NAME = 120;

/** The base address without a trailing slash; throws unless it is an absolute http(s) address. */
export function kitBase(baseUrl: string): { base: string; host: string } {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`kit documents: baseUrl must be an absolute address, got "${baseUrl}"`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error(`kit documents: baseUrl must be http(s), got "${baseUrl}"`);
  const path = url.pathname.replace(/\/+$/, "");
  return { base: `${url.origin}${path}`, host: `${url.host}${path}` };
}

/** Checks and trims the structure's name: empty or longer than 120 characters is refused. */
export function structureNameOf(name: string): string {
  const trimmed = name.replace(/\s+/g, " ").trim();
  if (!trimmed) throw new Error("kit documents: the structure's name is empty");
  if (Array.from(trimmed).length > MAX_STRUCTURE_NAME) throw new Error(`kit documents: the structure's name is longer than ${MAX_STRUCTURE_NAME} characters`);
  return trimmed;
}

/** "Médiathèque Émile-Zola d’Évry" → "mediatheque-emile-zola-d-evry" (for file names). */
export function slugify(text: string, max = 40): string {
  const slug = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, max)
    .replace(/-+$/, "");
  return slug || "structure";
}

/** Collects text blocks, to draw them at the end in reading order (copy-paste, screen readers). */
export class BlockList {
  readonly blocks: TextBlock[] = [];
  put(block: TextBlock): TextBlock {
    this.blocks.push(block);
    return block;
  }
  draw(page: PDFPage): TextBlock[] {
    this.blocks.sort((a, b) => b.top - a.top || a.lines[0].x - b.lines[0].x);
    for (const block of this.blocks) drawTextBlock(page, block);
    return this.blocks;
  }
}

/** The blue header band with "Pix" and the service's line; returns its height. */
export function drawHeaderBand(page: PDFPage, fonts: Fonts, list: BlockList, region: Box, k: number): number {
  const top = region.y + region.height;
  const height = 56 * k;
  const margin = 40 * k;
  drawBox(page, { x: region.x, y: top - height, width: region.width, height }, { fill: COLORS.blue });
  list.put(layoutText("Pix", { font: fonts.bold, size: 26 * k, x: region.x + margin, top: top - 13 * k, width: 70 * k, color: COLORS.white }));
  list.put(layoutText("Le service public des compétences numériques", { font: fonts.regular, size: 11 * k, x: region.x + margin + 70 * k, top: top - 22 * k, width: region.width - 2 * margin - 70 * k, align: "right", color: COLORS.white, maxLines: 1 }));
  return height;
}

/**
 * The access block at the bottom of a kit document: the QR code on the left and, on the right,
 * the address to type (ABC Diag) or the campaign's code in a box. Drawn upwards from `bottom`;
 * returns its top edge.
 */
export function drawAccessBlock(
  page: PDFPage,
  fonts: Fonts,
  list: BlockList,
  o: { left: number; width: number; bottom: number; k: number; base: string; host: string; campaign?: KitCampaign | null; qrSize: number },
): { top: number; qr: QrPlacement; codeBox: Box | null } {
  const { left, width, bottom, k } = o;
  const code = o.campaign ? o.campaign.code.replace(/\s+/g, "").toUpperCase() : null;
  const target = code ? `${o.base}/campagnes/${code}` : `${o.base}/abc-diag`;
  const qr = drawQrCode(page, target, { x: left, y: bottom, size: o.qrSize });
  const textLeft = left + o.qrSize + 20 * k;
  const textWidth = left + width - textLeft;
  const top = bottom + o.qrSize;
  if (!code) {
    let cursor = list.put(layoutText("Sur un ordinateur ou un téléphone, allez sur", { font: fonts.regular, size: 15 * k, x: textLeft, top: top - 6 * k, width: textWidth, maxLines: 3 })).bottom - 4 * k;
    cursor = list.put(fitOneLine(`${o.host}/abc-diag`, { font: fonts.bold, sizes: [26, 22, 18, 15, 12].map((s) => s * k), x: textLeft, top: cursor, width: textWidth, color: COLORS.blueDark })).bottom - 8 * k;
    list.put(layoutText("ou scannez le QR code avec l’appareil photo de votre téléphone.", { font: fonts.regular, size: 13 * k, x: textLeft, top: cursor, width: textWidth, maxLines: 3, color: COLORS.muted }));
    return { top, qr, codeBox: null };
  }
  const codeBox: Box = { x: textLeft, y: bottom + o.qrSize * 0.38, width: textWidth, height: o.qrSize * 0.62 };
  drawBox(page, codeBox, { fill: COLORS.blueLight, border: COLORS.blue, borderWidth: 1.5 * k });
  const boxTop = codeBox.y + codeBox.height;
  list.put(layoutText("Code de la campagne", { font: fonts.bold, size: 13 * k, x: textLeft, top: boxTop - 8 * k, width: textWidth, align: "center", color: COLORS.blueDark, maxLines: 1 }));
  for (const block of layoutCodeGroups(fonts, code, { centerX: textLeft + textWidth / 2, top: boxTop - 28 * k, size: 40 * k, maxWidth: textWidth - 16 * k })) list.put(block);
  list.put(fitText(`À taper sans les espaces${NBSP}: ${code}`, { font: fonts.regular, sizes: [11 * k, 9 * k], x: textLeft + 6 * k, top: codeBox.y + 20 * k, width: textWidth - 12 * k, align: "center", maxLines: 1 }));
  list.put(fitText(`Rendez-vous sur ${o.host}/campagnes et tapez ce code, ou scannez le QR code.`, { font: fonts.bold, sizes: [13, 12, 11, 10, 9].map((s) => s * k), x: textLeft, top: codeBox.y - 6 * k, width: textWidth, maxLines: 3, color: COLORS.blueDark }));
  return { top, qr, codeBox };
}

/** On one line at the largest size that fits; at the smallest size, wrapped rather than cut (an address). */
export function fitOneLine(text: string, o: Omit<TextOptions, "size" | "maxLines"> & { sizes: number[] }): TextBlock {
  for (const size of o.sizes) {
    const block = layoutText(text, { ...o, size });
    if (block.lines.length === 1) return block;
  }
  return layoutText(text, { ...o, size: o.sizes[o.sizes.length - 1] });
}

/** The grey footer line; returns the top of the rule above it. */
export function drawFooter(page: PDFPage, fonts: Fonts, list: BlockList, o: { left: number; width: number; bottom: number; k: number }): number {
  const top = o.bottom + 22 * o.k;
  list.put(fitText("Pix est le service public en ligne pour évaluer, développer et certifier ses compétences numériques. Gratuit, sans publicité.", { font: fonts.regular, sizes: [9 * o.k, 8 * o.k], x: o.left, top, width: o.width, maxLines: 2, color: COLORS.muted }));
  drawRule(page, { x: o.left, y: top + 6 * o.k, width: o.width, thickness: 0.75 * o.k });
  return top + 6 * o.k;
}

/** What every kit document computes first: its scale (A4 = 1), margins, text list and address. */
export function kitFrame(input: KitDocumentInput, region: Box) {
  const k = region.width / PAGE_SIZES.A4.width;
  const margin = 40 * k;
  return {
    k,
    margin,
    left: region.x + margin,
    width: region.width - 2 * margin,
    regionTop: region.y + region.height,
    list: new BlockList(),
    ...kitBase(input.baseUrl),
    campaign: input.campaign ?? null,
  };
}

function drawPoster(page: PDFPage, fonts: Fonts, input: KitDocumentInput, structureName: string, region: Box): KitLayout {
  const { k, margin, left, width, regionTop, list, base, host, campaign } = kitFrame(input, region);

  const band = drawHeaderBand(page, fonts, list, region, k);

  // From the bottom up: footer, access block, the three facts.
  const ruleTop = drawFooter(page, fonts, list, { left, width, bottom: region.y + margin, k });
  const access = drawAccessBlock(page, fonts, list, { left, width, bottom: ruleTop + 24 * k, k, base, host, campaign, qrSize: 180 * k });
  let floor = access.top + 24 * k;
  list.put(layoutText(campaign ? "Participez avec le code ou le QR code" : `Comment faire${NBSP}?`, { font: fonts.bold, size: 18 * k, x: left, top: floor + 28 * k, width, color: COLORS.blueDark, maxLines: 1 }));
  floor += 40 * k;

  const facts = !campaign || campaign.isAbcDiag ? ["10 questions", "5 à 15 minutes", "Sans compte"] : ["À votre rythme", "Gratuit", "Avec la structure"];
  const factHeight = 64 * k;
  const gap = 14 * k;
  const factWidth = (width - 2 * gap) / 3;
  facts.forEach((fact, i) => {
    const box: Box = { x: left + i * (factWidth + gap), y: floor, width: factWidth, height: factHeight };
    drawBox(page, box, { fill: COLORS.blueLight });
    list.put(fitText(fact, { font: fonts.bold, sizes: [20, 17, 14, 12].map((s) => s * k), x: box.x + 8 * k, top: box.y + factHeight / 2 + 12 * k, width: factWidth - 16 * k, align: "center", maxLines: 1, color: COLORS.blueDark }));
  });
  floor += factHeight + 18 * k;

  // From the top down: title, structure, what ABC Diag is (in the room left).
  let cursor = list.put(fitText(POSTER_TITLE, { font: fonts.bold, sizes: [40, 34, 30].map((s) => s * k), x: left, top: regionTop - band - 30 * k, width, lineHeight: 1.12, maxLines: 2, color: COLORS.blueDark })).bottom - 14 * k;
  cursor = list.put(fitText(`à ${structureName}`, { font: fonts.bold, sizes: [28, 24, 20, 17, 14].map((s) => s * k), x: left, top: cursor, width, lineHeight: 1.15, maxLines: 4 })).bottom - 18 * k;
  const about = campaign && !campaign.isAbcDiag
    ? `Campagne${NBSP}: ${campaign.name}. Répondez aux questions à votre rythme${NBSP}: elles s’adaptent à vos réponses. La structure vous accompagne et voit vos résultats quand vous les envoyez.`
    : `ABC Diag montre ce que vous savez déjà faire avec un ordinateur${NBSP}: reconnaître les outils, faire les gestes de base, se servir d’un site et d’une messagerie. 10 questions, de 5 à 15 minutes, sans créer de compte. Ensuite, la structure vous aide à choisir la suite.`;
  const size = 15 * k;
  const maxLines = Math.floor((cursor - floor) / (size * 1.3));
  if (maxLines >= 1) list.put(layoutText(about, { font: fonts.regular, size, lineHeight: 1.3, x: left, top: cursor, width, maxLines }));

  return { region, blocks: list.draw(page), qr: access.qr, codeBox: access.codeBox };
}

/** Builds the poster; also returns where everything went. */
export async function kitPoster(input: KitDocumentInput): Promise<{ bytes: Uint8Array; layout: KitLayout }> {
  const structureName = structureNameOf(input.structureName);
  kitBase(input.baseUrl);
  const format = input.format ?? "A4";
  const doc = await createDocument({
    title: `Affiche ABC Diag – ${structureName} – Pix`,
    subject: `Affiche ${format} du kit de déploiement${input.campaign ? ` – code de campagne ${input.campaign.code}` : ""}`,
    now: input.now,
    fontDir: input.fontDir,
  });
  const page = doc.addPage(format);
  const layout = drawPoster(page, doc.fonts, input, structureName, { x: 0, y: 0, ...page.getSize() });
  return { bytes: await doc.save(), layout };
}

/** The poster as PDF bytes. */
export async function kitPosterPdf(input: KitDocumentInput): Promise<Uint8Array> {
  return (await kitPoster(input)).bytes;
}
