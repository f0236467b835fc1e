// What a webmail challenge declares (scenario, goal) and what its forms post (actions). Pure.
import { z } from "zod";

export const FOLDERS = ["inbox", "sent", "drafts", "spam", "trash"] as const;
export type Folder = (typeof FOLDERS)[number];

const MAX = 2000;
const shortText = z.string().trim().min(1).max(300);
const id = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, "an id is made of letters, digits, - or _ (at most 40)");

/** "2026-06-03T09:30": a local wall-clock time, shown as is (no time zone). */
const isoDateTime = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/, 'a date is written "2026-06-03T09:30"');

const emailAddress = z
  .string()
  .trim()
  .regex(/^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[A-Za-z]{2,}$/, "not an e-mail address");

/** A person: { name, address }, or just an address. Parsing the parsed value again gives the same value. */
const person = z
  .union([emailAddress, z.object({ name: z.string().trim().max(120).optional(), address: emailAddress }).strict()])
  .transform((p) => (typeof p === "string" ? { name: "", address: p } : { name: p.name ?? "", address: p.address }));

/** A file attached to a message: the name the learner sees, the shipped file (content/attachments/files/) sent on download. */
const messageAttachment = z.object({ name: shortText, file: z.string().min(1).max(200), size: z.string().max(20).optional() }).strict();

const messageSchema = z
  .object({
    id,
    folder: z.enum(FOLDERS).default("inbox"),
    from: person,
    to: z.array(person).default([]),
    cc: z.array(person).default([]),
    /** a "Répondre à" header: replies go there instead of the sender */
    replyTo: emailAddress.optional(),
    subject: z.string().max(300),
    date: isoDateTime,
    body: z.string().max(6000),
    attachments: z.array(messageAttachment).default([]),
    /** a link in the body; "[lien]" in the body says where it goes (otherwise after the text) */
    link: z
      .object({
        text: shortText,
        url: z.string().trim().min(1).max(300),
        look: z.enum(["link", "button"]).default("link"),
        /** the heading of the page the link opens */
        pageTitle: z.string().trim().max(120).optional(),
      })
      .strict()
      .optional(),
    /** default: false in the inbox and spam, true elsewhere */
    read: z.boolean().optional(),
  })
  .strict();

const documentSchema = z.object({ name: shortText, size: z.string().max(20).optional(), file: z.string().min(1).max(200).optional() }).strict();

export const scenarioSchema = z
  .object({
    owner: z.object({ name: shortText, address: emailAddress }).strict(),
    /** the current time in the simulated world: dates of the day show an hour, sent messages get it */
    now: isoDateTime,
    messages: z.array(messageSchema).max(25),
    /** the learner's files that "Joindre un fichier" offers ("Mes documents") */
    documents: z.array(documentSchema).max(20).default([]),
    /** the address book: typing a contact's name in À, Cc or Cci gives their address */
    contacts: z.array(z.object({ name: shortText, address: emailAddress }).strict()).max(20).default([]),
    startFolder: z.enum(FOLDERS).default("inbox"),
  })
  .strict()
  .superRefine((s, ctx) => {
    const ids = new Set<string>();
    for (const m of s.messages) {
      if (ids.has(m.id)) ctx.addIssue({ code: "custom", message: `message id "${m.id}" is used twice`, path: ["messages"] });
      ids.add(m.id);
      const names = new Set<string>();
      for (const a of m.attachments) {
        if (names.has(a.name)) ctx.addIssue({ code: "custom", message: `message "${m.id}" has two attachments named "${a.name}"`, path: ["messages"] });
        names.add(a.name);
      }
    }
    const docs = new Set<string>();
    for (const d of s.documents) {
      if (docs.has(d.name)) ctx.addIssue({ code: "custom", message: `document "${d.name}" is listed twice`, path: ["documents"] });
      docs.add(d.name);
    }
  });

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioMessage = Scenario["messages"][number];
export type Person = ScenarioMessage["from"];
export type MessageAttachment = ScenarioMessage["attachments"][number];

const addressList = z.array(z.string().trim().min(1).max(200));
const textList = z.array(z.string().trim().min(1).max(300));

/**
 * An expected sent message. Addresses are compared without case, as sets; an omitted cc / bcc /
 * attachments means "none" (an extra recipient or file is a real mistake). Texts are compared
 * without case, accents or extra spaces.
 */
const expectedSent = z
  .object({
    to: addressList.min(1),
    cc: addressList.optional(),
    bcc: addressList.optional(),
    subjectIncludes: textList.optional(),
    /** in the text the learner wrote (quoted or forwarded text left out) */
    bodyIncludes: textList.optional(),
    /** the learner wrote some text of their own */
    bodyNotEmpty: z.boolean().optional(),
    attachments: textList.optional(),
    /** made with "Répondre" or "Répondre à tous" on this message */
    replyTo: id.optional(),
    /** made with "Transférer" on this message */
    forwardOf: id.optional(),
  })
  .strict();

export const goalSchema = z
  .object({
    /** each expected message is matched by a sent one; unless allowOtherSent, every sent message matches one */
    sent: z.array(expectedSent).optional(),
    allowOtherSent: z.boolean().optional(),
    /** messages that must be in these folders at the end */
    inFolder: z.partialRecord(z.enum(FOLDERS), z.array(id).min(1)).optional(),
    /** whether a link of a message was followed */
    followedLink: z.boolean().optional(),
    /** messages opened at least once */
    opened: z.array(id).optional(),
    /** attachments (by their shown name) downloaded at least once */
    downloaded: textList.optional(),
    /** messages reported with "Signaler comme hameçonnage" */
    reported: z.array(id).optional(),
  })
  .strict()
  .refine((g) => Object.values(g).some((v) => v !== undefined), "the goal checks nothing");

export type Goal = z.infer<typeof goalSchema>;

const field = z.string().max(MAX);
const draftFields = {
  to: field.optional(),
  cc: field.optional(),
  bcc: field.optional(),
  subject: field.optional(),
  body: field.optional(),
};
const messageRef = { message: z.string().max(60) };

const actionUnion = z.discriminatedUnion("op", [
  z.object({ op: z.literal("folder"), folder: z.enum(FOLDERS) }),
  z.object({ op: z.literal("open"), ...messageRef }),
  z.object({ op: z.literal("back") }),
  z.object({ op: z.literal("compose") }),
  z.object({ op: z.literal("reply"), ...messageRef }),
  z.object({ op: z.literal("reply-all"), ...messageRef }),
  z.object({ op: z.literal("forward"), ...messageRef }),
  z.object({ op: z.literal("delete"), ...messageRef }),
  z.object({ op: z.literal("spam"), ...messageRef }),
  z.object({ op: z.literal("report-phishing"), ...messageRef }),
  z.object({ op: z.literal("not-spam"), ...messageRef }),
  z.object({ op: z.literal("restore"), ...messageRef }),
  z.object({ op: z.literal("delete-forever"), ...messageRef }),
  z.object({ op: z.literal("follow-link"), ...messageRef }),
  z.object({ op: z.literal("download"), file: z.string().max(200) }),
  z.object({ op: z.literal("update"), ...draftFields }),
  z.object({ op: z.literal("attach-open"), ...draftFields }),
  z.object({ op: z.literal("attach"), doc: z.string().max(300).optional(), ...draftFields }),
  z.object({ op: z.literal("attach-cancel"), ...draftFields }),
  z.object({ op: z.literal("remove-attachment"), attachment: z.string().max(300), ...draftFields }),
  z.object({ op: z.literal("send"), ...draftFields }),
  z.object({ op: z.literal("send-no-subject"), ...draftFields }),
  z.object({ op: z.literal("save-draft"), ...draftFields }),
  z.object({ op: z.literal("discard") }),
]);

export type Action = z.infer<typeof actionUnion>;
export type DraftOp = "update" | "attach-open" | "attach" | "attach-cancel" | "remove-attachment" | "send" | "send-no-subject" | "save-draft";
export type DraftAction = Extract<Action, { op: DraftOp }>;

/**
 * A "Retirer" button next to an attachment posts removeAttachment=<name> and no op (a button
 * carries one name only, and the draft's fields must travel with it).
 */
function withImpliedOp(input: unknown): unknown {
  if (typeof input !== "object" || input === null) return input;
  const o = input as Record<string, unknown>;
  if (o.op === undefined && typeof o.removeAttachment === "string") {
    const { removeAttachment, ...rest } = o;
    return { ...rest, op: "remove-attachment", attachment: removeAttachment };
  }
  return input;
}

export const actionSchema = z.preprocess(withImpliedOp, actionUnion) as unknown as z.ZodType<Action, Record<string, string | string[]>>;
