import fs from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";
import { assertAdmin, type Actor } from "@/lib/auth/actor";

export type OutboxMessage = { file: string; to: string; subject: string; date: string; text: string };

function header(raw: string, name: string): string {
  const m = raw.match(new RegExp(`^${name}: (.*(?:\\n[ \\t].*)*)`, "mi"));
  return m ? m[1]!.replace(/\n[ \t]+/g, " ").trim() : "";
}

function decodeWords(v: string): string {
  return v.replace(/=\?utf-8\?([BQ])\?([^?]*)\?=/gi, (_, enc: string, data: string) =>
    enc.toUpperCase() === "B"
      ? Buffer.from(data, "base64").toString("utf8")
      : decodeQuotedPrintable(data.replace(/_/g, " ")),
  );
}

function decodeQuotedPrintable(s: string): string {
  const bytes: number[] = [];
  const clean = s.replace(/=\r?\n/g, "");
  for (let i = 0; i < clean.length; i++) {
    if (clean[i] === "=" && /^[0-9A-F]{2}$/i.test(clean.slice(i + 1, i + 3))) {
      bytes.push(parseInt(clean.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(clean[i]!, "utf8"));
  }
  return Buffer.from(bytes).toString("utf8");
}

export function parseEml(raw: string): Omit<OutboxMessage, "file"> {
  const split = raw.indexOf("\n\n");
  const head = raw.slice(0, split);
  let body = raw.slice(split + 2);
  const encoding = header(head, "Content-Transfer-Encoding").toLowerCase();
  if (encoding === "quoted-printable") body = decodeQuotedPrintable(body);
  else if (encoding === "base64") body = Buffer.from(body.replace(/\s/g, ""), "base64").toString("utf8");
  return {
    to: decodeWords(header(head, "To")),
    subject: decodeWords(header(head, "Subject")),
    date: header(head, "Date"),
    text: body,
  };
}

/** Platform staff only: a reset link must never be readable by anyone else. */
export async function listOutbox(actor: Actor | null, limit = 50): Promise<OutboxMessage[]> {
  assertAdmin(actor);
  const dir = env().OUTBOX_DIR;
  let files: string[];
  try {
    files = (await fs.readdir(dir)).filter((f) => f.endsWith(".eml"));
  } catch {
    return [];
  }
  files.sort().reverse();
  return Promise.all(
    files.slice(0, limit).map(async (file) => ({ file, ...parseEml(await fs.readFile(path.join(dir, file), "utf8")) })),
  );
}
