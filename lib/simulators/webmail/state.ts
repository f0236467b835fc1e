// The webmail's state: every message with its folder, the screen shown, the message being
// written, and what the learner did that a goal may check. Plain JSON (stored by the framework). Pure.
import type { Folder, MessageAttachment, Person, Scenario } from "./schemas";

export type ComposeMode = "new" | "reply" | "replyAll" | "forward";

export type Attachment = { name: string; size: string; file: string | null };

/** A message being written: the raw text of its fields, as typed. */
export type Draft = {
  mode: ComposeMode;
  /** the message replied to or forwarded */
  of: string | null;
  /** the message of the "Brouillons" folder this draft was saved as */
  savedAs: string | null;
  to: string;
  cc: string;
  bcc: string;
  subject: string;
  body: string;
  attachments: Attachment[];
  /** the "Mes documents" list is shown */
  picking: boolean;
  errors: { to?: string; cc?: string; bcc?: string; doc?: string };
  /** "this message has no subject": the learner may send anyway */
  noSubjectWarning: boolean;
};

export type Message = {
  id: string;
  folder: Folder | "deleted";
  /** where "Restaurer" puts a message back from the trash */
  previousFolder: Folder | null;
  from: Person;
  to: Person[];
  cc: Person[];
  bcc: Person[];
  replyTo: string | null;
  subject: string;
  date: string;
  body: string;
  attachments: Attachment[];
  link: { text: string; url: string; look: "link" | "button"; pageTitle: string } | null;
  read: boolean;
  /** a message of "Brouillons": the draft it resumes */
  draft: Draft | null;
};

export type Screen =
  | { kind: "folder"; folder: Folder }
  | { kind: "message"; id: string }
  | { kind: "compose"; back: { kind: "folder"; folder: Folder } | { kind: "message"; id: string } }
  | { kind: "link"; id: string };

/** A message the learner sent: what goals check. */
export type SentRecord = {
  id: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  /** the text the learner wrote: the body without the quoted or forwarded message */
  ownText: string;
  attachments: string[];
  replyTo: string | null;
  forwardOf: string | null;
};

export type State = {
  screen: Screen;
  messages: Message[];
  draft: Draft | null;
  sent: SentRecord[];
  opened: string[];
  followedLinks: string[];
  reported: string[];
  downloaded: string[];
  /** a short confirmation shown once after an action ("Message envoyé.") */
  flash: string | null;
  /** numbering of the messages the learner creates (sent s1, s2…; drafts d1…) */
  counter: number;
};

export function toAttachment(a: MessageAttachment | { name: string; size?: string; file?: string }): Attachment {
  return { name: a.name, size: a.size ?? "", file: a.file ?? null };
}

export function emptyDraft(mode: ComposeMode, of: string | null): Draft {
  return { mode, of, savedAs: null, to: "", cc: "", bcc: "", subject: "", body: "", attachments: [], picking: false, errors: {}, noSubjectWarning: false };
}

export function initialState(scenario: Scenario): State {
  const messages: Message[] = scenario.messages.map((m) => {
    const message: Message = {
      id: m.id,
      folder: m.folder,
      previousFolder: m.folder === "trash" ? "inbox" : null,
      from: m.from,
      to: m.to,
      cc: m.cc,
      bcc: [],
      replyTo: m.replyTo ?? null,
      subject: m.subject,
      date: m.date,
      body: m.body,
      attachments: m.attachments.map(toAttachment),
      link: m.link ? { text: m.link.text, url: m.link.url, look: m.link.look, pageTitle: m.link.pageTitle ?? "" } : null,
      read: m.read ?? !(m.folder === "inbox" || m.folder === "spam"),
      draft: null,
    };
    if (m.folder === "drafts") {
      message.draft = {
        ...emptyDraft("new", null),
        savedAs: m.id,
        to: m.to.map((p) => p.address).join(", "),
        cc: m.cc.map((p) => p.address).join(", "),
        subject: m.subject,
        body: m.body,
        attachments: m.attachments.map(toAttachment),
      };
    }
    return message;
  });
  return {
    screen: { kind: "folder", folder: scenario.startFolder },
    messages,
    draft: null,
    sent: [],
    opened: [],
    followedLinks: [],
    reported: [],
    downloaded: [],
    flash: null,
    counter: 0,
  };
}

export function findMessage(state: State, id: string): Message | undefined {
  return state.messages.find((m) => m.id === id && m.folder !== "deleted");
}
