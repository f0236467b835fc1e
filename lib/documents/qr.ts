// QR codes drawn as vector squares (sharp at any print size, a few hundred bytes).
import { popGraphicsState, pushGraphicsState, rectangle, fill, setFillingColor, type PDFPage, type RGB } from "pdf-lib";
import QRCode from "qrcode";
import { COLORS } from "./pdf";

/** Light modules around the code that scanners need (4 is the standard's minimum). */
export const QUIET_ZONE = 4;

/** The QR matrix for `text`: rows of booleans (true = dark module), error correction level M. */
export function qrMatrix(text: string): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  return Array.from({ length: modules.size }, (_, row) => Array.from({ length: modules.size }, (_, col) => Boolean(modules.get(row, col))));
}

export interface QrPlacement {
  /** Bottom-left corner and side of the whole square, quiet zone included. */
  x: number;
  y: number;
  size: number;
  /** Modules per side, quiet zone excluded. */
  modules: number;
  moduleSize: number;
}

/**
 * Draws the QR code of `text` in a `size` × `size` square whose bottom-left corner is (x, y),
 * quiet zone included (painted light). Dark modules of a row that touch are drawn as one
 * rectangle, so no hairline shows between them.
 */
export function drawQrCode(page: PDFPage, text: string, o: { x: number; y: number; size: number; color?: RGB; background?: RGB }): QrPlacement {
  const matrix = qrMatrix(text);
  const count = matrix.length;
  const moduleSize = o.size / (count + 2 * QUIET_ZONE);
  const left = o.x + QUIET_ZONE * moduleSize;
  const top = o.y + o.size - QUIET_ZONE * moduleSize;
  page.drawRectangle({ x: o.x, y: o.y, width: o.size, height: o.size, color: o.background ?? COLORS.white });
  const ops = [pushGraphicsState(), setFillingColor(o.color ?? COLORS.text)];
  matrix.forEach((row, r) => {
    let c = 0;
    while (c < count) {
      if (!row[c]) {
        c++;
        continue;
      }
      const start = c;
      while (c < count && row[c]) c++;
      ops.push(rectangle(left + start * moduleSize, top - (r + 1) * moduleSize, (c - start) * moduleSize, moduleSize));
    }
  });
  ops.push(fill(), popGraphicsState());
  page.pushOperators(...ops);
  return { x: o.x, y: o.y, size: o.size, modules: count, moduleSize };
}
