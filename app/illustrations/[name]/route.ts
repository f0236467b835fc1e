import fs from "node:fs/promises";
import path from "node:path";
import { contentDir } from "@/lib/content";

const TYPES: Record<string, string> = { ".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".webp": "image/webp" };

/** Illustrations of challenges and tutorials, from content/illustrations (plain file names only). */
export async function GET(_req: Request, { params }: { params: Promise<{ name: string }> }): Promise<Response> {
  const { name } = await params;
  const type = TYPES[path.extname(name).toLowerCase()];
  if (!/^[\w.-]+$/.test(name) || name.startsWith(".") || !type) return new Response("Introuvable", { status: 404 });
  try {
    const body = await fs.readFile(path.join(contentDir(), "illustrations", name));
    return new Response(new Uint8Array(body), {
      headers: { "content-type": type, "cache-control": "public, max-age=3600", "x-content-type-options": "nosniff", "content-security-policy": "script-src 'none'" },
    });
  } catch {
    return new Response("Introuvable", { status: 404 });
  }
}
