// The explorer's screens as plain HTML: a window with the address bar (where am I), the search
// field, the folder tree on the side, the toolbar and the list of the folder's contents; the
// bin; the viewer of an opened file. Every button posts a form; nothing needs JavaScript. Pure.
import { html, type Html } from "../html";
import type { RenderContext, RenderedPage } from "../types";
import { postForm, renderDialog } from "./dialogs";
import { ICON_DEFS, icon } from "./icons";
import { formatDate, formatDateLong, formatSize, iconOf, typeInWords } from "./names";
import { ROOT, TRASH, type Scenario } from "./schemas";
import { ancestry, childrenOf, liveItem, placeName, trashedItems, visibleItems, type Item, type State } from "./state";

type Ctx = RenderContext<State, Scenario>;

const APP = "Explorateur de fichiers";

export function render(ctx: Ctx): RenderedPage {
  const { state, scenario } = ctx;
  const viewing = state.viewing ? liveItem(state, state.viewing) : undefined;
  if (viewing) return { title: `${viewing.name} – ${APP}`, body: viewer(ctx, viewing) };
  const where = placeName(state, scenario, state.place);
  return { title: `${where} – ${APP}`, body: explorer(ctx, where) };
}

function kindIcon(item: Item): Html {
  return icon(item.kind === "folder" ? "folder" : iconOf(item.name));
}

function typeOf(item: Item): string {
  return item.kind === "folder" ? "Dossier de fichiers" : (item.type ?? typeInWords(item.name));
}

function dateCell(iso: string): Html {
  const machine = iso.length === 10 ? iso : iso.replace("T", " ");
  return html`<time datetime="${machine}">${formatDate(iso)}</time>`;
}

/** "Ce PC › Documents › Factures", every part but the last a button that opens it. */
function addressBar(ctx: Ctx, where: string): Html {
  const { state, scenario } = ctx;
  const parts: { id: string; name: string }[] = [{ id: ROOT, name: scenario.rootName }];
  if (state.place === TRASH) parts.push({ id: TRASH, name: "Corbeille" });
  else if (state.place !== ROOT) for (const f of ancestry(state, state.place)) parts.push({ id: f.id, name: f.name });
  const crumbs = parts.map((p, i) =>
    i === parts.length - 1
      ? html`<li><span class="fx-crumb-current" aria-current="location">${p.name}</span></li>`
      : html`<li><button class="sim-link-button" type="submit" name="folder" value="${p.id}">${p.name}</button><span class="fx-sep" aria-hidden="true">›</span></li>`,
  );
  const search =
    state.place === TRASH
      ? null
      : html`<form method="post" action="${ctx.actionUrl}" role="search" class="fx-search">${ctx.formFields}<input type="hidden" name="op" value="search">
<label for="fx-q">Rechercher dans « ${where} »</label>
<span class="fx-search-row"><input type="search" id="fx-q" name="q" value="${state.search ?? ""}" maxlength="200" autocomplete="off"><button class="sim-button" type="submit">Rechercher</button></span>
</form>`;
  return html`<div class="fx-address">
<nav class="fx-crumbs" aria-label="Adresse du dossier affiché">${postForm(ctx, "openFolder", html`<ol>${crumbs}</ol>`)}</nav>
${search}
</div>`;
}

/** The navigation pane: the computer, every folder (indented), the bin. */
function folderPane(ctx: Ctx): Html {
  const { state, scenario } = ctx;
  const button = (id: string, name: string, ic: Html) =>
    html`<button type="submit" class="fx-tree-button" name="folder" value="${id}"${state.place === id ? html` aria-current="true"` : null}>${ic}<span>${name}</span></button>`;
  const branch = (parent: string): Html | null => {
    const folders = childrenOf(state, parent).filter((i) => i.kind === "folder");
    if (folders.length === 0) return null;
    return html`<ul>${folders.map((f) => html`<li>${button(f.id, f.name, icon("folder"))}${branch(f.id)}</li>`)}</ul>`;
  };
  return html`<nav class="sim-sidebar fx-pane" aria-label="Dossiers">${postForm(
    ctx,
    "openFolder",
    html`<ul class="fx-tree"><li>${button(ROOT, scenario.rootName, icon("pc"))}${branch(ROOT)}</li><li>${button(TRASH, "Corbeille", icon("trash"))}</li></ul>`,
  )}</nav>`;
}

function notice(state: State): Html | null {
  const n = state.notice;
  if (!n) return null;
  return html`<p class="sim-notice sim-notice--${n.tone}" role="${n.tone === "error" ? "alert" : "status"}">${n.text}</p>`;
}

function toolbar(ctx: Ctx): Html {
  const { state } = ctx;
  const selected = state.selected ? visibleItems(state).find((i) => i.id === state.selected) : undefined;
  const canCreate = state.place !== ROOT && state.place !== TRASH;
  const create = canCreate
    ? postForm(ctx, "newFolderStart", html`<button class="sim-button" type="submit">${icon("folder")} Nouveau dossier</button>`)
    : null;
  if (!selected)
    return html`<div class="fx-toolbar"><p class="fx-selection sim-muted">Cliquez sur un nom pour choisir un fichier ou un dossier.</p><div class="sim-actions">${create}</div></div>`;
  const b = (op: string, label: string, extra = "") =>
    html`<button class="sim-button${extra}" type="submit" name="op" value="${op}">${label}</button>`;
  const download =
    selected.kind === "file" && selected.attachment
      ? html`<a class="sim-button" href="${ctx.downloadUrl(selected.id)}" download>Télécharger</a>`
      : null;
  return html`<div class="fx-toolbar">
<p class="fx-selection" id="fx-selection">Élément choisi : <strong>${selected.name}</strong></p>
<div class="sim-actions" role="group" aria-labelledby="fx-selection">
<form method="post" action="${ctx.actionUrl}" class="fx-actions">${ctx.formFields}<input type="hidden" name="item" value="${selected.id}">
${b("open", "Ouvrir", " sim-button--primary")}${b("renameStart", "Renommer")}${b("moveStart", "Déplacer vers…")}${b("delete", "Supprimer", " sim-button--danger")}
</form>
${download}${create}
</div>
</div>`;
}

function listTable(ctx: Ctx, where: string): Html {
  const { state } = ctx;
  const searching = state.search !== null;
  const items = visibleItems(state);
  const count = `${items.length} élément${items.length > 1 ? "s" : ""}`;
  const heading = searching
    ? html`<div class="fx-list-head"><h2 id="fx-list-title">Résultats pour « ${state.search} » dans « ${where} » : ${count}</h2>${postForm(
        ctx,
        "clearSearch",
        html`<button class="sim-button" type="submit">Effacer la recherche</button>`,
      )}</div>`
    : html`<h2 id="fx-list-title" class="visually-hidden">Contenu de « ${where} »</h2>`;
  if (items.length === 0)
    return html`${heading}<p class="fx-empty">${searching ? "Aucun élément ne correspond à votre recherche." : "Ce dossier est vide."}</p>`;
  const rows = items.map((i) => {
    const sel = state.selected === i.id;
    const folder = searching ? ancestry(state, i.parent).map((a) => a.name).join(" › ") || ctx.scenario.rootName : null;
    return html`<tr${sel ? html` class="fx-row--selected"` : null}>
<td><button type="submit" name="item" value="${i.id}" class="fx-name" aria-pressed="${sel ? "true" : "false"}">${kindIcon(i)}<span>${i.name}</span></button></td>
${searching ? html`<td>${folder}</td>` : null}<td class="fx-date">${dateCell(i.modified)}</td><td>${typeOf(i)}</td><td class="fx-size">${i.kind === "file" && i.ko !== undefined ? formatSize(i.ko) : ""}</td>
</tr>`;
  });
  return html`${heading}
${postForm(
  ctx,
  "select",
  html`<table class="fx-list" aria-labelledby="fx-list-title">
<thead><tr><th scope="col">Nom</th>${searching ? html`<th scope="col">Dossier</th>` : null}<th scope="col">Modifié le</th><th scope="col">Type</th><th scope="col" class="fx-size">Taille</th></tr></thead>
<tbody>${rows}</tbody>
</table>`,
)}
<p class="fx-status sim-muted">${count}${state.selected && items.some((i) => i.id === state.selected) ? " · 1 élément sélectionné" : ""}</p>`;
}

function trashList(ctx: Ctx): Html {
  const { state, scenario } = ctx;
  const items = trashedItems(state);
  if (items.length === 0) return html`<h2 class="visually-hidden">Contenu de la Corbeille</h2><p class="fx-empty">La Corbeille est vide.</p>`;
  const rows = items.map((i) => {
    const origin = i.parent === ROOT ? scenario.rootName : ancestry(state, i.parent).map((a) => a.name).join(" › ");
    return html`<tr><td><span class="fx-name fx-name--static">${kindIcon(i)}<span>${i.name}</span></span></td><td>${origin}</td><td>${typeOf(i)}</td><td class="fx-size">${
      i.kind === "file" && i.ko !== undefined ? formatSize(i.ko) : ""
    }</td><td><button class="sim-button" type="submit" name="item" value="${i.id}">Restaurer<span class="visually-hidden"> « ${i.name} »</span></button></td></tr>`;
  });
  return html`<h2 id="fx-list-title" class="visually-hidden">Contenu de la Corbeille</h2>
<p class="sim-muted">Les éléments supprimés restent ici. « Restaurer » les remet dans leur dossier d'origine.</p>
${postForm(
  ctx,
  "restore",
  html`<table class="fx-list" aria-labelledby="fx-list-title">
<thead><tr><th scope="col">Nom</th><th scope="col">Emplacement d'origine</th><th scope="col">Type</th><th scope="col" class="fx-size">Taille</th><th scope="col">Action</th></tr></thead>
<tbody>${rows}</tbody>
</table>`,
)}`;
}

function explorer(ctx: Ctx, where: string): Html {
  const { state } = ctx;
  const inTrash = state.place === TRASH;
  return html`${ICON_DEFS}<a class="fx-skip" href="#fx-main">Aller à la liste des fichiers</a><div class="sim-window fx-window">
<div class="sim-window__bar fx-bar"><h1 class="fx-title">${icon(inTrash ? "trash" : state.place === ROOT ? "pc" : "folder")} ${where}<span class="visually-hidden"> – ${APP}</span></h1></div>
${addressBar(ctx, where)}
<div class="sim-columns fx-columns">
${folderPane(ctx)}
<main class="sim-main fx-main" id="fx-main" tabindex="-1">
${notice(state)}
${renderDialog(ctx, where)}
${inTrash || state.dialog ? null : toolbar(ctx)}
${inTrash ? trashList(ctx) : listTable(ctx, where)}
</main>
</div>
</div>`;
}

function viewer(ctx: Ctx, file: Item): Html {
  const { state, scenario } = ctx;
  const place = [scenario.rootName, ...ancestry(state, file.parent).map((a) => a.name)].join(" › ");
  const content =
    file.text !== undefined
      ? html`<pre class="fx-text">${file.text}</pre>`
      : html`<p>${file.description ?? "Pas d'aperçu possible pour ce type de fichier."}</p>`;
  const facts = [typeOf(file), file.ko !== undefined ? formatSize(file.ko) : null, `modifié le ${formatDateLong(file.modified)}`].filter(Boolean).join(" · ");
  return html`<div class="sim-window fx-window">
<div class="sim-window__bar fx-bar"><h1 class="fx-title">${kindIcon(file)} ${file.name}</h1></div>
<main class="sim-window__body fx-viewer">
${notice(state)}
<p class="sim-muted">${facts}</p>
<p class="sim-muted">Emplacement : ${place}</p>
<div class="fx-page" role="region" aria-label="Contenu du fichier" tabindex="0">${content}</div>
<div class="sim-actions">
${postForm(ctx, "closeViewer", html`<button class="sim-button sim-button--primary" type="submit">Fermer</button>`)}
${file.attachment ? html`<a class="sim-button" href="${ctx.downloadUrl(file.id)}" download>Télécharger</a>` : null}
</div>
</main>
</div>${ICON_DEFS}`;
}

