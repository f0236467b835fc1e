/**
 * The contact form's service: stored, e-mailed to staff and acknowledged; bad input, limits and
 * double submissions; and the staff list with "Marquer comme traité", refused to everyone else.
 */
import fs from "node:fs";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { auditLog, contactMessages } from "@/db/schema";
import { InvalidInput, NotAllowed, NotAuthenticated, NotFound, RateLimited } from "@/lib/errors";
import { listContactMessages } from "@/lib/help/list-contact-messages";
import { markContactMessageHandled } from "@/lib/help/mark-contact-message-handled";
import { CONTACT_LIMIT_PER_EMAIL, CONTACT_LIMIT_PER_IP, sendContactMessage } from "@/lib/help/send-contact-message";
import type { Actor } from "@/lib/auth/actor";
import { parseEml } from "@/lib/mail/list-outbox";
import { getDb, setupTestDatabase, uniqueEmail } from "../support/db";
import { newOrganisation, newUser } from "../orga/helpers";

setupTestDatabase();

function mailsMentioning(needle: string) {
  const outbox = process.env.OUTBOX_DIR!;
  const files = fs.existsSync(outbox) ? fs.readdirSync(outbox).filter((f) => f.endsWith(".eml")) : [];
  return files
    .map((f) => parseEml(fs.readFileSync(path.join(outbox, f), "utf8")))
    .filter((m) => m.to.includes(needle) || m.text.includes(needle));
}

async function storedFrom(email: string) {
  return getDb().select().from(contactMessages).where(eq(contactMessages.email, email.toLowerCase()));
}

function validInput(email: string, message = `Bonjour, je n'arrive pas à retrouver mon certificat (${email}).`) {
  return { audience: "apprenant", topic: "certification", name: "Awa Diallo", email, message };
}

let admin: Actor;
beforeAll(async () => {
  admin = { ...(await newUser("Sofia")), role: "admin" };
});

test("a message is stored, e-mailed to the staff with the sender's address, and acknowledged", async () => {
  const email = uniqueEmail("contact");
  const { messageId, duplicate } = await sendContactMessage(null, { ...validInput(email), email: `  ${email.toUpperCase()} ` });
  expect(duplicate).toBe(false);

  const rows = await storedFrom(email);
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ id: messageId, audience: "apprenant", topic: "certification", name: "Awa Diallo", email, userId: null, handledAt: null });

  const mails = mailsMentioning(email);
  expect(mails).toHaveLength(2);
  const staff = mails.find((m) => m.to.includes("support@pix.local"))!;
  expect(staff.subject.replace(/\s+/g, " ")).toBe("Contact Pix : La certification (Apprenant ou apprenante)");
  expect(staff.text).toContain(`pour répondre, écrivez à cette adresse) : ${email}`);
  expect(staff.text).toContain("je n'arrive pas à retrouver mon certificat");
  expect(staff.text).toContain(messageId);
  const receipt = mails.find((m) => m.to.includes(email))!;
  expect(receipt.text).toContain("Nous avons bien reçu votre message");
  expect(receipt.text).toContain("je n'arrive pas à retrouver mon certificat");
});

test("line breaks count as one character, as in the browser", async () => {
  const email = uniqueEmail("lines");
  const message = `${"a".repeat(2499)}\r\n${"b".repeat(2500)}`; // 5000 in the text box, 5001 as sent
  await sendContactMessage(null, validInput(email, message));
  const [row] = await storedFrom(email);
  expect(row!.message).toBe(`${"a".repeat(2499)}\n${"b".repeat(2500)}`);
});

test("a logged-in user's account is remembered with the message", async () => {
  const user = await newUser("Léa");
  await sendContactMessage(user, validInput(user.email!));
  const [row] = await storedFrom(user.email!);
  expect(row!.userId).toBe(user.userId);
});

test.each([
  ["message too short", { message: "Aide" }, "message", /au moins 10 caractères/],
  ["message too long", { message: "a".repeat(5001) }, "message", /5 000/],
  ["unknown audience", { audience: "pirate" }, "audience", /qui vous êtes/],
  ["unknown topic", { topic: "spam" }, "topic", /sujet/],
  ["missing name", { name: "  " }, "name", /nom/],
  ["bad e-mail", { email: "pas-une-adresse" }, "email", /adresse e-mail valide/],
])("%s: a French message, nothing stored, nothing sent", async (_name, change, field, message) => {
  const email = uniqueEmail("invalid");
  const input = { ...validInput(email), ...change };
  const error = await sendContactMessage(null, input).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InvalidInput);
  expect((error as InvalidInput).fieldErrors[field]).toMatch(message);
  expect(await storedFrom(email)).toHaveLength(0);
  expect(mailsMentioning(email)).toHaveLength(0);
});

test("the same message sent twice within 10 minutes is stored and e-mailed once", async () => {
  const email = uniqueEmail("double");
  const now = new Date();
  const first = await sendContactMessage(null, validInput(email), {}, now);
  const second = await sendContactMessage(null, validInput(email), {}, new Date(now.getTime() + 60_000));
  expect(second).toEqual({ messageId: first.messageId, duplicate: true });
  expect(await storedFrom(email)).toHaveLength(1);
  expect(mailsMentioning(email)).toHaveLength(2);

  // at the same instant too
  const other = uniqueEmail("together");
  const both = await Promise.all([sendContactMessage(null, validInput(other)), sendContactMessage(null, validInput(other))]);
  expect(both[0].messageId).toBe(both[1].messageId);
  expect(await storedFrom(other)).toHaveLength(1);

  // a different message, or the same one later, is a new message
  await sendContactMessage(null, validInput(email, "Un autre message, bien différent du premier."), {}, new Date(now.getTime() + 120_000));
  await sendContactMessage(null, validInput(email), {}, new Date(now.getTime() + 11 * 60_000));
  expect(await storedFrom(email)).toHaveLength(3);
});

test("too many messages from one address: RateLimited, nothing stored", async () => {
  const email = uniqueEmail("flood");
  const now = new Date();
  for (let i = 0; i < CONTACT_LIMIT_PER_EMAIL.max; i++) await sendContactMessage(null, validInput(email, `Message numéro ${i} pour tester la limite.`), {}, now);
  await expect(sendContactMessage(null, validInput(email, "Un message de trop pour la limite."), {}, now)).rejects.toBeInstanceOf(RateLimited);
  expect(await storedFrom(email)).toHaveLength(CONTACT_LIMIT_PER_EMAIL.max);
  // an hour later, it works again
  await sendContactMessage(null, validInput(email, "Une heure plus tard, ça repart."), {}, new Date(now.getTime() + 61 * 60_000));
  expect(await storedFrom(email)).toHaveLength(CONTACT_LIMIT_PER_EMAIL.max + 1);
});

test("one network address may send many messages (a whole room), up to a high limit", async () => {
  const ip = `test-${process.pid}-${Date.now().toString(36)}`; // unique: limits persist on a shared PostgreSQL
  const now = new Date();
  for (let i = 0; i < CONTACT_LIMIT_PER_IP.max; i++) await sendContactMessage(null, validInput(uniqueEmail("epn")), { ip }, now);
  const last = uniqueEmail("epn-last");
  await expect(sendContactMessage(null, validInput(last), { ip }, now)).rejects.toBeInstanceOf(RateLimited);
  expect(await storedFrom(last)).toHaveLength(0);
});

test("staff list the messages newest first, filter them, and mark one as handled (audited, once)", async () => {
  const base = Date.now() + 3 * 60 * 60_000; // later than the other tests' messages
  const older = await sendContactMessage(null, { ...validInput(uniqueEmail("centre")), audience: "centre", topic: "compte" }, {}, new Date(base));
  const newer = await sendContactMessage(null, { ...validInput(uniqueEmail("centre")), audience: "centre", topic: "compte" }, {}, new Date(base + 1000));

  const all = await listContactMessages(admin, {});
  expect(all.messages.slice(0, 2).map((m) => m.id)).toEqual([newer.messageId, older.messageId]);
  const centre = await listContactMessages(admin, { audience: "centre", topic: "compte" });
  expect(centre.messages.every((m) => m.audience === "centre" && m.topic === "compte")).toBe(true);
  expect(centre.total).toBe(2);
  expect((await listContactMessages(admin, { audience: "centre", topic: "test" })).total).toBe(0);
  // an unknown filter value means "all"
  expect((await listContactMessages(admin, { audience: "nimporte" })).total).toBe(all.total);

  const at = new Date(base + 5000);
  await expect(markContactMessageHandled(admin, { messageId: older.messageId }, at)).resolves.toEqual({ handledAt: at, alreadyHandled: false });
  await expect(markContactMessageHandled(admin, { messageId: older.messageId }, new Date(base + 9000))).resolves.toEqual({ handledAt: at, alreadyHandled: true });
  const audits = await getDb()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.targetId, older.messageId), eq(auditLog.action, "contact-message.handled")));
  expect(audits).toHaveLength(1);
  expect(audits[0]).toMatchObject({ actorId: admin.userId, before: { handledAt: null }, after: { handledAt: at.toISOString() } });

  const todo = await listContactMessages(admin, { audience: "centre", topic: "compte", etat: "a-traiter" });
  expect(todo.messages.map((m) => m.id)).toEqual([newer.messageId]);
  const done = await listContactMessages(admin, { audience: "centre", topic: "compte", etat: "traites" });
  expect(done.messages.map((m) => m.id)).toEqual([older.messageId]);

  await expect(markContactMessageHandled(admin, { messageId: "00000000-0000-4000-8000-000000000000" })).rejects.toBeInstanceOf(NotFound);
  await expect(markContactMessageHandled(admin, { messageId: "pas-un-id" })).rejects.toBeInstanceOf(InvalidInput);
});

test("a learner, an Orga admin or a visitor cannot list messages or mark one as handled", async () => {
  const sent = await sendContactMessage(null, validInput(uniqueEmail("refus")));
  const learner = await newUser("Hugo");
  const org = await newOrganisation();
  for (const actor of [learner, org.admin]) {
    await expect(listContactMessages(actor, {})).rejects.toBeInstanceOf(NotAllowed);
    await expect(markContactMessageHandled(actor, { messageId: sent.messageId })).rejects.toBeInstanceOf(NotAllowed);
  }
  await expect(listContactMessages(null, {})).rejects.toBeInstanceOf(NotAuthenticated);
  await expect(markContactMessageHandled(null, { messageId: sent.messageId })).rejects.toBeInstanceOf(NotAuthenticated);
  const [row] = await getDb().select().from(contactMessages).where(eq(contactMessages.id, sent.messageId));
  expect(row!.handledAt).toBeNull();
  expect(await getDb().select().from(auditLog).where(eq(auditLog.targetId, sent.messageId))).toHaveLength(0);
});
