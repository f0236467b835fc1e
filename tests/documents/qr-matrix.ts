// Test helper: reads back the QR modules that lib/documents/qr.ts drew on a page, from the
// rectangles ("x y w h re") of the page's content stream.
import type { QrPlacement } from "@/lib/documents/qr";
import { QUIET_ZONE } from "@/lib/documents/qr";

export function matrixFromContent(content: string, qr: QrPlacement): boolean[][] {
  const m = qr.moduleSize;
  const left = qr.x + QUIET_ZONE * m;
  const top = qr.y + qr.size - QUIET_ZONE * m;
  const matrix = Array.from({ length: qr.modules }, () => Array<boolean>(qr.modules).fill(false));
  for (const [, xs, ys, ws, hs] of content.matchAll(/(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) re\b/g)) {
    const [x, y, w, h] = [xs, ys, ws, hs].map(Number);
    // Only the rectangles inside this code's square belong to it.
    if (x < qr.x - 0.01 || x + w > qr.x + qr.size + 0.01 || y < qr.y - 0.01 || y + h > qr.y + qr.size + 0.01) continue;
    const row = Math.round((top - y - h) / m);
    const col = Math.round((x - left) / m);
    expect(Math.round(h / m)).toBe(1);
    for (let c = col; c < col + Math.round(w / m); c++) matrix[row][c] = true;
  }
  return matrix;
}
