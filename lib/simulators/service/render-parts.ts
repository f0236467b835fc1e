// Shared pieces of the site's pages: form fields with their errors, the error summary, a
// button in its own form, the list of a booking's details. Pure.
import { html, type Html } from "../html";
import type { RenderContext } from "../types";
import { formatDay, formatTime } from "./dates";
import type { Scenario } from "./schemas";
import type { Booking, State } from "./state";

export type Ctx = RenderContext<State, Scenario>;

/** A text input with its label, hint and error (the error is read with the field). */
export function textField(o: {
  id: string;
  name: string;
  label: string;
  type?: "text" | "email" | "password";
  value?: string;
  error?: string;
  hint?: Html | string;
  autocomplete?: string;
  describedBy?: string;
}): Html {
  const described = [o.hint ? `${o.id}-hint` : null, o.describedBy ?? null, o.error ? `${o.id}-error` : null].filter(Boolean).join(" ");
  return html`<div class="sim-field${o.error ? " sim-field--error" : ""}">
<label for="${o.id}">${o.label}</label>
${o.hint ? html`<span class="sim-hint" id="${o.id}-hint">${o.hint}</span>` : null}
${o.error ? html`<p class="sim-error" id="${o.id}-error">Erreur : ${o.error}</p>` : null}
<input id="${o.id}" name="${o.name}" type="${o.type ?? "text"}"${o.value !== undefined ? html` value="${o.value}"` : null}${o.autocomplete ? html` autocomplete="${o.autocomplete}"` : null}${described ? html` aria-describedby="${described}"` : null}${o.error ? html` aria-invalid="true"` : null}>
</div>`;
}

/** The list of errors at the top of a form, each a link to its field. */
export function errorSummary(errors: { id: string; text: string }[]): Html | null {
  if (errors.length === 0) return null;
  return html`<div class="sim-notice sim-notice--error svc-summary" role="alert">
<p><strong>${errors.length === 1 ? "Le formulaire contient 1 erreur :" : `Le formulaire contient ${errors.length} erreurs :`}</strong></p>
<ul>${errors.map((e) => html`<li><a href="#${e.id}">${e.text}</a></li>`)}</ul>
</div>`;
}

/** A form that posts one action with a single button. */
export function actionButton(ctx: Ctx, o: { op: string; label: Html | string; fields?: Record<string, string>; tone?: "primary" | "danger" | "link" }): Html {
  const cls = o.tone === "link" ? "sim-link-button" : `sim-button${o.tone ? ` sim-button--${o.tone}` : ""}`;
  return html`<form class="sim-inline-form" method="post" action="${ctx.actionUrl}">${ctx.formFields}<input type="hidden" name="op" value="${o.op}">${Object.entries(o.fields ?? {}).map(
    ([k, v]) => html`<input type="hidden" name="${k}" value="${v}">`,
  )}<button type="submit" class="${cls}">${o.label}</button></form>`;
}

export function flash(state: State): Html | null {
  if (!state.flash) return null;
  const tone = state.flash.tone === "info" ? "" : ` sim-notice--${state.flash.tone}`;
  return html`<p class="sim-notice${tone}" role="${state.flash.tone === "error" ? "alert" : "status"}">${state.flash.text}</p>`;
}

export function reasonLabel(scenario: Scenario, id: string): string {
  return scenario.reasons.find((r) => r.id === id)?.label ?? id;
}

/** The details of a booking as a description list. */
export function bookingDetails(scenario: Scenario, b: { reason: string; day: string; time: string; number?: string }, who?: string): Html {
  const reason = scenario.reasons.find((r) => r.id === b.reason);
  return html`<dl class="svc-details">
${b.number ? html`<div><dt>Numéro</dt><dd>${b.number}</dd></div>` : null}
<div><dt>Motif</dt><dd>${reason?.label ?? b.reason}</dd></div>
<div><dt>Date</dt><dd>${formatDay(b.day, true)}</dd></div>
<div><dt>Heure</dt><dd>${formatTime(b.time)}</dd></div>
${reason?.price ? html`<div><dt>Prix</dt><dd>${reason.price}, à régler sur place</dd></div>` : null}
${scenario.site.address ? html`<div><dt>Adresse</dt><dd>${scenario.site.address}</dd></div>` : null}
${who ? html`<div><dt>Au nom de</dt><dd>${who}</dd></div>` : null}
</dl>`;
}

export function downloadLink(ctx: Ctx, b: Booking): Html {
  return html`<a class="sim-button svc-download" href="${ctx.downloadUrl(`confirmation-${b.id}`)}" download>Télécharger la confirmation<span class="visually-hidden"> du rendez-vous du ${formatDay(b.day)} à ${formatTime(b.time)}</span> (PDF)</a>`;
}
