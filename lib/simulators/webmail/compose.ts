// Writing a message: the draft that "Répondre", "Répondre à tous" and "Transférer" prepare, the
// fields a compose form posts, and the webmail's own checks before sending. Pure.
import { fullDate } from "./dates";
import type { DraftAction, Person, Scenario } from "./schemas";
import { emptyDraft, type Draft, type Message, type SentRecord, type State } from "./state";
import { parseAddresses, sameAddress } from "./text";

export const FORWARD_LINE = "-------- Message transféré --------";

export function personText(p: Person): string {
  return p.name ? `${p.name} <${p.address}>` : p.address;
}

function quoted(message: Message): string {
  const lines = message.body.split("\n").map((l) => `> ${l}`);
  return `\n\nLe ${fullDate(message.date)}, ${personText(message.from)} a écrit :\n${lines.join("\n")}`;
}

function prefixed(prefix: string, subject: string): string {
  return subject.toLowerCase().startsWith(prefix.toLowerCase()) ? subject : `${prefix}${subject}`;
}

export function replyDraft(message: Message, all: boolean, owner: string): Draft {
  const draft = emptyDraft(all ? "replyAll" : "reply", message.id);
  const fromOwner = sameAddress(message.from.address, owner);
  const first: Person[] = message.replyTo ? [{ name: "", address: message.replyTo }] : fromOwner ? message.to : [message.from];
  const to: Person[] = [...first];
  const cc: Person[] = [];
  const add = (list: Person[], p: Person) => {
    if (sameAddress(p.address, owner)) return;
    if ([...to, ...cc].some((x) => sameAddress(x.address, p.address))) return;
    list.push(p);
  };
  if (all) {
    for (const p of message.to) add(to, p);
    for (const p of message.cc) add(cc, p);
  }
  draft.to = to.map(personText).join(", ");
  draft.cc = cc.map(personText).join(", ");
  draft.subject = prefixed("Re: ", message.subject);
  draft.body = quoted(message);
  return draft;
}

export function forwardDraft(message: Message): Draft {
  const draft = emptyDraft("forward", message.id);
  const header = [
    FORWARD_LINE,
    `De : ${personText(message.from)}`,
    `Date : ${fullDate(message.date)}`,
    `Objet : ${message.subject}`,
    `À : ${message.to.map(personText).join(", ")}`,
    ...(message.cc.length ? [`Cc : ${message.cc.map(personText).join(", ")}`] : []),
  ];
  draft.subject = prefixed("TR: ", message.subject);
  draft.body = `\n\n${header.join("\n")}\n\n${message.body}`;
  draft.attachments = message.attachments.map((a) => ({ ...a }));
  return draft;
}

/** The draft with the fields a compose form posted (a field that was not posted keeps its value). */
export function withFields(draft: Draft, action: DraftAction): Draft {
  const next: Draft = { ...draft };
  if (action.to !== undefined) next.to = action.to;
  if (action.cc !== undefined) next.cc = action.cc;
  if (action.bcc !== undefined) next.bcc = action.bcc;
  if (action.subject !== undefined) next.subject = action.subject;
  if (action.body !== undefined) next.body = action.body.replace(/\r\n?/g, "\n");
  return next;
}

function invalidMessage(invalid: string[]): string {
  const list = invalid.map((x) => `« ${x} »`).join(", ");
  return invalid.length === 1
    ? `Cette adresse n'est pas valide : ${list}. Une adresse s'écrit comme ceci : nom@exemple.fr.`
    : `Ces adresses ne sont pas valides : ${list}. Une adresse s'écrit comme ceci : nom@exemple.fr.`;
}

/**
 * "Envoyer": the webmail's checks (a recipient in À, valid addresses, a subject or the choice to
 * send without one), then the message goes to "Envoyés" and into the record of sent messages.
 */
export function send(state: State, draft: Draft, scenario: Scenario, withoutSubject: boolean): State {
  const to = parseAddresses(draft.to, scenario.contacts);
  const cc = parseAddresses(draft.cc, scenario.contacts);
  const bcc = parseAddresses(draft.bcc, scenario.contacts);
  const errors: Draft["errors"] = {};
  if (to.invalid.length) errors.to = invalidMessage(to.invalid);
  else if (to.addresses.length === 0) errors.to = "Indiquez au moins un destinataire dans le champ « À ».";
  if (cc.invalid.length) errors.cc = invalidMessage(cc.invalid);
  if (bcc.invalid.length) errors.bcc = invalidMessage(bcc.invalid);
  if (Object.keys(errors).length) return { ...state, draft: { ...draft, errors, noSubjectWarning: false } };
  if (!draft.subject.trim() && !withoutSubject) return { ...state, draft: { ...draft, errors: {}, noSubjectWarning: true } };

  const counter = state.counter + 1;
  const id = `s${counter}`;
  const record: SentRecord = {
    id,
    to: to.addresses,
    cc: cc.addresses,
    bcc: bcc.addresses,
    subject: draft.subject.trim(),
    body: draft.body,
    ownText: ownText(draft.body),
    attachments: draft.attachments.map((a) => a.name),
    replyTo: draft.mode === "reply" || draft.mode === "replyAll" ? draft.of : null,
    forwardOf: draft.mode === "forward" ? draft.of : null,
  };
  const person = (address: string): Person => ({ name: scenario.contacts.find((c) => sameAddress(c.address, address))?.name ?? "", address });
  const message: Message = {
    id,
    folder: "sent",
    previousFolder: null,
    from: { name: scenario.owner.name, address: scenario.owner.address },
    to: record.to.map(person),
    cc: record.cc.map(person),
    bcc: record.bcc.map(person),
    replyTo: null,
    subject: record.subject,
    date: scenario.now,
    body: draft.body,
    attachments: draft.attachments.map((a) => ({ ...a })),
    link: null,
    read: true,
    draft: null,
  };
  const messages = state.messages.map((m) => (draft.savedAs && m.id === draft.savedAs ? { ...m, folder: "deleted" as const } : m));
  return {
    ...state,
    messages: [...messages, message],
    sent: [...state.sent, record],
    draft: null,
    counter,
    flash: "Votre message a été envoyé.",
  };
}

/** The body without what "Répondre" quoted ("> " lines and their "… a écrit :" line) or "Transférer" copied. */
export function ownText(body: string): string {
  const cut = body.indexOf(FORWARD_LINE);
  const mine = cut >= 0 ? body.slice(0, cut) : body;
  return mine
    .split("\n")
    .filter((l) => !l.trimStart().startsWith(">") && !/a écrit\s*:\s*$/.test(l))
    .join("\n")
    .trim();
}

/** "Enregistrer le brouillon": the draft becomes (or updates) a message of "Brouillons". */
export function saveDraft(state: State, draft: Draft, scenario: Scenario): State {
  const counter = draft.savedAs ? state.counter : state.counter + 1;
  const id = draft.savedAs ?? `d${counter}`;
  const saved: Draft = { ...draft, savedAs: id, picking: false, errors: {}, noSubjectWarning: false };
  const lax = (raw: string) => parseAddresses(raw, scenario.contacts).addresses.map((address) => ({ name: "", address }));
  const message: Message = {
    id,
    folder: "drafts",
    previousFolder: null,
    from: { name: scenario.owner.name, address: scenario.owner.address },
    to: lax(draft.to),
    cc: lax(draft.cc),
    bcc: lax(draft.bcc),
    replyTo: null,
    subject: draft.subject.trim(),
    date: scenario.now,
    body: draft.body,
    attachments: draft.attachments.map((a) => ({ ...a })),
    link: null,
    read: true,
    draft: saved,
  };
  const others = state.messages.filter((m) => m.id !== id);
  return { ...state, messages: [...others, message], draft: null, counter, flash: "Votre brouillon est enregistré dans le dossier « Brouillons »." };
}
