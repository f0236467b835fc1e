import "server-only";
import { and, count, desc, eq, isNotNull, isNull, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { contactMessages } from "@/db/schema";
import { assertAdmin, type Actor } from "@/lib/auth/actor";
import { contactFilterSchema, type ContactAudience, type ContactTopic } from "./schemas";

export const CONTACT_PAGE_SIZE = 100;

export type ContactMessageRow = {
  id: string;
  audience: ContactAudience | string;
  topic: ContactTopic | string;
  name: string;
  email: string;
  message: string;
  handledAt: Date | null;
  createdAt: Date;
};

export type ContactMessageList = { messages: ContactMessageRow[]; total: number };

/** The contact messages, newest first, for platform staff only; filters come from the page's GET form. */
export async function listContactMessages(actor: Actor | null, rawFilter: unknown = {}): Promise<ContactMessageList> {
  assertAdmin(actor);
  const filter = contactFilterSchema.parse(rawFilter ?? {});
  const where: SQL[] = [];
  if (filter.audience) where.push(eq(contactMessages.audience, filter.audience));
  if (filter.topic) where.push(eq(contactMessages.topic, filter.topic));
  if (filter.etat === "a-traiter") where.push(isNull(contactMessages.handledAt));
  if (filter.etat === "traites") where.push(isNotNull(contactMessages.handledAt));
  const db = getDb();
  const condition = where.length ? and(...where) : undefined;
  const [messages, [total]] = await Promise.all([
    db
      .select({
        id: contactMessages.id,
        audience: contactMessages.audience,
        topic: contactMessages.topic,
        name: contactMessages.name,
        email: contactMessages.email,
        message: contactMessages.message,
        handledAt: contactMessages.handledAt,
        createdAt: contactMessages.createdAt,
      })
      .from(contactMessages)
      .where(condition)
      .orderBy(desc(contactMessages.createdAt), desc(contactMessages.id))
      .limit(CONTACT_PAGE_SIZE),
    db.select({ n: count() }).from(contactMessages).where(condition),
  ]);
  return { messages, total: Number(total?.n ?? 0) };
}
