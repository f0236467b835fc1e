import { downloadHeaders, readAttachment } from "@/lib/content/attachment-file";

/** Attachments of challenges, from content/attachments/files, as downloads with their own type. */
export async function GET(_req: Request, { params }: { params: Promise<{ name: string }> }): Promise<Response> {
  const { name } = await params;
  const file = await readAttachment(name);
  if (!file) return new Response("Introuvable", { status: 404 });
  return new Response(file.bytes, { headers: { ...downloadHeaders(name, file.contentType), "cache-control": "public, max-age=3600" } });
}
