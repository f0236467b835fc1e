// Applies one learner action to the webmail. Never throws: an action that makes no sense in the
// current state (a message that is not there, a draft field with no draft) changes nothing but
// the one-time confirmation. Pure.
import { forwardDraft, replyDraft, saveDraft, send, withFields } from "./compose";
import type { Action, DraftAction, Folder, Scenario } from "./schemas";
import { findMessage, toAttachment, type Draft, type Message, type Screen, type State } from "./state";

function addOnce(list: string[], value: string): string[] {
  return list.includes(value) ? list : [...list, value];
}

function setMessage(state: State, id: string, change: (m: Message) => Message): Message[] {
  return state.messages.map((m) => (m.id === id && m.folder !== "deleted" ? change(m) : m));
}

/** The list a message belongs to, shown after it leaves the screen. */
function folderScreen(state: State, fallback: Folder): Screen {
  if (state.screen.kind === "message") {
    const m = findMessage(state, state.screen.id);
    if (m && m.folder !== "deleted") return { kind: "folder", folder: m.folder };
  }
  if (state.screen.kind === "folder") return state.screen;
  return { kind: "folder", folder: fallback };
}

function move(state: State, id: string, to: Folder, flash: string): State {
  const m = findMessage(state, id);
  if (!m || m.folder === to || m.folder === "drafts" || (m.folder === "sent" && to === "spam")) return { ...state };
  const back = folderScreen(state, "inbox");
  const messages = setMessage(state, id, (x) => ({ ...x, folder: to, previousFolder: x.folder === "deleted" ? x.previousFolder : x.folder }));
  return { ...state, messages, screen: back, flash };
}

function composeBack(state: State): Extract<Screen, { kind: "compose" }>["back"] {
  if (state.screen.kind === "message") return { kind: "message", id: state.screen.id };
  if (state.screen.kind === "folder") return state.screen;
  if (state.screen.kind === "compose") return state.screen.back;
  return { kind: "folder", folder: "inbox" };
}

function startCompose(state: State, draft: Draft): State {
  return { ...state, draft, screen: { kind: "compose", back: composeBack(state) } };
}

/** The screen to go back to after writing, if it still makes sense. */
function afterCompose(state: State): Screen {
  if (state.screen.kind !== "compose") return state.screen;
  const back = state.screen.back;
  if (back.kind === "message") {
    const m = findMessage(state, back.id);
    return m ? back : { kind: "folder", folder: "inbox" };
  }
  return back;
}

function reduceDraft(state: State, action: DraftAction, scenario: Scenario): State {
  if (!state.draft || state.screen.kind !== "compose") return state;
  const draft = withFields(state.draft, action);
  switch (action.op) {
    case "update":
      return { ...state, draft };
    case "attach-open":
      return { ...state, draft: { ...draft, picking: true, errors: { ...draft.errors, doc: undefined } } };
    case "attach-cancel":
      return { ...state, draft: { ...draft, picking: false, errors: { ...draft.errors, doc: undefined } } };
    case "attach": {
      const doc = scenario.documents.find((d) => d.name === action.doc);
      if (!doc) return { ...state, draft: { ...draft, picking: true, errors: { ...draft.errors, doc: "Choisissez un fichier dans la liste." } } };
      const attachments = draft.attachments.some((a) => a.name === doc.name) ? draft.attachments : [...draft.attachments, toAttachment(doc)];
      return { ...state, draft: { ...draft, attachments, picking: false, errors: { ...draft.errors, doc: undefined } } };
    }
    case "remove-attachment":
      return { ...state, draft: { ...draft, attachments: draft.attachments.filter((a) => a.name !== action.attachment) } };
    case "send":
    case "send-no-subject": {
      const next = send(state, draft, scenario, action.op === "send-no-subject");
      return next.draft ? next : { ...next, screen: afterCompose(next) };
    }
    case "save-draft": {
      const next = saveDraft(state, draft, scenario);
      return { ...next, screen: afterCompose(next) };
    }
  }
}

export function reduce(previous: State, action: Action, scenario: Scenario): State {
  const state: State = { ...previous, flash: null };
  switch (action.op) {
    case "folder":
      return { ...state, screen: { kind: "folder", folder: action.folder }, draft: null };
    case "open": {
      const m = findMessage(state, action.message);
      if (!m) return state;
      if (m.folder === "drafts" && m.draft) return startCompose(state, { ...m.draft, savedAs: m.id });
      return {
        ...state,
        messages: setMessage(state, m.id, (x) => ({ ...x, read: true })),
        opened: addOnce(state.opened, m.id),
        screen: { kind: "message", id: m.id },
      };
    }
    case "back": {
      if (state.screen.kind === "link") return { ...state, screen: findMessage(state, state.screen.id) ? { kind: "message", id: state.screen.id } : { kind: "folder", folder: "inbox" } };
      return { ...state, screen: folderScreen(state, "inbox") };
    }
    case "compose":
      return startCompose(state, { mode: "new", of: null, savedAs: null, to: "", cc: "", bcc: "", subject: "", body: "", attachments: [], picking: false, errors: {}, noSubjectWarning: false });
    case "reply":
    case "reply-all":
    case "forward": {
      const m = findMessage(state, action.message);
      if (!m || m.folder === "drafts") return state;
      const draft = action.op === "forward" ? forwardDraft(m) : replyDraft(m, action.op === "reply-all", scenario.owner.address);
      return startCompose(state, draft);
    }
    case "delete":
      return move(state, action.message, "trash", "Le message a été placé dans la corbeille.");
    case "spam":
      return move(state, action.message, "spam", "Le message a été placé dans le dossier « Courrier indésirable ».");
    case "report-phishing": {
      const moved = move(state, action.message, "spam", "Merci pour votre signalement. Le message a été placé dans le dossier « Courrier indésirable ».");
      const m = findMessage(state, action.message);
      return m && m.folder !== "drafts" && m.folder !== "sent" ? { ...moved, reported: addOnce(state.reported, m.id), flash: moved.flash ?? "Merci pour votre signalement." } : moved;
    }
    case "not-spam": {
      const m = findMessage(state, action.message);
      if (!m || m.folder !== "spam") return state;
      return move(state, m.id, "inbox", "Le message a été remis dans la boîte de réception.");
    }
    case "restore": {
      const m = findMessage(state, action.message);
      if (!m || m.folder !== "trash") return state;
      const to = m.previousFolder && m.previousFolder !== "trash" ? m.previousFolder : "inbox";
      const names: Record<Folder, string> = { inbox: "la boîte de réception", sent: "le dossier « Envoyés »", drafts: "le dossier « Brouillons »", spam: "le dossier « Courrier indésirable »", trash: "la corbeille" };
      return move(state, m.id, to, `Le message a été remis dans ${names[to]}.`);
    }
    case "delete-forever": {
      const m = findMessage(state, action.message);
      if (!m || m.folder !== "trash") return state;
      const back = folderScreen(state, "trash");
      return { ...state, messages: setMessage(state, m.id, (x) => ({ ...x, folder: "deleted" })), screen: back, flash: "Le message a été supprimé définitivement." };
    }
    case "follow-link": {
      const m = findMessage(state, action.message);
      if (!m || !m.link) return state;
      return { ...state, followedLinks: addOnce(state.followedLinks, m.id), screen: { kind: "link", id: m.id } };
    }
    case "download": {
      const found = findDownload(state, action.file);
      return found ? { ...state, downloaded: addOnce(state.downloaded, found.name) } : state;
    }
    case "discard":
      if (state.screen.kind !== "compose") return state;
      return { ...state, draft: null, screen: afterCompose(state) };
    default:
      return reduceDraft(state, action, scenario);
  }
}

/** Download ids are "<message id>:<attachment number>", e.g. "m2:1". */
export function downloadId(messageId: string, index: number): string {
  return `${messageId}:${index + 1}`;
}

export function findDownload(state: State, file: string): { name: string; file: string | null } | null {
  const match = /^([A-Za-z0-9_-]+):(\d+)$/.exec(file);
  if (!match) return null;
  const m = findMessage(state, match[1]!);
  const a = m?.attachments[Number(match[2]) - 1];
  return a ? { name: a.name, file: a.file } : null;
}
