// The ABC Diag flyer of the deployment kit: a sheet to hand out, with the structure's name, what
// ABC Diag is, three steps, and the address + QR code (or an ABC Diag campaign's code + QR code).
// A4: one flyer. A3: two A4 flyers side by side on an A3 landscape sheet, to cut in the middle
// (a mediator prints flyers to hand out by the dozen; the single large sheet is the poster).
import type { PDFPage } from "pdf-lib";
import {
  drawAccessBlock,
  drawFooter,
  drawHeaderBand,
  kitBase,
  kitFrame,
  NBSP,
  structureNameOf,
  type KitDocumentInput,
  type KitLayout,
} from "./kit-poster";
import { COLORS, createDocument, fitText, layoutText, type Box, type Fonts } from "./pdf";

export const DIAG_FLYER_TITLE = "ABC Diag";
export const DIAG_FLYER_SUBTITLE = "Faites le point sur vos gestes numériques";

const PARTS = [
  "Reconnaître les outils du numérique",
  "Faire les gestes de base : souris, clavier, documents",
  "Se servir d’un site et d’une messagerie",
].map((p) => p.replace(" :", `${NBSP}:`));

function drawDiagFlyer(page: PDFPage, fonts: Fonts, input: KitDocumentInput, structureName: string, region: Box): KitLayout {
  const { k, margin, left, width, regionTop, list, base, host, campaign } = kitFrame(input, region);

  const band = drawHeaderBand(page, fonts, list, region, k);

  // Bottom up: footer, access block, steps.
  const ruleTop = drawFooter(page, fonts, list, { left, width, bottom: region.y + margin, k });
  const access = drawAccessBlock(page, fonts, list, { left, width, bottom: ruleTop + 20 * k, k, base, host, campaign, qrSize: 160 * k });
  const steps = [
    campaign ? `Allez sur ${host}/campagnes et tapez le code, ou scannez le QR code.` : `Allez sur ${host}/abc-diag, ou scannez le QR code.`,
    "Répondez aux 10 questions, à votre rythme. Vous pouvez demander de l’aide.",
    "À la fin, montrez votre résultat à la personne qui vous accompagne.",
  ];
  // Steps are laid out first to know their height, then placed just above the access block.
  const stepBlocks = (top: number) => {
    let cursor = top;
    const blocks = [layoutText(`Comment faire${NBSP}?`, { font: fonts.bold, size: 17 * k, x: left, top: cursor, width, color: COLORS.blueDark, maxLines: 1 })];
    cursor = blocks[0].bottom - 4 * k;
    steps.forEach((step, i) => {
      blocks.push(layoutText(`${i + 1}.`, { font: fonts.bold, size: 13 * k, x: left, top: cursor, width: 20 * k, color: COLORS.blue }));
      const text = fitText(step, { font: fonts.regular, sizes: [13, 12, 11, 10].map((s) => s * k), x: left + 20 * k, top: cursor, width: width - 20 * k, maxLines: 3 });
      blocks.push(text);
      cursor = text.bottom - 5 * k;
    });
    return { blocks, height: top - cursor };
  };
  const trial = stepBlocks(0);
  const stepsTop = access.top + 20 * k + trial.height;
  for (const block of stepBlocks(stepsTop).blocks) list.put(block);
  const floor = stepsTop + 16 * k;

  // Top down: title, structure, what ABC Diag is, its three parts (in the room left).
  let cursor = list.put(layoutText(DIAG_FLYER_TITLE, { font: fonts.bold, size: 40 * k, x: left, top: regionTop - band - 24 * k, width, color: COLORS.blueDark, maxLines: 1 })).bottom - 2 * k;
  cursor = list.put(fitText(DIAG_FLYER_SUBTITLE, { font: fonts.bold, sizes: [22, 19].map((s) => s * k), x: left, top: cursor, width, maxLines: 2 })).bottom - 12 * k;
  cursor = list.put(layoutText("Proposé par", { font: fonts.regular, size: 13 * k, x: left, top: cursor, width, color: COLORS.muted })).bottom - 2 * k;
  cursor = list.put(fitText(structureName, { font: fonts.bold, sizes: [20, 17, 15, 13, 12].map((s) => s * k), x: left, top: cursor, width, maxLines: 4 })).bottom - 12 * k;
  const room = (needed: number) => cursor - needed >= floor;
  const facts = layoutText(`10 questions, de 5 à 15 minutes, sans compte. C’est gratuit.`, { font: fonts.bold, size: 14 * k, x: left, top: cursor, width, color: COLORS.blueDark });
  if (room(facts.height)) cursor = list.put(facts).bottom - 8 * k;
  const intro = layoutText("Trois parties, pour savoir ce que vous savez déjà faire avec un ordinateur" + `${NBSP}:`, { font: fonts.regular, size: 13 * k, x: left, top: cursor, width });
  if (room(intro.height)) {
    cursor = list.put(intro).bottom - 2 * k;
    for (const part of PARTS) {
      const line = layoutText(`•${NBSP}${part}`, { font: fonts.regular, size: 13 * k, x: left + 10 * k, top: cursor, width: width - 10 * k });
      if (!room(line.height)) break;
      cursor = list.put(line).bottom;
    }
  }
  return { region, blocks: list.draw(page), qr: access.qr, codeBox: access.codeBox };
}

/** Builds the flyer; also returns where everything went (one layout per copy). */
export async function diagFlyer(input: KitDocumentInput): Promise<{ bytes: Uint8Array; layouts: KitLayout[] }> {
  const structureName = structureNameOf(input.structureName);
  kitBase(input.baseUrl);
  if (input.campaign && !input.campaign.isAbcDiag) throw new Error("diagFlyer: only an ABC Diag campaign can be printed on the ABC Diag flyer");
  const format = input.format ?? "A4";
  const doc = await createDocument({
    title: `Flyer ABC Diag – ${structureName} – Pix`,
    subject: `Flyer ABC Diag ${format === "A3" ? "(deux A4 sur une feuille A3)" : "A4"}${input.campaign ? ` – code de campagne ${input.campaign.code}` : ""}`,
    now: input.now,
    fontDir: input.fontDir,
  });
  const layouts: KitLayout[] = [];
  if (format === "A4") {
    const page = doc.addPage("A4");
    layouts.push(drawDiagFlyer(page, doc.fonts, input, structureName, { x: 0, y: 0, ...page.getSize() }));
  } else {
    const page = doc.addPage("A3", "landscape");
    const { width, height } = page.getSize();
    for (const x of [0, width / 2]) layouts.push(drawDiagFlyer(page, doc.fonts, input, structureName, { x, y: 0, width: width / 2, height }));
    page.drawLine({ start: { x: width / 2, y: 0 }, end: { x: width / 2, y: height }, thickness: 0.5, color: COLORS.rule, dashArray: [4, 3] });
  }
  return { bytes: await doc.save(), layouts };
}

/** The ABC Diag flyer as PDF bytes. */
export async function diagFlyerPdf(input: KitDocumentInput): Promise<Uint8Array> {
  return (await diagFlyer(input)).bytes;
}
