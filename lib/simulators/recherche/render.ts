// The pages of the search engine "Cherchetout": the home page with its search box, the results
// (advertisements marked « Annonce » first), and a result opened in a browser-like window with
// its address bar and a "C'est la bonne page" button. Every action is a form posted. Pure.
import { html, type Html } from "../html";
import type { RenderContext, RenderedPage } from "../types";
import { PAGES_BY_ID, type Block, type CorpusPage } from "./corpus";
import { availableIds, resultsOf, shownPage } from "./reduce";
import type { Scenario, State } from "./schemas";
import { RESULTS_PER_PAGE, pageCount } from "./search";

type Ctx = RenderContext<State, Scenario>;

export const ENGINE = "Cherchetout";
const ENGINE_ADDRESS = "https://www.cherchetout.fr";

const MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

/** "2019-09-02" → "2 septembre 2019" */
export function frenchDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d === 1 ? "1er" : d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/** "https://www.rivecourt.fr/demarches/etat-civil" → "www.rivecourt.fr › demarches › etat-civil" */
export function shortAddress(address: string): string {
  return address.replace(/^https?:\/\//, "").split("/").filter(Boolean).join(" › ");
}

function postForm(ctx: Ctx, op: string, content: Html, className?: string): Html {
  return html`<form method="post" action="${ctx.actionUrl}"${className ? html` class="${className}"` : null}>${ctx.formFields}<input type="hidden" name="op" value="${op}">${content}</form>`;
}

function addressBar(address: string, before?: Html): Html {
  return html`<div class="sim-window__bar">${before}<p class="sim-window__address"><span class="visually-hidden">Adresse de la page : </span>${address}</p></div>`;
}

function searchForm(ctx: Ctx, big: boolean): Html {
  const { state } = ctx;
  const err = state.error;
  return html`<form method="post" action="${ctx.actionUrl}" role="search" class="rch-search${big ? " rch-search--big" : ""}">${ctx.formFields}<input type="hidden" name="op" value="search">
${err ? html`<p class="sim-notice sim-notice--error" role="alert" id="rch-q-error">${err}</p>` : null}
<div class="sim-field${err ? " sim-field--error" : ""}"><label for="rch-q">Rechercher sur le web</label>
<div class="rch-search__row"><input type="search" id="rch-q" name="q" value="${err ? state.draft : state.screen === "results" ? state.query : ""}" maxlength="200" autocomplete="off"${err ? html` aria-describedby="rch-q-error" aria-invalid="true"` : null}>
<button type="submit" class="sim-button sim-button--primary">Rechercher</button></div></div>
</form>`;
}

function chosenReminder(state: State): Html | null {
  if (state.chosen === null || shownPage(state) === state.chosen) return null;
  const page = PAGES_BY_ID.get(state.chosen);
  return page ? html`<p class="sim-notice rch-chosen" role="status">Page choisie comme réponse : « ${page.title} ». Vous pouvez valider votre réponse, ou continuer à chercher.</p>` : null;
}

function resultItem(ctx: Ctx, page: CorpusPage, isAd: boolean): Html {
  return html`<li class="rch-result${isAd ? " rch-result--ad" : ""}">${postForm(
    ctx,
    "open",
    html`<p class="rch-result__source">${isAd ? html`<span class="rch-ad-label">Annonce</span> ` : null}<span class="rch-result__site">${page.site}</span> <span class="rch-result__address">${shortAddress(page.address)}</span></p>
<h3 class="rch-result__title"><button type="submit" class="sim-link-button" name="page" value="${page.id}">${isAd ? html`<span class="visually-hidden">Annonce : </span>` : null}${page.title}</button></h3>
<p class="rch-result__snippet">${isAd ? null : html`<span class="rch-result__date">${frenchDate(page.date)}</span> — `}${page.snippet}</p>`,
  )}</li>`;
}

function pagination(ctx: Ctx, current: number, count: number): Html | null {
  if (count <= 1) return null;
  const numbers = Array.from({ length: count }, (_, i) => i + 1);
  return html`<nav class="rch-pages" aria-label="Pages de résultats">${postForm(
    ctx,
    "results",
    html`${current > 1 ? html`<button type="submit" class="sim-button" name="n" value="${current - 1}">Page précédente</button>` : null}
${numbers.map((n) => html`<button type="submit" class="sim-button rch-pages__n${n === current ? " rch-pages__n--current" : ""}" name="n" value="${n}"${n === current ? html` aria-current="page"` : null}><span class="visually-hidden">Page </span>${n}</button>`)}
${current < count ? html`<button type="submit" class="sim-button" name="n" value="${current + 1}">Page suivante</button>` : null}`,
    "rch-pages__form",
  )}</nav>`;
}

function countText(n: number): string {
  if (n === 0) return "Aucun résultat";
  if (n === 1) return "1 résultat";
  return `Environ ${n} résultats`;
}

function homeScreen(ctx: Ctx): RenderedPage {
  return {
    title: `${ENGINE} — Moteur de recherche`,
    body: html`<main class="rch">${chosenReminder(ctx.state)}<div class="sim-window">${addressBar(ENGINE_ADDRESS)}<div class="sim-window__body rch-home">
<h1 class="rch-logo rch-logo--big">${ENGINE}</h1>
<p class="rch-home__hint">Tapez quelques mots, puis appuyez sur « Rechercher ».</p>
${searchForm(ctx, true)}
</div></div></main>`,
  };
}

function resultsScreen(ctx: Ctx): RenderedPage {
  const { state, scenario } = ctx;
  const { ads, results } = resultsOf(state, scenario);
  const pages = pageCount(results.length);
  const current = Math.min(Math.max(1, state.resultsPage), pages);
  const shown = results.slice((current - 1) * RESULTS_PER_PAGE, current * RESULTS_PER_PAGE);
  const address = `${ENGINE_ADDRESS}/recherche?q=${state.query.split(" ").map(encodeURIComponent).join("+")}${current > 1 ? `&page=${current}` : ""}`;
  return {
    title: `${state.query} — Recherche ${ENGINE}`,
    body: html`<main class="rch">${chosenReminder(state)}<div class="sim-window">${addressBar(address)}<div class="sim-window__body">
<div class="rch-top"><p class="rch-logo">${ENGINE}</p>${searchForm(ctx, false)}</div>
<h1 class="rch-results-title">Résultats pour « ${state.query} »</h1>
<p class="rch-count sim-muted">${countText(results.length)}${pages > 1 ? ` — page ${current} sur ${pages}` : ""}</p>
${
  results.length === 0
    ? html`<p>Aucune page ne contient ces mots. Vérifiez l'orthographe ou essayez d'autres mots.</p>`
    : html`${current === 1 && ads.length > 0 ? html`<section class="rch-ads" aria-labelledby="rch-ads-h"><h2 id="rch-ads-h" class="visually-hidden">Annonces</h2><ul class="sim-list">${ads.map((p) => resultItem(ctx, p, true))}</ul></section>` : null}
<section aria-labelledby="rch-results-h"><h2 id="rch-results-h" class="visually-hidden">Résultats</h2><ol class="sim-list rch-results">${shown.map((p) => resultItem(ctx, p, false))}</ol></section>
${pagination(ctx, current, pages)}`
}
</div></div></main>`,
  };
}

function block(ctx: Ctx, b: Block, available: ReadonlySet<string>): Html {
  if (typeof b === "string") return html`<p>${b}</p>`;
  if ("h" in b) return html`<h2>${b.h}</h2>`;
  if ("list" in b) return html`<ul>${b.list.map((x) => html`<li>${x}</li>`)}</ul>`;
  if ("box" in b) return html`<p class="rch-box rch-box--${b.tone}">${b.box}</p>`;
  if (!available.has(b.link)) return html`<p class="sim-muted">${b.text}</p>`;
  return html`<div class="rch-link">${postForm(ctx, "follow", html`<button type="submit" class="sim-link-button" name="page" value="${b.link}">${b.text}</button>`)}</div>`;
}

function pageScreen(ctx: Ctx, page: CorpusPage): RenderedPage {
  const { state, scenario } = ctx;
  const backLabel = state.trail.length > 1 ? "Page précédente" : "Retour aux résultats";
  const back = postForm(ctx, "back", html`<button type="submit" class="sim-button rch-back"><span aria-hidden="true">←</span> ${backLabel}</button>`, "sim-inline-form");
  const available = availableIds(scenario);
  const isChosen = state.chosen === page.id;
  return {
    title: page.title,
    body: html`<main class="rch">${chosenReminder(state)}<div class="sim-window rch-browser">${addressBar(page.address, back)}<div class="sim-window__body rch-page rch-look--${page.look}">
<div class="rch-site"><p class="rch-site__name">${page.site}</p>${page.tagline ? html`<p class="rch-site__tagline">${page.tagline}</p>` : null}</div>
<article class="rch-article"><h1>${page.title}</h1>
${page.body.map((b) => block(ctx, b, available))}
<p class="rch-updated sim-muted">Page mise à jour le ${frenchDate(page.date)}</p></article>
</div></div>
<section class="rch-answer" aria-labelledby="rch-answer-h"><h2 id="rch-answer-h">Votre réponse</h2>
${
  isChosen
    ? html`<p class="sim-notice sim-notice--success" role="status">Vous avez choisi cette page comme réponse. Vous pouvez valider votre réponse, ou continuer à chercher.</p>`
    : html`<p>Cette page répond à la question ? Cliquez sur « C'est la bonne page ».</p>${postForm(ctx, "choose", html`<button type="submit" class="sim-button sim-button--primary" name="page" value="${page.id}">C'est la bonne page</button>`)}`
}
</section></main>`,
  };
}

export function render(ctx: Ctx): RenderedPage {
  const { state } = ctx;
  const shown = shownPage(state);
  const page = shown ? PAGES_BY_ID.get(shown) : undefined;
  if (page) return pageScreen(ctx, page);
  if (state.screen === "results" && state.query !== "") return resultsScreen(ctx);
  return homeScreen(ctx);
}
