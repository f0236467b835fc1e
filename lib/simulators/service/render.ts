// A page of the simulated site: a browser-like window (address bar), the site's header and
// menu, then the screen of the state. Pure.
import { html, type Html } from "../html";
import type { RenderedPage } from "../types";
import { homePage, loginPage, signupPage } from "./render-account";
import { bookingsPage, cancelPage, confirmPage, dayPage, donePage, reasonPage, spacePage, timePage } from "./render-booking";
import { type Ctx, flash } from "./render-parts";
import type { Screen } from "./schemas";
import { currentAccount } from "./state";

const SCREENS: Record<Screen, { title: string; path: string; page: (ctx: Ctx) => Html }> = {
  home: { title: "Accueil", path: "/", page: homePage },
  signup: { title: "Créer un compte", path: "/inscription", page: signupPage },
  login: { title: "Se connecter", path: "/connexion", page: loginPage },
  space: { title: "Mon espace", path: "/mon-espace", page: spacePage },
  "book-reason": { title: "Prendre rendez-vous, étape 1 sur 4", path: "/mon-espace/nouveau-rendez-vous", page: reasonPage },
  "book-day": { title: "Prendre rendez-vous, étape 2 sur 4", path: "/mon-espace/nouveau-rendez-vous", page: dayPage },
  "book-time": { title: "Prendre rendez-vous, étape 3 sur 4", path: "/mon-espace/nouveau-rendez-vous", page: timePage },
  "book-confirm": { title: "Prendre rendez-vous, étape 4 sur 4", path: "/mon-espace/nouveau-rendez-vous", page: confirmPage },
  "book-done": { title: "Rendez-vous confirmé", path: "/mon-espace/rendez-vous-confirme", page: donePage },
  bookings: { title: "Mes rendez-vous", path: "/mon-espace/mes-rendez-vous", page: bookingsPage },
  "cancel-confirm": { title: "Annuler un rendez-vous", path: "/mon-espace/mes-rendez-vous/annuler", page: cancelPage },
};

const LOGO = html`<svg class="svc-logo" aria-hidden="true" focusable="false" viewBox="0 0 32 32" width="32" height="32"><rect x="3" y="6" width="26" height="23" rx="3" fill="#ffffff"/><rect x="3" y="6" width="26" height="7" rx="3" fill="#ffd84d"/><rect x="9" y="3" width="3" height="7" rx="1" fill="#ffffff"/><rect x="20" y="3" width="3" height="7" rx="1" fill="#ffffff"/><path d="M10 20l4 4 8-8" stroke="#0b4fad" stroke-width="3" fill="none"/></svg>`;

function menu(ctx: Ctx): Html {
  const { state } = ctx;
  const current = (to: string) => {
    const s = state.screen;
    const on = to === "book" ? s.startsWith("book-") : to === "bookings" ? s === "bookings" || s === "cancel-confirm" : s === to;
    return on ? html` aria-current="page"` : null;
  };
  const item = (to: string, label: string) =>
    html`<li><button type="submit" class="svc-nav__item" name="to" value="${to}"${current(to)}>${label}</button></li>`;
  const account = currentAccount(state);
  return html`<nav class="svc-nav" aria-label="Menu du site">
<form method="post" action="${ctx.actionUrl}">${ctx.formFields}<input type="hidden" name="op" value="go">
<ul>${
    state.session
      ? [item("space", "Mon espace"), item("book", "Prendre rendez-vous"), item("bookings", "Mes rendez-vous")]
      : [item("home", "Accueil"), item("login", "Se connecter"), item("signup", "Créer un compte")]
  }</ul>
</form>
${
  state.session
    ? html`<div class="svc-user"><span>Connecté : ${account ? `${account.firstName} ${account.lastName}` : state.session}</span>
<form method="post" action="${ctx.actionUrl}">${ctx.formFields}<input type="hidden" name="op" value="logout"><button type="submit" class="svc-nav__item svc-logout">Se déconnecter</button></form></div>`
    : null
}
</nav>`;
}

export function render(ctx: Ctx): RenderedPage {
  const { scenario, state } = ctx;
  const screen = SCREENS[state.screen] ?? SCREENS.home;
  const body = html`<div class="sim-window svc">
<div class="sim-window__bar"><span class="visually-hidden">Adresse de la page :</span><span class="sim-window__address">https://${scenario.site.domain}${screen.path}</span></div>
<div class="svc-site">
<header class="svc-header"><p class="svc-brand">${LOGO}<span>${scenario.site.name}</span></p>
${menu(ctx)}
</header>
<main class="svc-main">
${flash(state)}
${screen.page(ctx)}
</main>
<footer class="svc-footer"><p>${scenario.site.name} · Mentions légales · Accessibilité : partiellement conforme · Contact</p></footer>
</div>
</div>`;
  return { title: `${screen.title} – ${scenario.site.name}`, body };
}
