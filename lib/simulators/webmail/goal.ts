// Whether the final state of the webmail reaches a challenge's goal. Read from the state only. Pure.
import type { Goal } from "./schemas";
import { findMessage, type SentRecord, type State } from "./state";
import { normalize } from "./text";

type Expected = NonNullable<Goal["sent"]>[number];

function sameSet(actual: readonly string[], expected: readonly string[] | undefined, key: (s: string) => string): boolean {
  const a = new Set(actual.map(key));
  const e = new Set((expected ?? []).map(key));
  return a.size === e.size && [...e].every((x) => a.has(x));
}

const addressKey = (s: string) => s.trim().toLowerCase();

function includesAll(text: string, parts: readonly string[] | undefined): boolean {
  const t = normalize(text);
  return (parts ?? []).every((p) => t.includes(normalize(p)));
}

export function matches(sent: SentRecord, expected: Expected): boolean {
  return (
    sameSet(sent.to, expected.to, addressKey) &&
    sameSet(sent.cc, expected.cc, addressKey) &&
    sameSet(sent.bcc, expected.bcc, addressKey) &&
    sameSet(sent.attachments, expected.attachments, normalize) &&
    includesAll(sent.subject, expected.subjectIncludes) &&
    includesAll(sent.ownText, expected.bodyIncludes) &&
    (expected.bodyNotEmpty === undefined || (sent.ownText !== "") === expected.bodyNotEmpty) &&
    (expected.replyTo === undefined || sent.replyTo === expected.replyTo) &&
    (expected.forwardOf === undefined || sent.forwardOf === expected.forwardOf)
  );
}

export function reachesGoal(goal: Goal, state: State): boolean {
  if (goal.sent) {
    const expected = goal.sent;
    if (!expected.every((e) => state.sent.some((s) => matches(s, e)))) return false;
    if (!goal.allowOtherSent && !state.sent.every((s) => expected.some((e) => matches(s, e)))) return false;
  }
  if (goal.inFolder) {
    for (const [folder, ids] of Object.entries(goal.inFolder)) {
      if (!(ids ?? []).every((id) => findMessage(state, id)?.folder === folder)) return false;
    }
  }
  if (goal.followedLink !== undefined && (state.followedLinks.length > 0) !== goal.followedLink) return false;
  if (goal.opened && !goal.opened.every((id) => state.opened.includes(id))) return false;
  if (goal.downloaded && !goal.downloaded.every((name) => state.downloaded.some((d) => normalize(d) === normalize(name)))) return false;
  if (goal.reported && !goal.reported.every((id) => state.reported.includes(id))) return false;
  return true;
}
