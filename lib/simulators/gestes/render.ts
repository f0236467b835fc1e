// Gestes: the exercise page, plain HTML. The gesture itself is measured by
// /simulateurs/gestes.js, which reads the data-* attributes below and posts each gesture; the
// page also says plainly that without JavaScript the exercise is not counted. Pure.
import { html, type Html } from "../html";
import type { RenderContext, RenderedPage } from "../types";
import type { Scenario, State } from "./schemas";
import { iconKinds } from "./schemas";

type Ctx = RenderContext<State, Scenario>;
type Kind = (typeof iconKinds)[number];

export const DONE_TEXT = "C'est fait. Cliquez sur « Je valide » sous l'exercice.";

const HOW_TO: Record<Scenario["exercise"], string[]> = {
  click: ["Avec la souris : cliquez sur le bouton.", "Avec le clavier : appuyez sur Tab jusqu'au bouton, puis sur Entrée."],
  dblclick: [
    "Avec la souris : double-cliquez sur l'icône (deux clics rapides, sans bouger).",
    "Avec le clavier : appuyez sur Tab jusqu'à l'icône, puis sur Entrée.",
  ],
  drag: [
    "Avec la souris : appuyez sur un élément, gardez le bouton enfoncé, amenez l'élément sur la bonne case, puis relâchez.",
    "Avec le clavier : allez sur l'élément avec Tab, appuyez sur Espace pour le prendre, allez sur la case avec Tab, puis appuyez sur Espace pour le déposer. Échap annule.",
  ],
  scroll: [
    "Avec la souris : faites défiler la page avec la molette ou la barre de défilement, puis cliquez sur le bouton.",
    "Avec le clavier : allez dans la page avec Tab, descendez avec la touche Pg Suiv ou la flèche vers le bas, allez sur le bouton avec Tab, puis appuyez sur Entrée.",
  ],
  type: [
    "Cliquez dans le champ et tapez la phrase vous-même (un copier-coller ne compte pas). Appuyez sur Entrée quand vous avez fini.",
    "Pour corriger une faute, utilisez la touche Retour arrière (la flèche au-dessus d'Entrée).",
  ],
  paste: [
    "Avec la souris : sélectionnez le passage (cliquez au début, gardez le bouton enfoncé jusqu'à la fin), faites un clic droit puis « Copier », cliquez dans le champ, faites un clic droit puis « Coller ».",
    "Avec le clavier : allez dans le texte avec Tab, placez-vous avec les flèches, sélectionnez avec Maj + flèches, copiez avec Ctrl + C, allez dans le champ avec Tab, collez avec Ctrl + V.",
  ],
};

const OPENED_TEXT: Record<Kind, string> = {
  folder: "Ce dossier est vide.",
  file: "Le document est ouvert.",
  image: "La photo est ouverte.",
  app: "Le programme est ouvert.",
  trash: "La corbeille est vide.",
};

function icon(kind: Kind): Html {
  return html`<svg class="g-ico" aria-hidden="true" focusable="false" viewBox="0 0 48 48"><use href="#g-${kind}"></use></svg>`;
}

const SPRITE = html`<svg class="g-sprite" aria-hidden="true" focusable="false">
<symbol id="g-folder" viewBox="0 0 48 48"><path d="M3 9h16l4 5h22v26H3z" fill="#f4c04a" stroke="#7a5200" stroke-width="2"/></symbol>
<symbol id="g-file" viewBox="0 0 48 48"><path d="M10 3h19l9 9v33H10z" fill="#fff" stroke="#3a3d46" stroke-width="2"/><path d="M15 21h18M15 27h18M15 33h12" stroke="#3a3d46" stroke-width="2"/></symbol>
<symbol id="g-image" viewBox="0 0 48 48"><rect x="4" y="8" width="40" height="32" fill="#dff0ff" stroke="#0b4fad" stroke-width="2"/><circle cx="15" cy="18" r="4" fill="#f4c04a"/><path d="M6 38l12-13 8 8 6-6 10 11z" fill="#1d6b32"/></symbol>
<symbol id="g-app" viewBox="0 0 48 48"><rect x="5" y="5" width="38" height="38" rx="8" fill="#0b4fad"/><circle cx="24" cy="24" r="10" fill="none" stroke="#fff" stroke-width="4"/></symbol>
<symbol id="g-trash" viewBox="0 0 48 48"><path d="M8 11h32M19 11V6h10v5M12 11l3 32h18l3-32" fill="#eceef3" stroke="#3a3d46" stroke-width="2"/></symbol>
</svg>`;

/** A form that posts like the script does, so the page stays a real page without JavaScript. */
function form(ctx: Ctx, op: string, body: Html): Html {
  return html`<form method="post" action="${ctx.actionUrl}">${ctx.formFields}<input type="hidden" name="op" value="${op}">${body}</form>`;
}

function clickExercise(ctx: Ctx, s: Extract<Scenario, { exercise: "click" }>): Html {
  const buttons = s.buttons.map(
    (b) => html`<button class="sim-button${b.big ? " sim-button--primary g-big" : ""}" name="target" value="${b.id}" data-target="${b.id}">${b.label}</button>`,
  );
  return html`<section class="sim-window" aria-labelledby="g-bar"><div class="sim-window__bar"><h2 id="g-bar" class="g-bar-title">${s.window}</h2></div>
<div class="sim-window__body g-area" data-miss>${s.text ? html`<p>${s.text}</p>` : null}${form(ctx, "click", html`<div class="g-buttons">${buttons}</div>`)}</div></section>`;
}

function dblclickExercise(ctx: Ctx, s: Extract<Scenario, { exercise: "dblclick" }>): Html {
  const opened = ctx.state.opened?.id;
  const icons = s.icons.map(
    (i) => html`<li><button type="button" class="g-icon" data-icon="${i.id}">${icon(i.kind)}<span>${i.label}</span></button></li>`,
  );
  const windows = s.icons.map(
    (i) => html`<section class="sim-window g-win" id="g-win-${i.id}" data-win tabindex="-1" aria-labelledby="g-wt-${i.id}"${opened === i.id ? null : html` hidden`}>
<div class="sim-window__bar"><h2 id="g-wt-${i.id}" class="g-bar-title">${i.label}</h2></div>
<div class="sim-window__body">${i.contents && i.contents.length > 0 ? html`<ul class="g-contents">${i.contents.map((c) => html`<li>${c}</li>`)}</ul>` : html`<p>${OPENED_TEXT[i.kind]}</p>`}</div></section>`,
  );
  return html`<div hidden>${ctx.formFields}</div>${SPRITE}
<section class="sim-window" aria-labelledby="g-bar"><div class="sim-window__bar"><h2 id="g-bar" class="g-bar-title">Bureau</h2></div>
<div class="sim-window__body g-desk" data-miss><ul class="g-icons">${icons}</ul></div></section>${windows}`;
}

function dragExercise(ctx: Ctx, s: Extract<Scenario, { exercise: "drag" }>): Html {
  const item = (i: (typeof s.items)[number]) =>
    html`<li><button type="button" class="g-item" data-item="${i.id}" aria-pressed="false">${icon(i.kind)}<span>${i.label}</span></button></li>`;
  const where = (i: (typeof s.items)[number]) => ctx.state.placed[i.id]?.id;
  const zones = s.zones.map(
    (z) => html`<section class="g-zone" data-zone="${z.id}" aria-labelledby="g-z-${z.id}"><h2 class="g-zone__title"><button type="button" id="g-z-${z.id}" class="g-zone__name" data-zone="${z.id}">${icon(z.kind)}<span>${z.label}</span></button></h2>
<ul class="g-items">${s.items.filter((i) => where(i) === z.id).map(item)}</ul></section>`,
  );
  return html`<div hidden>${ctx.formFields}</div>${SPRITE}
<div class="g-board"><section class="g-start" aria-labelledby="g-start"><h2 id="g-start">À ranger</h2><ul class="g-items" data-start>${s.items.filter((i) => where(i) === undefined).map(item)}</ul></section>
<div class="g-zones">${zones}</div></div>`;
}

function scrollExercise(ctx: Ctx, s: Extract<Scenario, { exercise: "scroll" }>): Html {
  const sections = s.sections.map(
    (x) => html`<h2>${x.heading}</h2><p>${x.text}</p>${x.button ? form(ctx, "click", html`<button class="sim-button" name="target" value="${x.button.id}" data-target="${x.button.id}">${x.button.label}</button>`) : null}`,
  );
  return html`<div class="sim-window"><div class="sim-window__bar"><span class="sim-window__address">${s.address ?? "Page web"}</span></div>
<div class="sim-window__body g-scroll" data-scroll tabindex="0" role="region" aria-label="Page à faire défiler">${sections}</div></div>`;
}

function textField(ctx: Ctx, label: string, paste: boolean): Html {
  const value = ctx.state.typed?.text ?? "";
  return form(
    ctx,
    "typed",
    html`<div class="sim-field"><label for="g-field">${label}</label><input type="text" id="g-field" name="text" value="${value}" maxlength="300" autocomplete="off" autocapitalize="off" spellcheck="false" data-field${paste ? html` data-paste` : null}></div>
<button class="sim-button sim-button--primary">J'ai fini</button>`,
  );
}

function exercise(ctx: Ctx): Html {
  const s = ctx.scenario;
  switch (s.exercise) {
    case "click":
      return clickExercise(ctx, s);
    case "dblclick":
      return dblclickExercise(ctx, s);
    case "drag":
      return dragExercise(ctx, s);
    case "scroll":
      return scrollExercise(ctx, s);
    case "type":
      return html`<p class="g-model"><span class="g-model__label">Phrase à recopier :</span> <span class="g-model__text">${s.model}</span></p>${textField(ctx, s.label, false)}`;
    case "paste":
      return html`<div class="sim-field"><label for="g-source">${s.sourceLabel}</label><textarea id="g-source" class="g-source" rows="8">${s.source}</textarea></div>${textField(ctx, s.label, true)}`;
  }
}

/** Whether the state already shows the gesture of this exercise (a reload then says so again). */
function done(s: Scenario, st: State): boolean {
  switch (s.exercise) {
    case "click":
    case "scroll":
      return st.clicked !== null;
    case "dblclick":
      return st.opened !== null;
    case "drag":
      return s.items.every((i) => st.placed[i.id] !== undefined);
    case "type":
      return false;
    case "paste":
      return st.pasted !== null;
  }
}

const OFF_NOTICE = html`<div class="sim-notice sim-notice--error g-off" id="g-off">
<noscript><p><strong>JavaScript est désactivé dans ce navigateur.</strong></p></noscript>
<p>Cet exercice mesure vos gestes avec la souris et le clavier : il a besoin de JavaScript. Sans JavaScript, il ne compte pas.</p>
<p>Pour continuer, cliquez sur « Je valide » ou sur « Je passe » sous l'exercice.</p></div>`;

export function render(ctx: Ctx): RenderedPage {
  const s = ctx.scenario;
  const body = html`<main class="g" data-gestes="${s.exercise}" data-action="${ctx.actionUrl}">
<h1>${s.title}</h1>
${ctx.finished ? null : OFF_NOTICE}
${s.intro ? html`<p>${s.intro}</p>` : null}
<ul class="g-howto sim-hint">${HOW_TO[s.exercise].map((t) => html`<li>${t}</li>`)}</ul>
${exercise(ctx)}
<p id="g-status" class="g-status" role="status">${done(s, ctx.state) ? DONE_TEXT : ""}</p>
</main>`;
  return { title: `${s.title} – Souris et clavier`, body };
}
