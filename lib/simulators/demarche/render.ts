// The pages of the simulated public-service site: start page, one page per step, summary
// ("Vérifiez vos informations") and confirmation with the file number. Plain HTML, every
// action a POST form. Pure.
import { html, type Html } from "../html";
import type { RenderContext, RenderedPage } from "../types";
import { displayValue } from "./fields";
import { RECEIPT_FILE } from "./receipt";
import { fieldAnchor, renderField } from "./render-fields";
import type { Field, Scenario, State } from "./schemas";

type Ctx = RenderContext<State, Scenario>;

/** Paragraphs separated by a blank line; lines starting with "- " make a list. */
function paragraphs(text: string): Html[] {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((block) => {
      const lines = block.split("\n").map((l) => l.trim());
      if (lines.every((l) => l.startsWith("- "))) return html`<ul>${lines.map((l) => html`<li>${l.slice(2)}</li>`)}</ul>`;
      return html`<p>${lines.join(" ")}</p>`;
    });
}

function form(ctx: Ctx, body: Html, extra?: string): Html {
  return html`<form method="post" action="${ctx.actionUrl}" novalidate${extra ? html` class="${extra}"` : null}>${ctx.formFields}${body}</form>`;
}

function button(ctx: Ctx, op: string, label: Html | string, primary = false): Html {
  return html`<button type="submit" class="sim-button${primary ? " sim-button--primary" : ""}" name="op" value="${op}"${ctx.finished ? html` disabled` : null}>${label}</button>`;
}

function frame(ctx: Ctx, path: string, main: Html): Html {
  const site = ctx.scenario.site;
  return html`<div class="sim-window dem">
<div class="sim-window__bar"><p class="sim-window__address"><span class="visually-hidden">Adresse de la page : </span>${site.address}${path}</p></div>
<div class="dem-site">
<header class="dem-header">
<p class="dem-ministry">${site.ministry}</p>
<p class="dem-sitename"><span class="dem-sitename__name">${site.name}</span> <span class="dem-sitename__tagline">${site.tagline}</span></p>
</header>
<main class="dem-main">
${main}
</main>
<footer class="dem-footer"><p>${site.name} – ${site.tagline} · Site fictif pour s'entraîner : aucune donnée n'est envoyée à une administration.</p></footer>
</div>
</div>`;
}

function startPage(ctx: Ctx): Html {
  const s = ctx.scenario;
  return html`<h1>${s.title}</h1>
${paragraphs(s.intro)}
<h2>Avant de commencer</h2>
${s.documents.length ? html`<p>Préparez :</p><ul>${s.documents.map((d) => html`<li>${d}</li>`)}</ul>` : null}
${s.duration ? html`<p>Durée : ${s.duration}.</p>` : null}
<p>La démarche compte ${s.steps.length} étape${s.steps.length > 1 ? "s" : ""} :</p>
<ol>${s.steps.map((st) => html`<li>${st.title}</li>`)}</ol>
${form(ctx, html`<div class="sim-actions">${button(ctx, "start", "Commencer la démarche", true)}</div>`)}`;
}

/** Consecutive fields with the same group go together in a fieldset with that legend. */
function groupFields(fields: Field[]): { group: string | undefined; fields: Field[] }[] {
  const out: { group: string | undefined; fields: Field[] }[] = [];
  for (const f of fields) {
    const last = out[out.length - 1];
    if (last && f.group !== undefined && last.group === f.group) last.fields.push(f);
    else out.push({ group: f.group, fields: [f] });
  }
  return out;
}

function stepPage(ctx: Ctx): Html {
  const { state, scenario } = ctx;
  const step = scenario.steps[state.step]!;
  const n = state.step + 1;
  const total = scenario.steps.length;
  const errorFields = step.fields.filter((f) => state.errors[f.key]);
  const view = (f: Field) => renderField({ field: f, inputs: state.inputs, error: state.errors[f.key], disabled: ctx.finished });
  const anyRequired = step.fields.some((f) => f.required);
  const next = scenario.steps[state.step + 1];
  return html`<h1>${scenario.title}</h1>
<div class="dem-stepper">
<p class="dem-stepper__count">Étape ${n} sur ${total}</p>
<h2 class="dem-stepper__title">${step.title}</h2>
<div class="dem-stepper__bar" aria-hidden="true">${scenario.steps.map((_, i) => html`<span class="${i < n ? "dem-stepper__done" : "dem-stepper__todo"}"></span>`)}</div>
${next && !state.editing ? html`<p class="dem-stepper__next"><strong>Étape suivante :</strong> ${next.title}</p>` : null}
</div>
${
  errorFields.length
    ? html`<div class="sim-notice sim-notice--error dem-error-summary" role="alert">
<h3>${errorFields.length === 1 ? "Le formulaire contient 1 erreur" : `Le formulaire contient ${errorFields.length} erreurs`}</h3>
<p>Corrigez ${errorFields.length === 1 ? "le champ indiqué" : "les champs indiqués"} puis choisissez à nouveau « ${state.editing ? "Enregistrer" : "Suivant"} ».</p>
<ul>${errorFields.map((f) => html`<li><a href="#${fieldAnchor(f)}">${f.label} : ${state.errors[f.key]!}</a></li>`)}</ul>
</div>`
    : null
}
${step.intro ? paragraphs(step.intro) : null}
${anyRequired ? html`<p class="dem-required-note">Les champs suivis d'une étoile <span class="dem-req" aria-hidden="true">*</span> sont obligatoires.</p>` : null}
${form(
  ctx,
  html`<input type="hidden" name="step" value="${String(n)}">
${groupFields(step.fields).map((g) =>
  g.group ? html`<fieldset class="sim-fieldset"><legend class="sim-legend dem-group-legend">${g.group}</legend>${g.fields.map(view)}</fieldset>` : g.fields.map(view),
)}
<div class="sim-actions">${
    state.editing
      ? html`${button(ctx, "next", "Enregistrer et revenir au récapitulatif", true)}${button(ctx, "cancelEdit", "Annuler la modification")}`
      : html`${button(ctx, "next", "Suivant", true)}${button(ctx, "previous", "Précédent")}`
  }</div>`,
  "dem-form",
)}`;
}

function summaryPage(ctx: Ctx): Html {
  const { state, scenario } = ctx;
  return html`<h1>${scenario.title}</h1>
<h2>Vérifiez vos informations</h2>
<p>Relisez tout avant d'envoyer. Pour corriger une information, choisissez « Modifier ».</p>
${scenario.steps.map(
  (st, i) => html`<section class="dem-recap" aria-labelledby="recap-${String(i + 1)}">
<div class="dem-recap__head">
<h3 id="recap-${String(i + 1)}">Étape ${i + 1} : ${st.title}</h3>
${form(ctx, html`<input type="hidden" name="step" value="${String(i + 1)}">${button(ctx, "edit", html`Modifier<span class="visually-hidden"> l'étape ${i + 1} : ${st.title}</span>`)}`, "sim-inline-form")}
</div>
<dl>${st.fields.map((f) => html`<div class="dem-recap__row"><dt>${f.label}</dt><dd>${displayValue(f, state.values[f.key] ?? "")}</dd></div>`)}</dl>
</section>`,
)}
${form(ctx, html`<div class="sim-actions">${button(ctx, "submit", "Envoyer ma demande", true)}${button(ctx, "previous", "Précédent")}</div>`)}`;
}

function donePage(ctx: Ctx): Html {
  const { state, scenario } = ctx;
  return html`<h1>${scenario.title}</h1>
<div class="sim-notice sim-notice--success" role="status"><h2>Votre demande a bien été envoyée</h2></div>
<p>Votre numéro de dossier :</p>
<p class="dem-number">${state.number ?? ""}</p>
<p>Notez ce numéro ou gardez l'accusé de réception : il vous sera demandé si vous contactez le service.</p>
${scenario.confirmation ? paragraphs(scenario.confirmation) : null}
<p><a class="sim-button" href="${ctx.downloadUrl(RECEIPT_FILE)}">Télécharger l'accusé de réception (PDF)</a></p>`;
}

export function render(ctx: Ctx): RenderedPage {
  const { state, scenario } = ctx;
  const brand = `${scenario.title} – ${scenario.site.name}`;
  switch (state.screen) {
    case "start":
      return { title: brand, body: frame(ctx, "/demarche", startPage(ctx)) };
    case "step": {
      const step = scenario.steps[state.step]!;
      const bad = Object.keys(state.errors).length > 0;
      const n = state.step + 1;
      return {
        title: `${bad ? "Erreur – " : ""}Étape ${n} sur ${scenario.steps.length} : ${step.title} – ${brand}`,
        body: frame(ctx, `/demarche/etape-${n}`, stepPage(ctx)),
      };
    }
    case "summary":
      return { title: `Vérifiez vos informations – ${brand}`, body: frame(ctx, "/demarche/recapitulatif", summaryPage(ctx)) };
    case "done":
      return { title: `Demande envoyée – ${brand}`, body: frame(ctx, "/demarche/confirmation", donePage(ctx)) };
  }
}
