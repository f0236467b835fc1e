// The state of the simulated booking site: the screen shown, the accounts, who is logged in,
// the forms' drafts and errors, the bookings, the downloads. Pure.
import type { RuleId } from "./password";
import type { Scenario, Screen } from "./schemas";

export type Account = { email: string; password: string; firstName: string; lastName: string; createdHere: boolean; newsletter: boolean };

export type Booking = { id: string; email: string; reason: string; day: string; time: string; status: "active" | "cancelled"; number: string };

export type Flash = { tone: "success" | "info" | "error"; text: string };

export type SignupForm = {
  values: { lastName: string; firstName: string; email: string; consent: boolean; newsletter: boolean };
  /** French messages by field: lastName, firstName, email, password, passwordConfirm, consent */
  errors: Record<string, string>;
  /** the rules the last password sent broke (null: no password checked yet) */
  broken: RuleId[] | null;
};

export type State = {
  screen: Screen;
  accounts: Account[];
  /** the e-mail of the account logged in */
  session: string | null;
  /** the learner logged out at least once after logging in */
  loggedOut: boolean;
  signup: SignupForm;
  login: { email: string; errors: Record<string, string> };
  /** the booking being made, step by step */
  draft: { reason: string | null; day: string | null; time: string | null; error: string | null };
  bookings: Booking[];
  nextId: number;
  /** the booking shown on the cancel screen, then the one just booked */
  selected: string | null;
  /** ids of the bookings whose confirmation was downloaded */
  downloads: string[];
  /** a message shown once at the top of the next page */
  flash: Flash | null;
};

export const emptySignup = (): SignupForm => ({ values: { lastName: "", firstName: "", email: "", consent: false, newsletter: false }, errors: {}, broken: null });
export const emptyDraft = (): State["draft"] => ({ reason: null, day: null, time: null, error: null });

export const sameEmail = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** FNV-1a: a stable number from a text (for confirmation numbers). */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function siteCode(scenario: Scenario): string {
  if (scenario.site.code) return scenario.site.code;
  const letters = scenario.site.name
    .normalize("NFD")
    .replace(/[^A-Za-z]/g, "")
    .toUpperCase();
  return (letters + "RDV").slice(0, 3);
}

export function confirmationNumber(scenario: Scenario, b: Omit<Booking, "number" | "status">): string {
  const n = hashText(`${scenario.site.domain}|${b.email.toLowerCase()}|${b.reason}|${b.day}|${b.time}|${b.id}`) % 1000000;
  return `${siteCode(scenario)}-${String(n).padStart(6, "0")}`;
}

export function initialState(scenario: Scenario): State {
  const bookings: Booking[] = [];
  let nextId = 1;
  for (const a of scenario.accounts)
    for (const b of a.bookings) {
      const base = { id: `r${nextId++}`, email: a.email, reason: b.reason, day: b.day, time: b.time };
      bookings.push({ ...base, status: "active", number: confirmationNumber(scenario, base) });
    }
  return {
    screen: "home",
    accounts: scenario.accounts.map((a) => ({ email: a.email, password: a.password, firstName: a.firstName, lastName: a.lastName, createdHere: false, newsletter: false })),
    session: null,
    loggedOut: false,
    signup: emptySignup(),
    login: { email: "", errors: {} },
    draft: emptyDraft(),
    bookings,
    nextId,
    selected: null,
    downloads: [],
    flash: null,
  };
}

/** Whether a slot can still be booked: listed, not taken by others, not booked on the site. */
export function isFree(state: State, scenario: Scenario, day: string, time: string): boolean {
  const d = scenario.days.find((x) => x.date === day);
  if (!d || !d.slots.includes(time) || d.taken.includes(time)) return false;
  return !state.bookings.some((b) => b.status === "active" && b.day === day && b.time === time);
}

export function freeSlots(state: State, scenario: Scenario, day: string): string[] {
  const d = scenario.days.find((x) => x.date === day);
  return d ? d.slots.filter((t) => isFree(state, scenario, day, t)) : [];
}

/** The bookings of an account, in calendar order. */
export function bookingsOf(state: State, email: string): Booking[] {
  return state.bookings.filter((b) => sameEmail(b.email, email)).sort((a, b) => `${a.day} ${a.time}`.localeCompare(`${b.day} ${b.time}`));
}

export function currentAccount(state: State): Account | null {
  return state.session ? (state.accounts.find((a) => sameEmail(a.email, state.session!)) ?? null) : null;
}

/** The booking `id` if it belongs to the account logged in. */
export function ownBooking(state: State, id: string): Booking | null {
  const b = state.bookings.find((x) => x.id === id);
  return b && state.session && sameEmail(b.email, state.session) ? b : null;
}

export const receiptFile = (bookingId: string) => `confirmation-${bookingId}`;
