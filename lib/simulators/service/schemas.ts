// What a challenge gives the "service" simulator (a fictional online booking site), what it
// checks at the end, and what the site's forms post. Pure.
import { z } from "zod";
import { isValidIsoDate } from "./dates";

const MAX = 2000;
const line = (max = 200) => z.string().trim().min(1).max(max);
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "an id is lower-case letters, digits and dashes, e.g. generaliste");
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time is written "09:30"');
const isoDate = z.string().refine(isValidIsoDate, 'a date is written "2026-03-16"');
const email = z.string().trim().max(200).regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, "not an e-mail address");

const passwordRulesSchema = z.strictObject({
  /** at least this many characters */
  minLength: z.number().int().min(4).max(64).default(12),
  uppercase: z.boolean().default(true),
  lowercase: z.boolean().default(true),
  digit: z.boolean().default(true),
  /** a sign such as ! ? # - */
  special: z.boolean().default(false),
  /** must not contain the person's first or last name */
  noName: z.boolean().default(false),
});

const bookingSeed = z.strictObject({ reason: slug, day: isoDate, time });

export const scenarioSchema = z
  .strictObject({
    site: z.strictObject({
      /** e.g. "Centre de santé des Tilleuls" */
      name: line(80),
      /** shown in the address bar, e.g. "rdv.centre-tilleuls.fr" */
      domain: z.string().regex(/^[a-z0-9][a-z0-9.-]*\.[a-z]{2,}$/, 'a domain such as "rdv.centre-tilleuls.fr"'),
      /** one sentence on the home page */
      intro: line(300).optional(),
      /** the place of the appointments, printed on the confirmation */
      address: line(200).optional(),
      /** prefix of confirmation numbers, e.g. "TIL" */
      code: z.string().regex(/^[A-Z]{2,5}$/).optional(),
    }),
    passwordRules: passwordRulesSchema.default({ minLength: 12, uppercase: true, lowercase: true, digit: true, special: false, noName: false }),
    /** the services or reasons one can book */
    reasons: z
      .array(z.strictObject({ id: slug, label: line(100), detail: line(200).optional(), price: line(40).optional() }))
      .min(1)
      .max(8),
    /** the days open for booking, each with its time slots and those already taken by other people */
    days: z
      .array(z.strictObject({ date: isoDate, slots: z.array(time).min(1).max(16), taken: z.array(time).max(16).default([]) }))
      .min(1)
      .max(10),
    /** accounts that already exist on the site (the learner's own may be one of them) */
    accounts: z
      .array(z.strictObject({ email, password: z.string().min(1).max(100), firstName: line(60), lastName: line(60), bookings: z.array(bookingSeed).max(5).default([]) }))
      .max(5)
      .default([]),
    /** who the learner is in this story */
    learner: z.strictObject({ firstName: line(60), lastName: line(60), email }),
    /** the day of the visit: dates of the documents the site makes */
    today: isoDate,
    /** the site refuses a second appointment for the same reason */
    oneBookingPerReason: z.boolean().default(false),
  })
  .superRefine((s, ctx) => {
    const issue = (message: string, path: (string | number)[]) => ctx.addIssue({ code: "custom", message, path });
    const reasonIds = s.reasons.map((r) => r.id);
    if (new Set(reasonIds).size !== reasonIds.length) issue("reason ids must be unique", ["reasons"]);
    const dates = s.days.map((d) => d.date);
    if (new Set(dates).size !== dates.length) issue("each day may be listed once", ["days"]);
    s.days.forEach((d, i) => {
      if (new Set(d.slots).size !== d.slots.length) issue("a time slot is listed twice", ["days", i, "slots"]);
      for (const t of d.taken) if (!d.slots.includes(t)) issue(`taken ${t} is not one of the slots`, ["days", i, "taken"]);
    });
    const emails = s.accounts.map((a) => a.email.toLowerCase());
    if (new Set(emails).size !== emails.length) issue("two accounts have the same e-mail", ["accounts"]);
    const used = new Set<string>();
    s.accounts.forEach((a, i) =>
      a.bookings.forEach((b, j) => {
        const day = s.days.find((d) => d.date === b.day);
        const where = ["accounts", i, "bookings", j];
        if (!reasonIds.includes(b.reason)) issue(`unknown reason ${b.reason}`, where);
        if (!day || !day.slots.includes(b.time)) issue(`${b.day} ${b.time} is not a slot`, where);
        else if (day.taken.includes(b.time)) issue(`${b.day} ${b.time} is listed as taken by someone else`, where);
        if (used.has(`${b.day} ${b.time}`)) issue(`${b.day} ${b.time} is booked twice`, where);
        used.add(`${b.day} ${b.time}`);
      }),
    );
  });

export type Scenario = z.infer<typeof scenarioSchema>;
export type PasswordRules = Scenario["passwordRules"];
export type Reason = Scenario["reasons"][number];
export type Day = Scenario["days"][number];

const slotGoal = z.strictObject({ reason: slug.optional(), day: isoDate, time });

export const goalSchema = z
  .strictObject({
    /** an account created by the learner during the visit, with this e-mail (and these details if given) */
    accountCreated: z.strictObject({ email, firstName: line(60).optional(), lastName: line(60).optional(), newsletter: z.boolean().optional() }).optional(),
    /** whose bookings the goal talks about (default: the learner's e-mail) */
    account: email.optional(),
    /** true: someone is logged in at the end; false: nobody is */
    loggedIn: z.boolean().optional(),
    /** the learner logged out after being logged in, and nobody is logged in at the end */
    loggedOut: z.literal(true).optional(),
    /** exactly one active booking of the account matches, and no other active booking has the same reason */
    booked: z.strictObject({ reason: slug, day: isoDate, time }).optional(),
    /** the account's number of active bookings at the end */
    activeBookings: z.number().int().min(0).max(20).optional(),
    /** this booking of the account is cancelled (and not booked again) */
    cancelled: slotGoal.optional(),
    /** the confirmation of the booking in `booked` (or of any booking without `booked`) was downloaded */
    receiptDownloaded: z.literal(true).optional(),
  })
  .refine((g) => Object.values(g).some((v) => v !== undefined), "a goal needs at least one check");

export type Goal = z.infer<typeof goalSchema>;

const text = z.string().max(MAX);
const opt = text.optional();

export const screens = ["home", "signup", "login", "space", "book-reason", "book-day", "book-time", "book-confirm", "book-done", "bookings", "cancel-confirm"] as const;
export type Screen = (typeof screens)[number];

/** Where the site's navigation buttons lead (the booking steps go through their own actions). */
export const destinations = ["home", "signup", "login", "space", "book", "bookings"] as const;

export const actionSchema = z.discriminatedUnion("op", [
  z.object({ op: z.literal("go"), to: z.enum(destinations) }),
  z.object({ op: z.literal("signup"), lastName: opt, firstName: opt, email: opt, password: opt, passwordConfirm: opt, consent: opt, newsletter: opt }),
  z.object({ op: z.literal("login"), email: opt, password: opt }),
  z.object({ op: z.literal("logout") }),
  z.object({ op: z.literal("chooseReason"), reason: opt }),
  z.object({ op: z.literal("chooseDay"), day: text }),
  z.object({ op: z.literal("chooseTime"), time: opt }),
  z.object({ op: z.literal("confirmBooking") }),
  z.object({ op: z.literal("back") }),
  z.object({ op: z.literal("askCancel"), booking: text }),
  z.object({ op: z.literal("cancel"), booking: text }),
  z.object({ op: z.literal("download"), file: text }),
]);

export type Action = z.infer<typeof actionSchema>;
