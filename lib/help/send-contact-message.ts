import "server-only";
import { and, desc, eq, gt, sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { contactMessages } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { hitRateLimits, type Limit } from "@/lib/auth/rate-limit";
import { appUrl, env } from "@/lib/env";
import { InvalidInput } from "@/lib/errors";
import { formatDateTime } from "@/lib/i18n/fr";
import { sendMail } from "@/lib/mail/send-mail";
import { CONTACT_AUDIENCE_LABELS, CONTACT_TOPIC_LABELS, contactMessageSchema, type ContactMessageInput } from "./schemas";

const HOUR = 60 * 60_000;
/** Per sender's address: enough for a real exchange, too few to flood a mailbox with receipts. */
export const CONTACT_LIMIT_PER_EMAIL = { max: 5, windowMs: HOUR };
/** Per logged-in account. */
export const CONTACT_LIMIT_PER_USER = { max: 10, windowMs: HOUR };
/** Per network address: high, a whole EPN room shares one address. */
export const CONTACT_LIMIT_PER_IP = { max: 30, windowMs: HOUR };
/** The same message from the same address within this delay is a double submission. */
export const DUPLICATE_WINDOW_MS = 10 * 60_000;

export type SentContactMessage = { messageId: string; duplicate: boolean };

async function findDuplicate(db: DbOrTx, input: ContactMessageInput, now: Date): Promise<string | null> {
  const [row] = await db
    .select({ id: contactMessages.id })
    .from(contactMessages)
    .where(
      and(
        eq(contactMessages.email, input.email),
        eq(contactMessages.message, input.message),
        gt(contactMessages.createdAt, new Date(now.getTime() - DUPLICATE_WINDOW_MS)),
      ),
    )
    .orderBy(desc(contactMessages.createdAt))
    .limit(1);
  return row?.id ?? null;
}

function fieldErrors(issues: { path: PropertyKey[]; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) out[String(issue.path[0] ?? "_form")] ??= issue.message;
  return out;
}

/**
 * A message from the contact form of /aide: stored, e-mailed to the platform staff
 * (SUPPORT_EMAIL), and acknowledged to the sender. Anyone may write, logged in or not; limits
 * per address, per account and (high) per network address. The same message sent twice within
 * 10 minutes is stored and e-mailed once.
 */
export async function sendContactMessage(
  actor: Actor | null,
  raw: unknown,
  context: { ip?: string } = {},
  now = new Date(),
): Promise<SentContactMessage> {
  // guard: the form is public; an account (not an anonymous ABC Diag session) is only remembered
  const user = actor && !actor.isAnonymous ? actor : null;
  const parsed = contactMessageSchema.safeParse(raw);
  if (!parsed.success) throw new InvalidInput(fieldErrors(parsed.error.issues));
  const input = parsed.data;
  const db = getDb();

  // a double click or a reload of the form: already done, nothing more to do (not even counted)
  const earlier = await findDuplicate(db, input, now);
  if (earlier) return { messageId: earlier, duplicate: true };

  const limits: Limit[] = [{ key: `contact:email:${input.email}`, ...CONTACT_LIMIT_PER_EMAIL }];
  if (user) limits.push({ key: `contact:user:${user.userId}`, ...CONTACT_LIMIT_PER_USER });
  if (context.ip) limits.push({ key: `contact:ip:${context.ip}`, ...CONTACT_LIMIT_PER_IP });
  await hitRateLimits(db, limits, now);

  const stored = await db.transaction(async (tx) => {
    // two submissions at the same instant: the second waits here, then sees the first
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`contact:${input.email}`}))`);
    const again = await findDuplicate(tx, input, now);
    if (again) return { messageId: again, duplicate: true };
    const [row] = await tx
      .insert(contactMessages)
      .values({ ...input, userId: user?.userId ?? null, createdAt: now })
      .returning({ id: contactMessages.id });
    return { messageId: row!.id, duplicate: false };
  });
  if (stored.duplicate) return stored;

  // the message is kept: staff see it on /admin/messages even if an e-mail cannot leave
  await sendQuietly(staffMail(input, stored.messageId, user, now));
  await sendQuietly(receiptMail(input));
  return stored;
}

async function sendQuietly(mail: Parameters<typeof sendMail>[0]): Promise<void> {
  try {
    await sendMail(mail);
  } catch (e) {
    console.error("[contact] e-mail not sent", e);
  }
}

function staffMail(input: ContactMessageInput, messageId: string, user: Actor | null, now: Date) {
  const lines = [
    `Nouveau message reçu par le formulaire de contact, le ${formatDateTime(now)}.`,
    "",
    `De : ${input.name}`,
    `Adresse e-mail (pour répondre, écrivez à cette adresse) : ${input.email}`,
    `Qui : ${CONTACT_AUDIENCE_LABELS[input.audience]}`,
    `Sujet : ${CONTACT_TOPIC_LABELS[input.topic]}`,
    user ? `Compte Pix : connecté (identifiant ${user.userId})` : "Compte Pix : non connecté",
    "",
    "Message :",
    input.message,
    "",
    `Tous les messages : ${appUrl()}/admin/messages (référence ${messageId})`,
  ];
  return {
    to: env().SUPPORT_EMAIL,
    subject: `Contact Pix : ${CONTACT_TOPIC_LABELS[input.topic]} (${CONTACT_AUDIENCE_LABELS[input.audience]})`,
    text: lines.join("\n"),
  };
}

const COPY_LENGTH = 500;

function receiptMail(input: ContactMessageInput) {
  const copy = input.message.length > COPY_LENGTH ? `${input.message.slice(0, COPY_LENGTH)}…` : input.message;
  return {
    to: input.email,
    subject: "Pix : nous avons bien reçu votre message",
    text: [
      `Bonjour ${input.name},`,
      "",
      "Nous avons bien reçu votre message. L'équipe Pix vous répondra à cette adresse e-mail.",
      "",
      `Sujet : ${CONTACT_TOPIC_LABELS[input.topic]}`,
      "Le début de votre message :",
      copy,
      "",
      "Vous n'avez rien écrit ? Ignorez cet e-mail : quelqu'un a peut-être saisi votre adresse par erreur.",
      "",
      "L'équipe Pix",
    ].join("\n"),
  };
}
