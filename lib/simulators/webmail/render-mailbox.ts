// The mailbox screens: the folders, a folder's list of messages, an open message, and the page
// a link of a message opens. Every action is a button in a form that posts. Pure.
import { html, type Html } from "../html";
import { fullDate, listDate } from "./dates";
import { downloadId } from "./reduce";
import type { Folder } from "./schemas";
import { FOLDERS } from "./schemas";
import type { Message } from "./state";
import { clipIcon, fileIcon, flash, FOLDER_NAMES, hidden, personLabel, personShort, postForm, windowBar, type Ctx } from "./render-parts";

function inFolder(ctx: Ctx, folder: Folder): Message[] {
  return ctx.state.messages.filter((m) => m.folder === folder).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

function unreadCount(ctx: Ctx, folder: Folder): number {
  return ctx.state.messages.filter((m) => m.folder === folder && !m.read).length;
}

function sidebar(ctx: Ctx, current: Folder | null): Html {
  const items = FOLDERS.map((f) => {
    const unread = f === "inbox" || f === "spam" ? unreadCount(ctx, f) : 0;
    return html`<li><button type="submit" class="wm-folder" name="folder" value="${f}"${f === current ? html` aria-current="true"` : null}>
<span>${FOLDER_NAMES[f]}</span>${unread > 0 ? html`<span class="wm-count">${unread}<span class="visually-hidden"> non lu${unread > 1 ? "s" : ""}</span></span>` : null}</button></li>`;
  });
  return html`<nav class="sim-sidebar wm-sidebar" aria-label="Dossiers">
${postForm(ctx, html`<button type="submit" class="sim-button sim-button--primary wm-new" name="op" value="compose">Nouveau message</button>`)}
${postForm(ctx, html`${hidden("op", "folder")}<ul class="wm-folders">${items}</ul>`)}
</nav>`;
}

function layout(ctx: Ctx, current: Folder | null, main: Html): Html {
  return html`<div class="sim-window wm">
${windowBar(ctx.scenario)}
<div class="sim-window__body sim-columns wm-columns">
${sidebar(ctx, current)}
<main class="sim-main wm-main">${flash(ctx.state)}${main}</main>
</div>
</div>`;
}

function row(ctx: Ctx, m: Message, folder: Folder): Html {
  const outgoing = folder === "sent" || folder === "drafts";
  const who = outgoing ? (m.to.length ? `À : ${m.to.map(personShort).join(", ")}` : "(pas de destinataire)") : personShort(m.from);
  return html`<li><button type="submit" class="wm-row${m.read ? "" : " wm-row--unread"}" name="message" value="${m.id}">
<span class="wm-row__from">${m.read ? null : html`<span class="wm-dot" aria-hidden="true"></span><span class="visually-hidden">Non lu : </span>`}${who}</span>
<span class="wm-row__subject">${m.subject || "(sans objet)"}</span>
<span class="wm-row__date">${m.attachments.length ? html`${clipIcon}<span class="visually-hidden">Avec pièce jointe, </span>` : null}${listDate(m.date, ctx.scenario.now)}</span>
</button></li>`;
}

const FOLDER_NOTES: Partial<Record<Folder, string>> = {
  spam: "Les messages de ce dossier sont effacés au bout de 30 jours.",
  trash: "Les messages de la corbeille sont effacés au bout de 30 jours.",
};

export function renderFolder(ctx: Ctx, folder: Folder): { title: string; body: Html } {
  const messages = inFolder(ctx, folder);
  const unread = messages.filter((m) => !m.read).length;
  const outgoing = folder === "sent" || folder === "drafts";
  const count =
    messages.length === 0
      ? "Ce dossier est vide."
      : `${messages.length} message${messages.length > 1 ? "s" : ""}${unread ? `, dont ${unread} non lu${unread > 1 ? "s" : ""}` : ""}.`;
  const main = html`<h1>${FOLDER_NAMES[folder]}</h1>
<p class="sim-muted">${count}${FOLDER_NOTES[folder] ? html` ${FOLDER_NOTES[folder]}` : null}</p>
${messages.length
    ? postForm(
        ctx,
        html`${hidden("op", "open")}<div class="wm-list-head" aria-hidden="true"><span>${outgoing ? "Destinataire" : "Expéditeur"}</span><span>Objet</span><span>Date</span></div>
<ul class="sim-list wm-list">${messages.map((m) => row(ctx, m, folder))}</ul>`,
      )
    : null}`;
  return { title: `${FOLDER_NAMES[folder]} – Messagerie`, body: layout(ctx, folder, main) };
}

function linkForm(ctx: Ctx, m: Message): Html | null {
  if (!m.link) return null;
  return postForm(
    ctx,
    html`${hidden("message", m.id)}<button type="submit" name="op" value="follow-link" class="${m.link.look === "button" ? "wm-mail-button" : "wm-mail-link"}" aria-describedby="wm-link-url">${m.link.text}</button><span class="wm-status" id="wm-link-url">${m.link.url}</span>`,
    "wm-link-form",
  );
}

function bodyParts(ctx: Ctx, m: Message): Html {
  const paragraphs = m.body.split(/\n\s*\n/).map((p) => p.replace(/^\n+|\n+$/g, "")).filter((p) => p.trim() !== "");
  let linkShown = false;
  const rendered = paragraphs.map((p) => {
    const lines = p.split("\n").map((line, i) => {
      const pieces = line.split("[lien]");
      const content = pieces.map((piece, j) => {
        if (j === 0) return html`${piece}`;
        linkShown = true;
        return html`${linkForm(ctx, m)}${piece}`;
      });
      return html`${i > 0 ? html`<br>` : null}${content}`;
    });
    return html`<div class="wm-para">${lines}</div>`;
  });
  return html`${rendered}${!linkShown && m.link ? html`<div class="wm-para">${linkForm(ctx, m)}</div>` : null}`;
}

function toolbar(ctx: Ctx, m: Message): Html {
  const b = (op: string, label: string, extra = "") => html`<button type="submit" class="sim-button${extra}" name="op" value="${op}">${label}</button>`;
  const folder = m.folder;
  const write = folder !== "drafts" ? [b("reply", "Répondre"), b("reply-all", "Répondre à tous"), b("forward", "Transférer")] : [];
  const sorting =
    folder === "trash"
      ? [b("restore", "Restaurer"), b("delete-forever", "Supprimer définitivement", " sim-button--danger")]
      : folder === "spam"
        ? [b("not-spam", "Ce n'est pas un courrier indésirable"), b("delete", "Supprimer", " sim-button--danger")]
        : folder === "sent"
          ? [b("delete", "Supprimer", " sim-button--danger")]
          : [b("delete", "Supprimer", " sim-button--danger"), b("spam", "Mettre dans le courrier indésirable"), b("report-phishing", "Signaler comme hameçonnage")];
  return postForm(
    ctx,
    html`${hidden("message", m.id)}<div class="sim-actions wm-toolbar">${b("back", "← Retour à la liste", " wm-back")}</div>
<div class="sim-actions wm-toolbar">${write}</div>
<div class="sim-actions wm-toolbar">${sorting}</div>`,
  );
}

export function renderMessage(ctx: Ctx, m: Message): { title: string; body: Html } {
  const header = (label: string, value: Html | string) => html`<div class="wm-header"><dt>${label}</dt><dd>${value}</dd></div>`;
  const list = (people: Message["to"]) => people.map((p, i) => html`${i > 0 ? ", " : null}${personLabel(p)}`);
  const attachments = m.attachments.length
    ? html`<section class="wm-attachment-box" aria-labelledby="wm-att-title"><h2 id="wm-att-title">${m.attachments.length} pièce${m.attachments.length > 1 ? "s" : ""} jointe${m.attachments.length > 1 ? "s" : ""}</h2>
<ul class="wm-attachments">${m.attachments.map((a, i) =>
        a.file
          ? html`<li><a class="wm-file" href="${ctx.downloadUrl(downloadId(m.id, i))}">${fileIcon}<span>${a.name}</span>${a.size ? html` <span class="sim-muted">(${a.size})</span>` : null}<span class="visually-hidden"> : télécharger</span></a></li>`
          : html`<li><span class="wm-file">${fileIcon}<span>${a.name}</span>${a.size ? html` <span class="sim-muted">(${a.size})</span>` : null}</span></li>`,
      )}</ul></section>`
    : null;
  const folder = m.folder === "deleted" ? null : m.folder;
  const main = html`${toolbar(ctx, m)}
<article class="wm-message">
<h1 class="wm-subject">${m.subject || "(sans objet)"}</h1>
<dl class="wm-headers">
${header("De", personLabel(m.from))}
${m.replyTo ? header("Répondre à", m.replyTo) : null}
${m.to.length ? header("À", html`${list(m.to)}`) : null}
${m.cc.length ? header("Cc", html`${list(m.cc)}`) : null}
${m.bcc.length ? header("Cci", html`${list(m.bcc)}`) : null}
${header("Date", fullDate(m.date))}
</dl>
<div class="wm-body">${bodyParts(ctx, m)}</div>
${attachments}
</article>`;
  return { title: `${m.subject || "(sans objet)"} – Messagerie`, body: layout(ctx, folder, main) };
}

/** The page a link of a message opens: a plain page of the site, with a way back. */
export function renderLinkPage(ctx: Ctx, m: Message): { title: string; body: Html } {
  const link = m.link!;
  const title = link.pageTitle || "Connexion à votre espace";
  return {
    title: `${title} – Navigateur`,
    body: html`<div class="sim-window wm-site">
<div class="sim-window__bar"><span class="visually-hidden">Adresse de la page : </span><span class="sim-window__address">${link.url}</span></div>
<main class="sim-window__body wm-site__body">
<h1>${title}</h1>
<p>Pour continuer, identifiez-vous.</p>
<p class="sim-muted">La page est en cours de chargement…</p>
${postForm(ctx, html`<button type="submit" class="sim-button" name="op" value="back">Fermer cette page et revenir à la messagerie</button>`)}
</main>
</div>`,
  };
}
