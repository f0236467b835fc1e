// The screen for writing a message: À, Cc, Cci, Objet, Message, the attached files, the choice
// of a file among "Mes documents", and the webmail's own error messages. Every button of the
// form posts all the fields, so nothing typed is lost. Pure.
import { html, type Html } from "../html";
import type { Draft } from "./state";
import { clipIcon, fileIcon, flash, personShort, postForm, windowBar, type Ctx } from "./render-parts";
import { findMessage } from "./state";

const TITLES: Record<Draft["mode"], string> = { new: "Nouveau message", reply: "Répondre", replyAll: "Répondre à tous", forward: "Transférer" };

type FieldName = "to" | "cc" | "bcc";

function addressField(name: FieldName, label: string, hint: string, draft: Draft): Html {
  const error = draft.errors[name];
  const ids = `wm-${name}-hint${error ? ` wm-${name}-error` : ""}`;
  return html`<div class="sim-field${error ? " sim-field--error" : ""}">
<label for="wm-${name}">${label}</label>
<span class="sim-hint" id="wm-${name}-hint">${hint}</span>
${error ? html`<p class="sim-error" id="wm-${name}-error">${error}</p>` : null}
<input type="text" id="wm-${name}" name="${name}" value="${draft[name]}" autocomplete="off" spellcheck="false" aria-describedby="${ids}"${error ? html` aria-invalid="true"` : null}>
</div>`;
}

function errorSummary(draft: Draft): Html | null {
  const labels: Record<FieldName, string> = { to: "À", cc: "Cc", bcc: "Cci" };
  const entries = (Object.keys(labels) as FieldName[]).filter((k) => draft.errors[k]);
  if (entries.length === 0) return null;
  return html`<div class="sim-notice sim-notice--error" role="alert">
<p><strong>Le message n'est pas parti.</strong> Corrigez ${entries.length > 1 ? "ces champs" : "ce champ"} :</p>
<ul>${entries.map((k) => html`<li><a href="#wm-${k}">Champ « ${labels[k]} » : ${draft.errors[k]}</a></li>`)}</ul>
</div>`;
}

function noSubjectWarning(draft: Draft): Html | null {
  if (!draft.noSubjectWarning) return null;
  return html`<div class="sim-notice sim-notice--error" role="alert">
<p><strong>Votre message n'a pas d'objet.</strong> Écrivez un objet dans le champ « Objet », ou envoyez le message tel quel.</p>
<button type="submit" class="sim-button" name="op" value="send-no-subject">Envoyer sans objet</button>
</div>`;
}

function attachmentsBlock(ctx: Ctx, draft: Draft): Html {
  const list = draft.attachments.length
    ? html`<ul class="wm-attachments">${draft.attachments.map(
        (a) => html`<li class="wm-attached"><span class="wm-file">${fileIcon}<span>${a.name}</span>${a.size ? html` <span class="sim-muted">(${a.size})</span>` : null}</span>
<button type="submit" class="sim-button sim-button--danger wm-small" name="removeAttachment" value="${a.name}">Retirer<span class="visually-hidden"> ${a.name}</span></button></li>`,
      )}</ul>`
    : html`<p class="sim-muted">Aucun fichier joint.</p>`;
  const docs = ctx.scenario.documents;
  const picker = !draft.picking
    ? html`<button type="submit" class="sim-button" name="op" value="attach-open">${clipIcon} Joindre un fichier</button>`
    : html`<fieldset class="sim-fieldset wm-picker"${draft.errors.doc ? html` aria-describedby="wm-doc-error"` : null}>
<legend class="sim-legend">Choisir un fichier dans « Mes documents »</legend>
<p class="sim-hint">Dans cet exercice, vos fichiers sont dans la liste ci-dessous. Sur un vrai ordinateur, une fenêtre s'ouvre pour choisir le fichier.</p>
${draft.errors.doc ? html`<p class="sim-error" id="wm-doc-error">${draft.errors.doc}</p>` : null}
${docs.length
  ? docs.map(
      (d, i) =>
        html`<div class="sim-choice"><input type="radio" id="wm-doc-${i}" name="doc" value="${d.name}"><label for="wm-doc-${i}">${fileIcon} ${d.name}${d.size ? html` <span class="sim-muted">(${d.size})</span>` : null}</label></div>`,
    )
  : html`<p>Le dossier « Mes documents » est vide.</p>`}
<div class="sim-actions">
${docs.length ? html`<button type="submit" class="sim-button sim-button--primary" name="op" value="attach">Joindre ce fichier</button>` : null}
<button type="submit" class="sim-button" name="op" value="attach-cancel">Ne rien joindre</button>
</div>
</fieldset>`;
  return html`<fieldset class="sim-fieldset">
<legend class="sim-legend">Pièces jointes</legend>
${list}
${picker}
</fieldset>`;
}

function context(ctx: Ctx, draft: Draft): Html | null {
  if (!draft.of) return null;
  const m = findMessage(ctx.state, draft.of);
  if (!m) return null;
  const what = draft.mode === "forward" ? "Vous transférez le message" : "Vous répondez au message";
  return html`<p class="sim-muted">${what} « ${m.subject || "(sans objet)"} » de ${personShort(m.from)}.</p>`;
}

export function renderCompose(ctx: Ctx, draft: Draft): { title: string; body: Html } {
  const title = draft.savedAs && draft.mode === "new" ? "Brouillon" : TITLES[draft.mode];
  const contacts = ctx.scenario.contacts;
  const form = postForm(
    ctx,
    html`<button type="submit" class="visually-hidden" name="op" value="update" tabindex="-1" aria-hidden="true">Mettre à jour</button>
${errorSummary(draft)}
${noSubjectWarning(draft)}
${addressField("to", "À", "Les personnes à qui vous écrivez. Séparez les adresses par une virgule.", draft)}
${addressField("cc", "Cc", "Copie : les personnes que vous tenez au courant.", draft)}
${addressField("bcc", "Cci", "Copie cachée : les autres destinataires ne voient pas ces adresses.", draft)}
<div class="sim-field">
<label for="wm-subject">Objet</label>
<input type="text" id="wm-subject" name="subject" value="${draft.subject}" autocomplete="off">
</div>
<div class="sim-field">
<label for="wm-body">Message</label>
<textarea id="wm-body" name="body" rows="10">
${draft.body}</textarea>
</div>
${attachmentsBlock(ctx, draft)}
<div class="sim-actions">
<button type="submit" class="sim-button sim-button--primary" name="op" value="send">Envoyer</button>
<button type="submit" class="sim-button" name="op" value="save-draft">Enregistrer le brouillon</button>
<button type="submit" class="sim-button sim-button--danger" name="op" value="discard">Annuler</button>
</div>`,
    "wm-compose",
  );
  const book = contacts.length
    ? html`<aside class="wm-contacts" aria-labelledby="wm-contacts-title">
<h2 id="wm-contacts-title">Carnet d'adresses</h2>
<p class="sim-hint">Dans « À », « Cc » ou « Cci », vous pouvez écrire le nom d'un contact ou son adresse.</p>
<ul class="wm-contact-list">${contacts.map((c) => html`<li><span class="wm-name">${c.name}</span><br><span class="wm-address">${c.address}</span></li>`)}</ul>
</aside>`
    : null;
  return {
    title: `${title} – Messagerie`,
    body: html`<div class="sim-window wm">
${windowBar(ctx.scenario)}
<div class="sim-window__body sim-columns wm-columns">
<main class="sim-main wm-main">
${flash(ctx.state)}
<h1>${title}</h1>
${context(ctx, draft)}
${form}
</main>
${book}
</div>
</div>`,
  };
}
