// The attendance sheet ("feuille d'émargement"): A4 portrait, the session's details, then a
// table of candidates with a signature box each, on as many pages as needed. Pure: no clock.
import { COLORS, createDocument, drawBox, drawHeading, drawRule, drawText, pageSize } from "@/lib/documents/pdf";
import { isoToFrench, longFrenchDate } from "./dates";

export type AttendanceSheetInput = {
  centerName: string;
  sessionNumber: number;
  date: string;
  time: string;
  address: string;
  room: string;
  examiner: string;
  candidates: { lastName: string; firstName: string; birthDate: string; extraTimePercent: number }[];
  now: Date;
  fontDir?: string;
};

const MARGIN = 40;
const ROW = 38;
const HEAD = 26;
const FOOTER = 50;

export async function attendanceSheetPdf(input: AttendanceSheetInput): Promise<Uint8Array> {
  const doc = await createDocument({ title: `Feuille d'émargement – session ${input.sessionNumber}`, subject: input.centerName, now: input.now, fontDir: input.fontDir });
  const { regular, bold } = doc.fonts;
  const { width, height } = pageSize("A4");
  const inner = width - 2 * MARGIN;
  const cols = [
    { label: "N°", w: 28 },
    { label: "Nom", w: 120 },
    { label: "Prénom", w: 110 },
    { label: "Né(e) le", w: 72 },
    { label: "Temps maj.", w: 56 },
    { label: "Signature", w: inner - 28 - 120 - 110 - 72 - 56 },
  ];
  const pages: ReturnType<typeof doc.addPage>[] = [];

  const newPage = (first: boolean): number => {
    const page = doc.addPage("A4");
    pages.push(page);
    let top = height - MARGIN;
    if (first) {
      top = drawHeading(page, doc.fonts, "Feuille d'émargement", { x: MARGIN, top, width: inner, level: 1 }).bottom - 8;
      const lines = [
        `Centre : ${input.centerName}`,
        `Session n° ${input.sessionNumber} – ${longFrenchDate(input.date)} à ${input.time.replace(":", " h ")}`,
        `Adresse : ${input.address} – Salle : ${input.room}`,
        `Surveillant(e) : ${input.examiner}`,
        `Candidats inscrits : ${input.candidates.length}`,
      ];
      for (const l of lines) top = drawText(page, l, { font: regular, size: 11, x: MARGIN, top, width: inner, color: COLORS.text }).bottom - 3;
      top -= 10;
    } else {
      top = drawText(page, `Feuille d'émargement – session n° ${input.sessionNumber} (suite)`, { font: bold, size: 12, x: MARGIN, top, width: inner, color: COLORS.blueDark }).bottom - 10;
    }
    // table header
    drawBox(page, { x: MARGIN, y: top - HEAD, width: inner, height: HEAD }, { fill: COLORS.blueLight, border: COLORS.rule });
    let x = MARGIN;
    for (const c of cols) {
      drawText(page, c.label, { font: bold, size: 9.5, x: x + 4, top: top - 8, width: c.w - 8, color: COLORS.text, maxLines: 1 });
      x += c.w;
    }
    return top - HEAD;
  };

  let top = newPage(true);
  input.candidates.forEach((c, i) => {
    if (top - ROW < MARGIN + FOOTER) top = newPage(false);
    const page = pages[pages.length - 1]!;
    const cells = [String(i + 1), c.lastName, c.firstName, isoToFrench(c.birthDate), c.extraTimePercent ? `${c.extraTimePercent} %` : "–", ""];
    let x = MARGIN;
    cols.forEach((col, j) => {
      drawBox(page, { x, y: top - ROW, width: col.w, height: ROW }, { border: COLORS.rule, borderWidth: 0.8 });
      if (cells[j]) drawText(page, cells[j]!, { font: j === 1 ? bold : regular, size: 9.5, x: x + 4, top: top - 6, width: col.w - 8, color: COLORS.text, maxLines: 2 });
      x += col.w;
    });
    top -= ROW;
  });
  if (input.candidates.length === 0) drawText(pages[0]!, "Aucun candidat inscrit.", { font: regular, size: 11, x: MARGIN, top: top - 10, width: inner, color: COLORS.muted });

  pages.forEach((page, i) => {
    drawRule(page, { x: MARGIN, y: MARGIN + 24, width: inner, color: COLORS.rule, thickness: 0.5 });
    drawText(page, `Signature du surveillant : ……………………………      Page ${i + 1} sur ${pages.length}`, { font: regular, size: 9, x: MARGIN, top: MARGIN + 18, width: inner, color: COLORS.muted });
  });
  return doc.save();
}
