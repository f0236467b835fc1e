import fs from "node:fs";
import path from "node:path";
import { GUIDE_SUMMARIES, GUIDES, guideBySlug } from "@/lib/kit/guides";

/** Width and height read from a PNG or JPEG file's header; null if it is neither. */
function imageSize(buf: Buffer): { width: number; height: number; type: "png" | "jpeg" } | null {
  if (buf.length > 24 && buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) && buf.toString("ascii", 12, 16) === "IHDR") {
    return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20), type: "png" };
  }
  if (buf[0] === 0xff && buf[1] === 0xd8) {
    let i = 2;
    while (i + 9 < buf.length) {
      if (buf[i] !== 0xff) return null;
      const marker = buf[i + 1]!;
      const len = buf.readUInt16BE(i + 2);
      // SOF0..SOF15, except DHT (C4), JPG (C8) and DAC (CC), carry the frame size
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { height: buf.readUInt16BE(i + 5), width: buf.readUInt16BE(i + 7), type: "jpeg" };
      }
      i += 2 + len;
    }
  }
  return null;
}

describe("imageSize", () => {
  const png = (w: number, h: number) => {
    const b = Buffer.alloc(33);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b, 0);
    b.writeUInt32BE(13, 8);
    b.write("IHDR", 12, "ascii");
    b.writeUInt32BE(w, 16);
    b.writeUInt32BE(h, 20);
    return b;
  };
  // SOI, an APP0 segment of 16 bytes, then SOF0 with height 300 and width 400
  const jpeg = Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
    Buffer.alloc(14),
    Buffer.from([0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0x2c, 0x01, 0x90, 0x03]),
  ]);
  test.each([
    ["a PNG", png(1024, 560), { width: 1024, height: 560, type: "png" }],
    ["a JPEG", jpeg, { width: 400, height: 300, type: "jpeg" }],
    ["text", Buffer.from("not an image, clearly not one"), null],
  ])("reads %s", (_name, buf, expected) => {
    expect(imageSize(buf)).toEqual(expected);
  });
});

describe("the deployment kit's picture guides", () => {
  test("slugs are unique and GUIDE_SUMMARIES lists the same guides in the same order", () => {
    const slugs = GUIDES.map((g) => g.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(GUIDE_SUMMARIES.map((g) => g.slug)).toEqual(slugs);
    expect(slugs).toEqual(["lancer-une-campagne", "suivre-les-participants", "lire-les-resultats"]);
    for (const s of GUIDE_SUMMARIES) {
      const g = guideBySlug(s.slug)!;
      expect({ title: g.title, summary: g.summary }).toEqual({ title: s.title, summary: s.summary });
    }
    expect(guideBySlug("inconnu")).toBeUndefined();
  });

  test.each(GUIDES.map((g) => [g.slug, g] as const))("%s: at least 3 steps, each with a title, a text and an intro", (_slug, g) => {
    expect(g.steps.length).toBeGreaterThanOrEqual(3);
    expect(g.intro.trim()).not.toBe("");
    for (const s of g.steps) {
      expect(s.title.trim()).not.toBe("");
      expect(s.text.trim()).not.toBe("");
    }
  });

  test("alt texts are non-empty and all different; image paths are all different", () => {
    const steps = GUIDES.flatMap((g) => g.steps);
    for (const s of steps) expect(s.alt.trim().length).toBeGreaterThan(20);
    expect(new Set(steps.map((s) => s.alt.trim())).size).toBe(steps.length);
    expect(new Set(steps.map((s) => s.image)).size).toBe(steps.length);
  });

  test.each(GUIDES.flatMap((g) => g.steps.map((s) => [s.image, s] as const)))("%s exists under public/ with its declared size and stays light", (image, s) => {
    expect(image).toMatch(/^\/kit\/guides\/[a-z0-9-]+\.(png|jpg)$/);
    const file = path.join(process.cwd(), "public", image);
    expect(fs.existsSync(file)).toBe(true);
    const buf = fs.readFileSync(file);
    const size = imageSize(buf);
    expect(size).toEqual({ width: s.width, height: s.height, type: image.endsWith(".png") ? "png" : "jpeg" });
    expect(buf.length).toBeLessThan(120 * 1024);
  });
});
