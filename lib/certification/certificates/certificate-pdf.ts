// The certificate as a PDF: A4 landscape, embedded fonts, a QR code to the public verification.
import { COLORS, createDocument, drawBox, drawHeading, drawRule, drawText } from "@/lib/documents/pdf";
import { drawQrCode } from "@/lib/documents/qr";
import { isoToFrench, longFrenchDate } from "@/lib/certification/sessions/dates";
import type { CertificateView } from "./certificate-view";

export async function certificatePdf(cert: CertificateView, o: { verifyUrl: string; now: Date; fontDir?: string }): Promise<Uint8Array> {
  if (cert.cancelledAt) throw new Error("a cancelled certificate has no PDF");
  const fullName = `${cert.firstName} ${cert.lastName}`;
  const doc = await createDocument({ title: `Certificat Pix – ${fullName}`, subject: `Certification Pix ${cert.verificationCode}`, now: o.now, fontDir: o.fontDir });
  const page = doc.addPage("A4", "landscape");
  const { width, height } = page.getSize();
  const { fonts } = doc;
  const margin = 40;

  drawBox(page, { x: 0, y: height - 60, width, height: 60 }, { fill: COLORS.blue });
  drawText(page, "Pix", { font: fonts.bold, size: 26, x: margin, top: height - 14, width: 100, color: COLORS.white });
  drawText(page, "Le service public des compétences numériques", { font: fonts.regular, size: 11, x: margin + 100, top: height - 24, width: width - 2 * margin - 100, align: "right", color: COLORS.white });

  let top = height - 84;
  top = drawHeading(page, fonts, "Certificat de compétences numériques", { x: margin, top, width: width - 2 * margin }).bottom - 10;
  top = drawText(page, fullName, { font: fonts.bold, size: 20, x: margin, top, width: 480 }).bottom - 4;
  top = drawText(page, `Né(e) le ${isoToFrench(cert.birthDate)}`, { font: fonts.regular, size: 12, x: margin, top, width: 480 }).bottom - 4;
  top = drawText(page, `Certification passée le ${longFrenchDate(cert.sessionDate)} au centre « ${cert.centerName} »`, { font: fonts.regular, size: 12, x: margin, top, width: 480 }).bottom - 10;

  // Score box on the right.
  const boxX = width - margin - 220;
  drawBox(page, { x: boxX, y: height - 210, width: 220, height: 110 }, { fill: COLORS.blueLight, border: COLORS.blue, borderWidth: 1.5 });
  drawText(page, "Score certifié", { font: fonts.bold, size: 13, x: boxX, top: height - 112, width: 220, align: "center", color: COLORS.blueDark });
  drawText(page, `${cert.pixScore} Pix`, { font: fonts.bold, size: 34, x: boxX, top: height - 136, width: 220, align: "center" });
  drawText(page, "sur 1024 Pix", { font: fonts.regular, size: 10, x: boxX, top: height - 182, width: 220, align: "center", color: COLORS.muted });

  top = Math.min(top, height - 224);
  drawRule(page, { x: margin, y: top, width: width - 2 * margin });
  top -= 10;
  top = drawHeading(page, fonts, "Niveaux certifiés par compétence", { x: margin, top, width: 500, level: 3 }).bottom - 6;
  const colWidth = (width - 2 * margin - 150) / 2;
  const rows = Math.ceil(cert.competences.length / 2);
  const rowHeight = Math.min(16, (top - 60) / Math.max(rows, 1));
  cert.competences.forEach((c, i) => {
    const col = i < rows ? 0 : 1;
    const row = i < rows ? i : i - rows;
    const x = margin + col * colWidth;
    const y = top - row * rowHeight;
    const level = c.level > 0 ? `niveau ${c.level}` : "non certifiée";
    drawText(page, `${c.code} ${c.name} : ${level}`, { font: fonts.regular, size: 9, x, top: y, width: colWidth - 10, maxLines: 1 });
  });

  const qrSize = 110;
  drawQrCode(page, o.verifyUrl, { x: width - margin - qrSize, y: 40, size: qrSize });
  drawText(page, `Code de vérification : ${cert.verificationCode}`, { font: fonts.bold, size: 11, x: width - margin - qrSize - 260, top: 40 + qrSize - 4, width: 250, align: "right" });
  drawText(page, `Vérifiez ce certificat sur ${o.verifyUrl.replace(/\?.*$/, "")}`, { font: fonts.regular, size: 9, x: width - margin - qrSize - 260, top: 40 + qrSize - 22, width: 250, align: "right", color: COLORS.muted });
  return doc.save();
}
