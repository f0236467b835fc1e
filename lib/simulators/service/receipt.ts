// The confirmation of a booking as a real PDF file, built with pdf-lib's document objects and
// written synchronously (the simulator contract is synchronous, pdf-lib's `save()` is not).
// Deterministic: the same booking gives the same bytes; the document dates come from the
// scenario's `today`, never from the clock. Pure.
import {
  PDFCatalog,
  PDFContentStream,
  PDFContext,
  PDFCrossRefSection,
  PDFHeader,
  PDFHexString,
  PDFName,
  PDFPageLeaf,
  PDFPageTree,
  PDFString,
  PDFTrailer,
  PDFTrailerDict,
  type PDFOperator,
  StandardFontEmbedder,
  StandardFonts,
  beginText,
  endText,
  fill,
  moveText,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingRgbColor,
  setFontAndSize,
  showText,
} from "pdf-lib";
import { formatDay, formatTime, utcDate } from "./dates";
import type { Scenario } from "./schemas";
import type { Account, Booking } from "./state";

const PAGE_W = 595.28; // A4
const PAGE_H = 841.89;
const MARGIN = 56;

type Font = { name: string; embedder: StandardFontEmbedder };
/** pdf-lib's StandardFonts values are the names its embedder takes (two enums for the same strings). */
type FontName = Parameters<typeof StandardFontEmbedder.for>[0];

/** Characters the standard fonts cannot draw become "?" (they never throw). */
function drawable(embedder: StandardFontEmbedder, text: string): string {
  return [...text.replace(/[\u202f\u00a0]/g, " ")].map((c) => (embedder.encoding.canEncodeUnicodeCodePoint(c.codePointAt(0)!) ? c : "?")).join("");
}

/** Splits a text into lines that fit the width. */
function wrap(font: Font, size: number, text: string, width: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = current ? `${current} ${word}` : word;
    if (current && font.embedder.widthOfTextAtSize(next, size) > width) {
      lines.push(current);
      current = word;
    } else current = next;
  }
  if (current) lines.push(current);
  return lines.length > 0 ? lines : [""];
}

/** Serializes the objects of a context as a classic PDF 1.7 file (header, objects, xref, trailer). */
function serialize(context: PDFContext): Uint8Array {
  const header = PDFHeader.forVersion(1, 7);
  const objects = context.enumerateIndirectObjects();
  const xref = PDFCrossRefSection.create();
  let size = header.sizeInBytes() + 2;
  for (const [ref, object] of objects) {
    xref.addEntry(ref, size);
    size += ref.sizeInBytes() + 3 + object.sizeInBytes() + 9;
  }
  const xrefOffset = size;
  size += xref.sizeInBytes() + 1;
  const trailerDict = PDFTrailerDict.of(context.obj({ Size: context.largestObjectNumber + 1, Root: context.trailerInfo.Root, Info: context.trailerInfo.Info }));
  size += trailerDict.sizeInBytes() + 2;
  const trailer = PDFTrailer.forLastCrossRefSectionOffset(xrefOffset);
  size += trailer.sizeInBytes();

  const buffer = new Uint8Array(size);
  const ascii = (s: string, at: number) => {
    for (let i = 0; i < s.length; i++) buffer[at + i] = s.charCodeAt(i);
    return s.length;
  };
  let offset = header.copyBytesInto(buffer, 0);
  offset += ascii("\n\n", offset);
  for (const [ref, object] of objects) {
    offset += ascii(`${ref.objectNumber} ${ref.generationNumber} obj\n`, offset);
    offset += object.copyBytesInto(buffer, offset);
    offset += ascii("\nendobj\n\n", offset);
  }
  offset += xref.copyBytesInto(buffer, offset);
  offset += ascii("\n", offset);
  offset += trailerDict.copyBytesInto(buffer, offset);
  offset += ascii("\n\n", offset);
  trailer.copyBytesInto(buffer, offset);
  return buffer;
}

export type ReceiptData = { scenario: Scenario; booking: Booking; account: Account | null };

/** The lines of the confirmation: [label, value] pairs, for the PDF and for tests. */
export function receiptLines({ scenario, booking, account }: ReceiptData): [string, string][] {
  const reason = scenario.reasons.find((r) => r.id === booking.reason);
  const rows: [string, string][] = [
    ["Numéro de rendez-vous", booking.number],
    ["Nom", account ? `${account.firstName} ${account.lastName}` : booking.email],
    ["Adresse e-mail", booking.email],
    ["Motif", reason?.label ?? booking.reason],
    ["Date", formatDay(booking.day, true)],
    ["Heure", formatTime(booking.time)],
  ];
  if (reason?.price) rows.push(["Prix", `${reason.price}, à régler sur place`]);
  if (scenario.site.address) rows.push(["Adresse", scenario.site.address]);
  return rows;
}

export function receiptPdf(data: ReceiptData): Uint8Array {
  const { scenario, booking } = data;
  const context = PDFContext.create();
  const pageTree = PDFPageTree.withContext(context);
  const pageTreeRef = context.register(pageTree);
  context.trailerInfo.Root = context.register(PDFCatalog.withContextAndPages(context, pageTreeRef));

  const regular: Font = { name: "F1", embedder: StandardFontEmbedder.for(StandardFonts.Helvetica as string as FontName) };
  const bold: Font = { name: "F2", embedder: StandardFontEmbedder.for(StandardFonts.HelveticaBold as string as FontName) };
  const fontRefs = { F1: regular.embedder.embedIntoContext(context), F2: bold.embedder.embedIntoContext(context) };

  const ops: PDFOperator[] = [];
  let y = PAGE_H - MARGIN;
  const text = (font: Font, size: number, value: string, x = MARGIN, width = PAGE_W - 2 * MARGIN) => {
    for (const l of wrap(font, size, drawable(font.embedder, value), width)) {
      y -= size * 1.35;
      ops.push(beginText(), setFontAndSize(font.name, size), moveText(x, y), showText(font.embedder.encodeText(l)), endText());
    }
  };
  const gap = (h: number) => (y -= h);

  // A coloured band with the site's name, as on the site.
  ops.push(pushGraphicsState(), setFillingRgbColor(0.043, 0.31, 0.678), rectangle(0, PAGE_H - 90, PAGE_W, 90), fill(), popGraphicsState());
  ops.push(pushGraphicsState(), setFillingRgbColor(1, 1, 1));
  y = PAGE_H - 28;
  text(bold, 20, scenario.site.name);
  text(regular, 11, scenario.site.domain);
  ops.push(popGraphicsState());
  y = PAGE_H - 90 - 24;

  text(bold, 18, booking.status === "active" ? "Confirmation de rendez-vous" : "Rendez-vous annulé");
  gap(6);
  text(regular, 11, `Document créé le ${formatDay(scenario.today, true)}.`);
  gap(12);
  for (const [label, value] of receiptLines(data)) {
    const top = y;
    text(bold, 12, `${label} :`, MARGIN, 170);
    const after = y;
    y = top;
    text(regular, 12, value, MARGIN + 180, PAGE_W - 2 * MARGIN - 180);
    y = Math.min(y, after) - 6;
  }
  gap(12);
  text(regular, 11, "Merci d'arriver 10 minutes avant l'heure du rendez-vous.");
  text(regular, 11, "Si vous ne pouvez pas venir, annulez votre rendez-vous dans « Mes rendez-vous », sur le site.");
  text(regular, 11, "Gardez ce document : il vous sera demandé à l'accueil.");

  const contentRef = context.register(PDFContentStream.of(context.obj({}), ops, false));
  const page = PDFPageLeaf.withContextAndParent(context, pageTreeRef);
  page.set(PDFName.of("MediaBox"), context.obj([0, 0, PAGE_W, PAGE_H]));
  page.set(PDFName.of("Resources"), context.obj({ Font: fontRefs }));
  page.set(PDFName.of("Contents"), contentRef);
  pageTree.pushLeafNode(context.register(page));

  const date = PDFString.fromDate(utcDate(scenario.today));
  context.trailerInfo.Info = context.register(
    context.obj({
      Title: PDFHexString.fromText(`Confirmation de rendez-vous ${booking.number}`),
      Author: PDFHexString.fromText(scenario.site.name),
      Subject: PDFHexString.fromText(`Rendez-vous du ${formatDay(booking.day, true)} à ${formatTime(booking.time)}`),
      Creator: PDFHexString.fromText(scenario.site.domain),
      Producer: PDFHexString.fromText("pdf-lib"),
      CreationDate: date,
      ModDate: date,
    }),
  );
  return serialize(context);
}

export function receiptFilename(booking: Booking): string {
  return `confirmation-rendez-vous-${booking.number}.pdf`;
}
