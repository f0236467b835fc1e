// Whether the final state of the booking site shows what the challenge asked. Read from the
// state only: every check of the goal must hold. Pure.
import type { Goal, Scenario } from "./schemas";
import { type State, bookingsOf, sameEmail } from "./state";

/** Trim, lower case, no accents, single spaces. */
export function looseText(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").trim().toLowerCase().replace(/\s+/g, " ");
}

export function reachesGoal(goal: Goal, state: State, scenario: Scenario): boolean {
  const email = goal.account ?? scenario.learner.email;
  const mine = bookingsOf(state, email);
  const active = mine.filter((b) => b.status === "active");

  if (goal.accountCreated) {
    const want = goal.accountCreated;
    const created = state.accounts.find((a) => a.createdHere && sameEmail(a.email, want.email));
    if (!created) return false;
    if (want.firstName !== undefined && looseText(created.firstName) !== looseText(want.firstName)) return false;
    if (want.lastName !== undefined && looseText(created.lastName) !== looseText(want.lastName)) return false;
    if (want.newsletter !== undefined && created.newsletter !== want.newsletter) return false;
  }

  if (goal.loggedIn !== undefined && (state.session !== null) !== goal.loggedIn) return false;
  if (goal.loggedOut && !(state.loggedOut && state.session === null)) return false;

  let booked = null;
  if (goal.booked) {
    const { reason, day, time } = goal.booked;
    const sameReason = active.filter((b) => b.reason === reason);
    if (sameReason.length !== 1 || sameReason[0]!.day !== day || sameReason[0]!.time !== time) return false;
    booked = sameReason[0]!;
  }

  if (goal.activeBookings !== undefined && active.length !== goal.activeBookings) return false;

  if (goal.cancelled) {
    const { reason, day, time } = goal.cancelled;
    const matches = (b: (typeof mine)[number]) => b.day === day && b.time === time && (reason === undefined || b.reason === reason);
    if (!mine.some((b) => b.status === "cancelled" && matches(b))) return false;
    if (active.some(matches)) return false;
  }

  if (goal.receiptDownloaded) {
    if (booked) {
      if (!state.downloads.includes(booked.id)) return false;
    } else if (!mine.some((b) => state.downloads.includes(b.id))) return false;
  }

  return true;
}
