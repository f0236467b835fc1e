// The explorer's small windows, shown above the list: rename an item, move it to another
// folder (a list of folders as radio buttons), create a folder. Each is a plain form; the
// computer's refusals are shown next to the field they concern. Pure.
import { html, type Html } from "../html";
import type { RenderContext } from "../types";
import { icon } from "./icons";
import { extensionOf } from "./names";
import type { Scenario } from "./schemas";
import { ancestry, folderTree, isInside, itemById, type Dialog, type State } from "./state";

type Ctx = RenderContext<State, Scenario>;

function form(ctx: Ctx, op: string, body: Html | Html[], extra?: Record<string, string>): Html {
  return html`<form method="post" action="${ctx.actionUrl}">${ctx.formFields}<input type="hidden" name="op" value="${op}">${Object.entries(
    extra ?? {},
  ).map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}">`)}${body}</form>`;
}

/** The form that closes the small window; its button sits next to the others, through the `form` attribute. */
function cancelForm(ctx: Ctx): Html {
  return html`<form method="post" action="${ctx.actionUrl}" id="fx-cancel-form">${ctx.formFields}<input type="hidden" name="op" value="cancel"></form>`;
}

const CANCEL = html`<button class="sim-button" type="submit" form="fx-cancel-form">Annuler</button>`;

function errorMessage(id: string, text: string | null): Html | null {
  return text ? html`<p class="sim-error" id="${id}" role="alert">${text}</p>` : null;
}

function nameField(opts: { label: string; draft: string; error: string | null; describedBy: string[] }): Html {
  const describedBy = [...(opts.error ? ["fx-name-error"] : []), ...opts.describedBy];
  return html`<div class="sim-field${opts.error ? " sim-field--error" : ""}">
<label for="fx-name">${opts.label}</label>
${errorMessage("fx-name-error", opts.error)}
<input type="text" id="fx-name" name="name" value="${opts.draft}" maxlength="300" autocomplete="off" spellcheck="false" autofocus${
    opts.error ? html` aria-invalid="true"` : null
  }${describedBy.length ? html` aria-describedby="${describedBy.join(" ")}"` : null}>
</div>`;
}

function renameDialog(ctx: Ctx, d: Extract<Dialog, { kind: "rename" }>): Html {
  const item = itemById(ctx.state, d.item);
  const old = item?.name ?? "";
  const before = extensionOf(old);
  const after = extensionOf(d.draft);
  const change = !after
    ? `le nouveau nom n'a plus l'extension « .${before} »`
    : !before
      ? `vous ajoutez l'extension « .${after} » à la fin du nom`
      : `l'extension « .${before} » devient « .${after} »`;
  const warning = d.askExtension
    ? html`<div class="sim-notice sim-notice--error" id="fx-ext-warning" role="alert"><p>Attention : ${change}. Le fichier risque de ne plus s'ouvrir.</p><p>Voulez-vous vraiment changer l'extension ?</p></div>`
    : null;
  return html`<section class="fx-dialog" aria-labelledby="fx-dialog-title">
<h2 id="fx-dialog-title">Renommer « ${old} »</h2>
${form(
  ctx,
  "rename",
  html`${nameField({ label: "Nouveau nom", draft: d.draft, error: d.error, describedBy: d.askExtension ? ["fx-ext-warning"] : [] })}
${warning}
<div class="sim-actions"><button class="sim-button sim-button--primary" type="submit">Renommer</button>${
    d.askExtension ? html`<button class="sim-button" type="submit" name="confirm" value="1">Oui, changer l'extension</button>` : null
  }${CANCEL}</div>`,
  { item: d.item },
)}
${cancelForm(ctx)}
</section>`;
}

function moveDialog(ctx: Ctx, d: Extract<Dialog, { kind: "move" }>): Html {
  const state = ctx.state;
  const item = itemById(state, d.item);
  const name = item?.name ?? "";
  const choices = folderTree(state).filter((f) => !isInside(state, f.item.id, d.item));
  const options = choices.map(({ item: f, depth }) => {
    const inputId = `fx-dest-${choices.findIndex((c) => c.item.id === f.id)}`;
    const above = ancestry(state, f.id).slice(0, -1);
    return html`<div class="sim-choice fx-depth-${Math.min(depth, 6)}"><input type="radio" name="dest" id="${inputId}" value="${f.id}"${
      d.error ? html` aria-describedby="fx-dest-error"` : null
    }><label for="${inputId}">${icon("folder")}${f.name}${
      above.length ? html`<span class="visually-hidden"> (dans ${above.map((a) => a.name).join(" › ")})</span>` : null
    }${item && f.id === item.parent ? html` <span class="sim-muted">(dossier actuel)</span>` : null}</label></div>`;
  });
  return html`<section class="fx-dialog" aria-labelledby="fx-dialog-title">
<h2 id="fx-dialog-title">Déplacer « ${name} »</h2>
${form(
  ctx,
  "move",
  html`${errorMessage("fx-dest-error", d.error)}
<fieldset class="sim-fieldset${d.error ? " fx-fieldset--error" : ""}">
<legend class="sim-legend">Dans quel dossier voulez-vous mettre « ${name} » ?</legend>
${options}
</fieldset>
<div class="sim-actions"><button class="sim-button sim-button--primary" type="submit">Déplacer</button>${CANCEL}</div>`,
  { item: d.item },
)}
${cancelForm(ctx)}
</section>`;
}

function newFolderDialog(ctx: Ctx, d: Extract<Dialog, { kind: "newFolder" }>, where: string): Html {
  return html`<section class="fx-dialog" aria-labelledby="fx-dialog-title">
<h2 id="fx-dialog-title">Nouveau dossier dans « ${where} »</h2>
${form(
  ctx,
  "newFolder",
  html`${nameField({ label: "Nom du nouveau dossier", draft: d.draft, error: d.error, describedBy: [] })}
<div class="sim-actions"><button class="sim-button sim-button--primary" type="submit">Créer le dossier</button>${CANCEL}</div>`,
)}
${cancelForm(ctx)}
</section>`;
}

export function renderDialog(ctx: Ctx, where: string): Html | null {
  const d = ctx.state.dialog;
  if (!d) return null;
  if (d.kind === "rename") return renameDialog(ctx, d);
  if (d.kind === "move") return moveDialog(ctx, d);
  return newFolderDialog(ctx, d, where);
}

export { form as postForm };
