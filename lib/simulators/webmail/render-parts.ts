// Small pieces shared by the webmail's screens: forms, icons, the window bar, folder names. Pure.
import { html, unsafeRaw, type Html } from "../html";
import type { RenderContext } from "../types";
import type { Folder, Person, Scenario } from "./schemas";
import type { State } from "./state";

export type Ctx = RenderContext<State, Scenario>;

export const FOLDER_NAMES: Record<Folder, string> = {
  inbox: "Boîte de réception",
  sent: "Envoyés",
  drafts: "Brouillons",
  spam: "Courrier indésirable",
  trash: "Corbeille",
};

/** A form that posts to the simulator, with the framework's fields. */
export function postForm(ctx: Ctx, content: Html | Html[], className = ""): Html {
  return html`<form method="post" action="${ctx.actionUrl}"${className ? html` class="${className}"` : null}>${ctx.formFields}${content}</form>`;
}

export function hidden(name: string, value: string): Html {
  return html`<input type="hidden" name="${name}" value="${value}">`;
}

export const clipIcon = unsafeRaw(
  '<svg class="wm-icon" aria-hidden="true" viewBox="0 0 24 24" width="18" height="18"><path d="M16.5 6.5v10a4.5 4.5 0 0 1-9 0V5a3 3 0 0 1 6 0v10.5a1.5 1.5 0 0 1-3 0V7"/></svg>',
);

export const fileIcon = unsafeRaw(
  '<svg class="wm-icon" aria-hidden="true" viewBox="0 0 24 24" width="20" height="20"><path d="M6 2h8l5 5v15H6z M14 2v5h5"/></svg>',
);

const envelopeIcon = unsafeRaw(
  '<svg class="wm-icon" aria-hidden="true" viewBox="0 0 24 24" width="22" height="22"><path d="M3 5h18v14H3z M3 5l9 8 9-8"/></svg>',
);

/** The webmail's title bar: its name and the account in use. */
export function windowBar(scenario: Scenario): Html {
  return html`<header class="sim-window__bar wm-bar"><span class="wm-brand">${envelopeIcon} Messagerie</span><span class="wm-account">${scenario.owner.name} <span class="wm-address">(${scenario.owner.address})</span></span></header>`;
}

export function personLabel(p: Person): Html {
  return p.name ? html`<span class="wm-name">${p.name}</span> <span class="wm-address">&lt;${p.address}&gt;</span>` : html`<span class="wm-name">${p.address}</span>`;
}

export function personShort(p: Person): string {
  return p.name || p.address;
}

export function flash(state: State): Html | null {
  return state.flash ? html`<p class="sim-notice sim-notice--success" role="status">${state.flash}</p>` : null;
}
