import fs from "node:fs/promises";
import path from "node:path";
import { randomUUID } from "node:crypto";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";

export type Mail = { to: string; subject: string; text: string };

let smtp: nodemailer.Transporter | undefined;

/**
 * Sends over SMTP when SMTP_URL is set; otherwise writes the message as an .eml file in the
 * outbox folder (readable by platform staff only, at /admin/boite-d-envoi).
 */
export async function sendMail(mail: Mail): Promise<void> {
  const e = env();
  const message = { from: e.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text };
  if (e.SMTP_URL) {
    smtp ??= nodemailer.createTransport(e.SMTP_URL);
    await smtp.sendMail(message);
    return;
  }
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  const info = await composer.sendMail(message);
  await fs.mkdir(e.OUTBOX_DIR, { recursive: true });
  const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${randomUUID().slice(0, 8)}.eml`;
  await fs.writeFile(path.join(e.OUTBOX_DIR, name), info.message as Buffer, { mode: 0o600 });
}
