// Reads a shipped attachment (content/attachments/files/<name>) with its media type. Server only.
import fs from "node:fs/promises";
import path from "node:path";
import { contentDir } from "./index";

const TYPES: Record<string, string> = {
  ".pdf": "application/pdf",
  ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".ods": "application/vnd.oasis.opendocument.spreadsheet",
  ".odt": "application/vnd.oasis.opendocument.text",
  ".odp": "application/vnd.oasis.opendocument.presentation",
  ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  ".zip": "application/zip",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".svg": "image/svg+xml",
};

/** The file's bytes and media type, or null when the name is not a shipped attachment. */
export async function readAttachment(name: string): Promise<{ bytes: Uint8Array<ArrayBuffer>; contentType: string } | null> {
  const contentType = TYPES[path.extname(name).toLowerCase()];
  if (!/^[\w.-]+$/.test(name) || name.startsWith(".") || !contentType) return null;
  try {
    const bytes = await fs.readFile(path.join(contentDir(), "attachments", "files", name));
    return { bytes: new Uint8Array(bytes), contentType };
  } catch {
    return null;
  }
}

/** Headers of a file sent as a download. */
export function downloadHeaders(filename: string, contentType: string): Record<string, string> {
  const ascii = filename.replace(/[^\w.-]/g, "_");
  return {
    "content-type": contentType,
    "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    "x-content-type-options": "nosniff",
  };
}
