// Test helper for the kit's documents: everything a layout did wrong (text outside its region,
// text boxes that overlap, text on the QR code or across the code box's edge, QR code outside).
import type { KitLayout } from "@/lib/documents/kit-poster";

type Rect = { x0: number; x1: number; y0: number; y1: number };
const cross = (a: Rect, b: Rect) => a.x0 < b.x1 - 0.01 && b.x0 < a.x1 - 0.01 && a.y0 < b.y1 - 0.01 && b.y0 < a.y1 - 0.01;
const inside = (a: Rect, b: Rect) => a.x0 >= b.x0 - 0.01 && a.x1 <= b.x1 + 0.01 && a.y0 >= b.y0 - 0.01 && a.y1 <= b.y1 + 0.01;

export function kitLayoutProblems(layout: KitLayout): string[] {
  const r = layout.region;
  const region = { x0: r.x, x1: r.x + r.width, y0: r.y, y1: r.y + r.height };
  const lines = layout.blocks.flatMap((b) => b.lines.map((l) => ({ text: l.text, x0: l.x, x1: l.x + l.width, y0: l.bottom, y1: l.top })));
  const qr = { x0: layout.qr.x, x1: layout.qr.x + layout.qr.size, y0: layout.qr.y, y1: layout.qr.y + layout.qr.size };
  const box = layout.codeBox ? { x0: layout.codeBox.x, x1: layout.codeBox.x + layout.codeBox.width, y0: layout.codeBox.y, y1: layout.codeBox.y + layout.codeBox.height } : null;
  const problems: string[] = [];
  for (const [i, a] of lines.entries()) {
    if (!inside(a, region)) problems.push(`outside: ${a.text}`);
    if (cross(a, qr)) problems.push(`on the QR code: ${a.text}`);
    if (box && cross(a, box) && !inside(a, box)) problems.push(`across the code box: ${a.text}`);
    for (const b of lines.slice(i + 1)) if (cross(a, b)) problems.push(`overlap: ${a.text} / ${b.text}`);
  }
  if (!inside(qr, region)) problems.push("QR code outside");
  if (box && !inside(box, region)) problems.push("code box outside");
  return problems;
}
