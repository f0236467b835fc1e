// The pages of the personal space: welcome, the four steps of a booking, the confirmation,
// "Mes rendez-vous" and the cancel question. Pure.
import { html, type Html } from "../html";
import { formatDay, formatTime } from "./dates";
import { type Ctx, actionButton, bookingDetails, downloadLink, reasonLabel } from "./render-parts";
import { bookingsOf, currentAccount, freeSlots, ownBooking } from "./state";

function whoIsIt(ctx: Ctx): string {
  const a = currentAccount(ctx.state);
  return a ? `${a.firstName} ${a.lastName}` : (ctx.state.session ?? "");
}

function step(n: number, label: string): Html {
  return html`<p class="svc-step">Étape ${n} sur 4 : ${label}</p>`;
}

function backButton(ctx: Ctx, label: string): Html {
  return html`<div class="sim-actions">${actionButton(ctx, { op: "back", label })}</div>`;
}

function draftError(ctx: Ctx, id: string): Html | null {
  const error = ctx.state.draft.error;
  return error ? html`<p class="sim-error" id="${id}" role="alert">Erreur : ${error}</p>` : null;
}

export function spacePage(ctx: Ctx): Html {
  const { state, scenario } = ctx;
  const active = bookingsOf(state, state.session ?? "").filter((b) => b.status === "active");
  return html`<h1>Mon espace</h1>
<p>Bonjour ${whoIsIt(ctx)}.</p>
${
  active.length === 0
    ? html`<p>Vous n'avez aucun rendez-vous à venir.</p>`
    : html`<p>${active.length === 1 ? "Vous avez 1 rendez-vous à venir :" : `Vous avez ${active.length} rendez-vous à venir. Le prochain :`}</p>
<p class="svc-next">${reasonLabel(scenario, active[0]!.reason)}, le ${formatDay(active[0]!.day, true)} à ${formatTime(active[0]!.time)}</p>`
}
<div class="sim-actions">
${actionButton(ctx, { op: "go", fields: { to: "book" }, label: "Prendre rendez-vous", tone: "primary" })}
${actionButton(ctx, { op: "go", fields: { to: "bookings" }, label: "Voir mes rendez-vous" })}
</div>`;
}

export function reasonPage(ctx: Ctx): Html {
  const { scenario, state } = ctx;
  const error = state.draft.error;
  return html`<h1>Prendre rendez-vous</h1>
${step(1, "le motif")}
<form method="post" action="${ctx.actionUrl}">${ctx.formFields}<input type="hidden" name="op" value="chooseReason">
<fieldset class="sim-fieldset"${error ? html` aria-describedby="svc-reason-error"` : null}>
<legend class="sim-legend">Pour quel motif prenez-vous rendez-vous ?</legend>
${draftError(ctx, "svc-reason-error")}
${scenario.reasons.map(
  (r) => html`<div class="sim-choice"><input type="radio" id="svc-reason-${r.id}" name="reason" value="${r.id}"${state.draft.reason === r.id ? html` checked` : null}${
    r.detail || r.price ? html` aria-describedby="svc-reason-${r.id}-detail"` : null
  }><label for="svc-reason-${r.id}">${r.label}</label></div>
${r.detail || r.price ? html`<p class="sim-hint svc-choice-hint" id="svc-reason-${r.id}-detail">${[r.detail, r.price ? `Prix : ${r.price}` : null].filter(Boolean).join(" – ")}</p>` : null}`,
)}
</fieldset>
<div class="sim-actions"><button type="submit" class="sim-button sim-button--primary">Continuer</button></div>
</form>
${backButton(ctx, "Retour à mon espace")}`;
}

export function dayPage(ctx: Ctx): Html {
  const { scenario, state } = ctx;
  return html`<h1>Prendre rendez-vous</h1>
${step(2, "le jour")}
<p>Motif : <strong>${reasonLabel(scenario, state.draft.reason ?? "")}</strong></p>
${draftError(ctx, "svc-day-error")}
<h2>Choisissez un jour</h2>
<form method="post" action="${ctx.actionUrl}">${ctx.formFields}<input type="hidden" name="op" value="chooseDay">
<ul class="svc-days">${scenario.days.map((d) => {
    const free = freeSlots(state, scenario, d.date).length;
    if (free === 0) return html`<li><span class="svc-full">${formatDay(d.date)} : complet</span></li>`;
    return html`<li><button type="submit" class="sim-button svc-day" name="day" value="${d.date}">${formatDay(d.date)}<span class="svc-count"> : ${free === 1 ? "1 horaire libre" : `${free} horaires libres`}</span></button></li>`;
  })}</ul>
</form>
${backButton(ctx, "Retour au choix du motif")}`;
}

export function timePage(ctx: Ctx): Html {
  const { scenario, state } = ctx;
  const day = state.draft.day ?? "";
  const d = scenario.days.find((x) => x.date === day);
  const free = freeSlots(state, scenario, day);
  const taken = (d?.slots ?? []).filter((t) => !free.includes(t));
  const error = state.draft.error;
  return html`<h1>Prendre rendez-vous</h1>
${step(3, "l'horaire")}
<p>Motif : <strong>${reasonLabel(scenario, state.draft.reason ?? "")}</strong>. Jour : <strong>${formatDay(day, true)}</strong>.</p>
<form method="post" action="${ctx.actionUrl}">${ctx.formFields}<input type="hidden" name="op" value="chooseTime">
<fieldset class="sim-fieldset"${error ? html` aria-describedby="svc-time-error"` : null}>
<legend class="sim-legend">Horaires libres le ${formatDay(day)}</legend>
${draftError(ctx, "svc-time-error")}
<div class="svc-slots">${free.map(
    (t) => html`<div class="sim-choice svc-slot"><input type="radio" id="svc-time-${t.replace(":", "")}" name="time" value="${t}"><label for="svc-time-${t.replace(":", "")}">${formatTime(t)}</label></div>`,
  )}</div>
</fieldset>
${taken.length > 0 ? html`<p class="sim-muted">Horaires déjà pris ce jour-là : ${taken.map(formatTime).join(", ")}.</p>` : null}
<div class="sim-actions"><button type="submit" class="sim-button sim-button--primary">Continuer</button></div>
</form>
${backButton(ctx, "Choisir un autre jour")}`;
}

export function confirmPage(ctx: Ctx): Html {
  const { scenario, state } = ctx;
  const { reason, day, time } = state.draft;
  return html`<h1>Prendre rendez-vous</h1>
${step(4, "vérifier et confirmer")}
<h2>Votre rendez-vous</h2>
${bookingDetails(scenario, { reason: reason ?? "", day: day ?? "", time: time ?? "" }, whoIsIt(ctx))}
<p>Le rendez-vous n'est pas encore pris : vérifiez, puis confirmez.</p>
<div class="sim-actions">
${actionButton(ctx, { op: "confirmBooking", label: "Confirmer le rendez-vous", tone: "primary" })}
${actionButton(ctx, { op: "back", label: "Changer l'horaire" })}
</div>`;
}

export function donePage(ctx: Ctx): Html {
  const { scenario, state } = ctx;
  const b = state.selected ? ownBooking(state, state.selected) : null;
  if (!b) return spacePage(ctx);
  return html`<h1>Rendez-vous confirmé</h1>
<p class="sim-notice sim-notice--success" role="status">Votre rendez-vous est confirmé. Notez bien son numéro : ${b.number}.</p>
${bookingDetails(scenario, b, whoIsIt(ctx))}
<p>Vous pouvez télécharger la confirmation pour la garder ou l'imprimer.</p>
<div class="sim-actions">${b.status === "active" ? downloadLink(ctx, b) : null}</div>
<div class="sim-actions">
${actionButton(ctx, { op: "go", fields: { to: "bookings" }, label: "Voir mes rendez-vous" })}
${actionButton(ctx, { op: "go", fields: { to: "space" }, label: "Retour à mon espace" })}
</div>`;
}

export function bookingsPage(ctx: Ctx): Html {
  const { scenario, state } = ctx;
  const mine = bookingsOf(state, state.session ?? "");
  const active = mine.filter((b) => b.status === "active");
  const cancelled = mine.filter((b) => b.status === "cancelled");
  return html`<h1>Mes rendez-vous</h1>
<h2>À venir</h2>
${
  active.length === 0
    ? html`<p>Vous n'avez aucun rendez-vous à venir.</p>`
    : html`<ul class="sim-list svc-bookings">${active.map(
        (b) => html`<li><h3>${formatDay(b.day, true)} à ${formatTime(b.time)}</h3>
${bookingDetails(scenario, b)}
<div class="sim-actions">${downloadLink(ctx, b)}
${actionButton(ctx, {
  op: "askCancel",
  fields: { booking: b.id },
  tone: "danger",
  label: html`Annuler ce rendez-vous<span class="visually-hidden"> du ${formatDay(b.day)} à ${formatTime(b.time)}</span>`,
})}</div></li>`,
      )}</ul>`
}
<div class="sim-actions">${actionButton(ctx, { op: "go", fields: { to: "book" }, label: "Prendre un rendez-vous", tone: "primary" })}</div>
${
  cancelled.length > 0
    ? html`<h2>Rendez-vous annulés</h2>
<ul>${cancelled.map((b) => html`<li>${reasonLabel(scenario, b.reason)}, le ${formatDay(b.day, true)} à ${formatTime(b.time)} : annulé</li>`)}</ul>`
    : null
}`;
}

export function cancelPage(ctx: Ctx): Html {
  const { scenario, state } = ctx;
  const b = state.selected ? ownBooking(state, state.selected) : null;
  if (!b) return bookingsPage(ctx);
  return html`<h1>Annuler ce rendez-vous ?</h1>
${bookingDetails(scenario, b)}
<p>Si vous annulez, l'horaire sera proposé à d'autres personnes.</p>
<div class="sim-actions">
${actionButton(ctx, { op: "cancel", fields: { booking: b.id }, label: "Oui, annuler le rendez-vous", tone: "danger" })}
${actionButton(ctx, { op: "back", label: "Non, garder le rendez-vous" })}
</div>`;
}
