// The pages outside the personal space: home, create an account, log in. Pure.
import { html, type Html } from "../html";
import { rulesOf } from "./password";
import { type Ctx, actionButton, errorSummary, textField } from "./render-parts";

export function homePage(ctx: Ctx): Html {
  const { scenario, state } = ctx;
  return html`<h1>${scenario.site.name}</h1>
<p class="svc-lead">${scenario.site.intro ?? "Prenez rendez-vous en ligne, à toute heure."}</p>
${
  state.session
    ? html`<div class="sim-actions">${actionButton(ctx, { op: "go", fields: { to: "space" }, label: "Accéder à mon espace", tone: "primary" })}</div>`
    : html`<div class="svc-cards">
<section class="svc-card" aria-labelledby="svc-has-account"><h2 id="svc-has-account">Vous avez déjà un compte ?</h2>
${actionButton(ctx, { op: "go", fields: { to: "login" }, label: "Se connecter", tone: "primary" })}</section>
<section class="svc-card" aria-labelledby="svc-first-visit"><h2 id="svc-first-visit">C'est votre première visite ?</h2>
${actionButton(ctx, { op: "go", fields: { to: "signup" }, label: "Créer un compte" })}</section>
</div>`
}
<h2>Nos services</h2>
<ul>${scenario.reasons.map((r) => html`<li>${r.label}${r.price ? html` : ${r.price}` : null}</li>`)}</ul>`;
}

const SIGNUP_FIELDS: [string, string][] = [
  ["lastName", "svc-lastName"],
  ["firstName", "svc-firstName"],
  ["email", "svc-email"],
  ["password", "svc-password"],
  ["passwordConfirm", "svc-passwordConfirm"],
  ["consent", "svc-consent"],
];

export function signupPage(ctx: Ctx): Html {
  const { scenario, state } = ctx;
  const { values, errors, broken } = state.signup;
  const summary = SIGNUP_FIELDS.filter(([k]) => errors[k]).map(([k, id]) => ({ id, text: errors[k]! }));
  const rules = rulesOf(scenario.passwordRules);
  const checklist = html`<div id="svc-rules" class="svc-rules">
<p>Votre mot de passe doit respecter ces règles${broken ? " (résultat de votre dernier essai)" : ""} :</p>
<ul>${rules.map((r) => {
    if (!broken) return html`<li>${r.text}</li>`;
    const ok = !broken.includes(r.id);
    return html`<li class="${ok ? "svc-rule--ok" : "svc-rule--ko"}"><span aria-hidden="true">${ok ? "✓ " : "✗ "}</span>${r.text} : <strong>${ok ? "respectée" : "non respectée"}</strong></li>`;
  })}</ul>
</div>`;
  return html`<h1>Créer un compte</h1>
${errorSummary(summary)}
<p>Tous les champs sont obligatoires, sauf si c'est écrit « facultatif ».</p>
<form method="post" action="${ctx.actionUrl}" novalidate>${ctx.formFields}<input type="hidden" name="op" value="signup">
${textField({ id: "svc-lastName", name: "lastName", label: "Nom", value: values.lastName, error: errors.lastName, autocomplete: "family-name" })}
${textField({ id: "svc-firstName", name: "firstName", label: "Prénom", value: values.firstName, error: errors.firstName, autocomplete: "given-name" })}
${textField({ id: "svc-email", name: "email", label: "Adresse e-mail", type: "email", value: values.email, error: errors.email, hint: "Exemple : prenom.nom@exemple.fr", autocomplete: "email" })}
${textField({ id: "svc-password", name: "password", label: "Mot de passe", type: "password", error: errors.password, autocomplete: "new-password", describedBy: "svc-rules" })}
${checklist}
${textField({ id: "svc-passwordConfirm", name: "passwordConfirm", label: "Confirmation du mot de passe", type: "password", error: errors.passwordConfirm, hint: "Écrivez une deuxième fois le même mot de passe.", autocomplete: "new-password" })}
<div class="sim-field${errors.consent ? " sim-field--error" : ""}">
${errors.consent ? html`<p class="sim-error" id="svc-consent-error">Erreur : ${errors.consent}</p>` : null}
<div class="sim-choice"><input type="checkbox" id="svc-consent" name="consent" value="oui"${values.consent ? html` checked` : null}${errors.consent ? html` aria-describedby="svc-consent-error" aria-invalid="true"` : null}><label for="svc-consent">J'accepte les conditions d'utilisation du site</label></div>
<div class="sim-choice"><input type="checkbox" id="svc-newsletter" name="newsletter" value="oui"${values.newsletter ? html` checked` : null}><label for="svc-newsletter">Je veux recevoir la lettre d'information par e-mail (facultatif)</label></div>
</div>
<div class="sim-actions"><button type="submit" class="sim-button sim-button--primary">Créer mon compte</button></div>
</form>
<p>Vous avez déjà un compte ? ${actionButton(ctx, { op: "go", fields: { to: "login" }, label: "Se connecter", tone: "link" })}</p>`;
}

export function loginPage(ctx: Ctx): Html {
  const { state } = ctx;
  const { email, errors } = state.login;
  const summary = [
    errors.form ? { id: "svc-login-email", text: errors.form } : null,
    errors.email ? { id: "svc-login-email", text: errors.email } : null,
    errors.password ? { id: "svc-login-password", text: errors.password } : null,
  ].filter((x): x is { id: string; text: string } => x !== null);
  return html`<h1>Se connecter</h1>
${errorSummary(summary)}
<form method="post" action="${ctx.actionUrl}" novalidate>${ctx.formFields}<input type="hidden" name="op" value="login">
${textField({ id: "svc-login-email", name: "email", label: "Adresse e-mail", type: "email", value: email, error: errors.email, autocomplete: "username" })}
${textField({ id: "svc-login-password", name: "password", label: "Mot de passe", type: "password", error: errors.password, autocomplete: "current-password" })}
<div class="sim-actions"><button type="submit" class="sim-button sim-button--primary">Se connecter</button></div>
</form>
<p>Pas encore de compte ? ${actionButton(ctx, { op: "go", fields: { to: "signup" }, label: "Créer un compte", tone: "link" })}</p>`;
}
