// The acknowledgement of receipt offered on the confirmation page: a small one-page PDF written
// by hand (the download hook is synchronous), with the standard Helvetica font in WinAnsi
// encoding, which covers French accents. Pure.
import { displayValue } from "./fields";
import type { Scenario, State } from "./schemas";

export const RECEIPT_FILE = "accuse-reception";

const SPECIAL: Record<string, number> = {
  "€": 0x80, "…": 0x85, "Œ": 0x8c, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "–": 0x96, "—": 0x97, "œ": 0x9c, "\u202f": 0xa0,
};

/** One byte per character (WinAnsi), as a binary string; unknown characters become "?". */
function winAnsi(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x20 && c < 0x7f) out += ch;
    else if (SPECIAL[ch] !== undefined) out += String.fromCharCode(SPECIAL[ch]);
    else if (c >= 0xa0 && c <= 0xff) out += ch;
    else out += "?";
  }
  return out.replace(/[\\()]/g, (m) => "\\" + m);
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && (line + " " + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? line + " " + word : word;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [""];
}

type Line = { text: string; size: number; bold?: boolean; gap?: number };

export function receiptLines(state: State, scenario: Scenario): Line[] {
  const lines: Line[] = [
    { text: `${scenario.site.name} – ${scenario.site.tagline}`, size: 16, bold: true },
    { text: scenario.site.ministry, size: 10, gap: 24 },
    { text: "Accusé de réception", size: 18, bold: true },
    { text: scenario.title, size: 12, gap: 16 },
    { text: `Numéro de dossier : ${state.number ?? ""}`, size: 13, bold: true },
    { text: "Gardez ce document : il prouve que votre demande a été envoyée.", size: 10, gap: 20 },
  ];
  for (const step of scenario.steps) {
    lines.push({ text: step.title, size: 12, bold: true });
    for (const f of step.fields) {
      for (const l of wrap(`${f.label} : ${displayValue(f, state.values[f.key] ?? "")}`, 90)) lines.push({ text: l, size: 10 });
    }
    lines[lines.length - 1]!.gap = 12;
  }
  if (scenario.confirmation) for (const l of wrap(scenario.confirmation, 90)) lines.push({ text: l, size: 10 });
  return lines;
}

export function receiptPdf(state: State, scenario: Scenario): Uint8Array {
  let y = 800;
  let content = "BT\n";
  for (const l of receiptLines(state, scenario)) {
    if (y < 40) break;
    content += `/${l.bold ? "F2" : "F1"} ${l.size} Tf 1 0 0 1 50 ${y} Tm (${winAnsi(l.text)}) Tj\n`;
    y -= l.size + 6 + (l.gap ?? 0);
  }
  content += "ET\n";
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    `<< /Length ${content.length} >>\nstream\n${content}endstream`,
    `<< /Title (${winAnsi("Accusé de réception " + (state.number ?? ""))}) /Producer (Pix) >>`,
  ];
  let pdf = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) pdf += `${String(o).padStart(10, "0")} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  const bytes = new Uint8Array(pdf.length);
  for (let i = 0; i < pdf.length; i++) bytes[i] = pdf.charCodeAt(i) & 0xff;
  return bytes;
}
