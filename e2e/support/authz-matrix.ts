// The authorisation matrix itself: the rule that says which cells must be refused, the verdict of
// one reply, the allowlist of actions open to anyone acting on their own data, and the printed
// and Markdown forms of the result.

export type Cell = "refusé" | "ouvert" | "redirigé" | "autorisé (ses données)" | "propriétaire" | "n.a." | `ÉCHEC : ${string}`;

export const isFailure = (c: Cell) => c.startsWith("ÉCHEC");

/**
 * Server actions anyone may post, each acting only on the caller's own data (their session,
 * account, profile, participation found by a public code) or on nobody's (a public form). They
 * are not replayed by outsiders: doing so would legitimately change the outsider's own rows.
 * Actions that carry someone's id (an assessment, a run, a course, a campaign…) are not here.
 */
export const ALLOWLIST: Record<string, string> = {
  "app/actions/session.ts#logoutAction": "se déconnecter : met fin à sa propre session",
  "app/(public)/connexion/actions.ts#loginAction": "se connecter : ouvert à tous, limité en débit",
  "app/(public)/inscription/actions.ts#signUpAction": "créer un compte : ouvert à tous",
  "app/(public)/mot-de-passe-oublie/actions.ts#forgotPasswordAction": "demander un lien de réinitialisation : ouvert à tous, même réponse que le compte existe ou non",
  "app/(public)/mot-de-passe-oublie/actions.ts#resetPasswordAction": "nouveau mot de passe : le jeton reçu par courriel est le seul droit",
  "app/(public)/aide/contact/actions.ts#sendContactMessageAction": "formulaire de contact public",
  "app/(public)/mediation-numerique/demande-acces/actions.ts#submitAccessRequestAction": "demande d'accès ABC Pix : formulaire public",
  "app/(public)/abc-diag/actions.ts#startDiagAction": "ABC Diag sans compte : démarre le diagnostic de l'appelant",
  "app/(public)/abc-diag/actions.ts#endDiagAction": "ABC Diag : termine la session anonyme de l'appelant",
  "app/(public)/campagnes/actions.ts#findCodeAction": "saisir un code de campagne : ouvert à tous",
  "app/(public)/campagnes/actions.ts#joinAction": "rejoindre une campagne par son code : crée la participation de l'appelant",
  "app/(public)/campagnes/actions.ts#shareAction": "envoyer ses résultats : la participation de l'appelant, trouvée par le code",
  "app/(public)/campagnes/actions.ts#retryCampaignAction": "retenter une campagne : la participation de l'appelant, trouvée par le code",
  "app/(learner)/competences/actions.ts#startAction": "commencer une compétence : le profil de l'appelant",
  "app/(learner)/competences/actions.ts#retryAction": "retenter une compétence : le profil de l'appelant",
  "app/(learner)/competences/actions.ts#resetAction": "remettre une compétence à zéro : le profil de l'appelant",
  "app/(learner)/competences/actions.ts#saveTutorialAction": "enregistrer un tutoriel : la liste de l'appelant",
  "app/(learner)/competences/actions.ts#voteTutorialAction": "noter un tutoriel : le vote de l'appelant",
  "app/(learner)/tutoriels/proposer/actions.ts#proposeTutorialAction": "proposer un tutoriel : tout utilisateur connecté",
  "app/(learner)/mon-compte/actions.ts#updateNameAction": "son propre compte",
  "app/(learner)/mon-compte/actions.ts#updateEmailAction": "son propre compte (mot de passe actuel exigé)",
  "app/(learner)/mon-compte/actions.ts#updatePasswordAction": "son propre compte (mot de passe actuel exigé)",
  "app/(learner)/mon-compte/actions.ts#logoutEverywhereAction": "ses propres sessions",
  "app/(learner)/mon-compte/actions.ts#deleteAccountAction": "son propre compte (mot de passe actuel exigé)",
  "app/certif/surveillance/actions.ts#invigilatorLoginAction": "connexion de surveillance : le numéro de session et son mot de passe sont le droit",
  "app/certif/surveillance/actions.ts#invigilatorLogoutAction": "déconnexion de surveillance : sa propre connexion",
  "app/certification/actions.ts#joinSessionAction": "rejoindre une session de certification : code d'accès et identité du candidat",
  "app/orga/invitation/[token]/actions.ts#acceptInvitationAction": "accepter une invitation : le jeton du lien est le droit, le compte rejoint est celui de l'appelant",
};

/**
 * Addresses whose secret segment is itself the right: an outsider holding the link may open it
 * (the owner reads it from their e-mail). Not refused, shown as open, owner markers not checked.
 */
export const BY_LINK: Record<string, string> = {
  "/orga/invitation/[token]": "le jeton du courriel d'invitation est le droit : qui a le lien voit l'invitation",
};

/** Segments whose value names someone's data: a request carrying one must be refused to outsiders. */
export const OWNER_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type Reply = { status: number; location: string | null; body: string };

/**
 * The verdict of an outsider's reply to a cell.
 * - mustRefuse (the address carries an owner's id, or is a staff page): 404, 401, 403, 405, or a
 *   redirect elsewhere; never 200.
 * - otherwise (the address names no one: /profil, /competences/1.1…), a 200 shows the outsider's
 *   own data: allowed, provided no marker of the owner appears.
 * A 5xx is a failure everywhere; so is any owner marker in the body.
 */
export function verdict(r: Reply, requested: string, mustRefuse: boolean, markers: string[], open: boolean): Cell {
  if (r.status >= 500) return `ÉCHEC : HTTP ${r.status}`;
  const leaked = markers.filter((m) => r.body.includes(m) || r.body.includes(m.replace(/'/g, "&#x27;")));
  if (leaked.length) return `ÉCHEC : montre « ${leaked[0]} » (HTTP ${r.status})`;
  const bare = requested.split("?")[0]!;
  const elsewhere = r.status >= 300 && r.status < 400 && !!r.location && new URL(r.location, "http://x").pathname !== bare;
  const refused = [401, 403, 404, 405].includes(r.status) || elsewhere;
  if (refused) return "refusé";
  if (mustRefuse) return `ÉCHEC : HTTP ${r.status}${r.location ? ` vers ${r.location}` : ""}`;
  if (r.status === 200 || (r.status >= 300 && r.status < 400)) return open ? "ouvert" : "autorisé (ses données)";
  return "refusé";
}

export type Row = { label: string; kind: "page" | "route" | "action"; owner: string; cells: Cell[]; note?: string };

const SHORT: Record<string, string> = {
  refusé: "refusé",
  ouvert: "ouvert",
  redirigé: "redirigé",
  "autorisé (ses données)": "ses données",
  propriétaire: "propriétaire",
  "n.a.": "n.a.",
};

export function shortCell(c: Cell): string {
  return SHORT[c] ?? c;
}

export type Totals = { cells: number; refused: number; open: number; redirected: number; own: number; owner: number; na: number; failures: number };

export function totals(rows: Row[]): Totals {
  const t: Totals = { cells: 0, refused: 0, open: 0, redirected: 0, own: 0, owner: 0, na: 0, failures: 0 };
  for (const r of rows)
    for (const c of r.cells) {
      if (c === "propriétaire" || c === "n.a.") {
        if (c === "propriétaire") t.owner++;
        else t.na++;
        continue;
      }
      t.cells++;
      if (c === "refusé") t.refused++;
      else if (c === "ouvert") t.open++;
      else if (c === "redirigé") t.redirected++;
      else if (c === "autorisé (ses données)") t.own++;
      else t.failures++;
    }
  return t;
}

/** A plain-text table for the test's output. */
export function printTable(roles: string[], rows: Row[]): string {
  const head = ["adresse ou action", "propriétaire", ...roles];
  const lines = rows.map((r) => [r.label, r.owner, ...r.cells.map(shortCell)]);
  const widths = head.map((h, i) => Math.min(i === 0 ? 90 : 24, Math.max(h.length, ...lines.map((l) => l[i]!.length))));
  const fmt = (l: string[]) => l.map((x, i) => (x.length > widths[i]! ? x.slice(0, widths[i]! - 1) + "…" : x.padEnd(widths[i]!))).join(" | ");
  return [fmt(head), widths.map((w) => "-".repeat(w)).join("-+-"), ...lines.map(fmt)].join("\n");
}

const md = (s: string) => s.replace(/\|/g, "\\|");

export function markdown(opts: {
  roles: { label: string; who: string }[];
  owners: { label: string; who: string }[];
  pages: Row[];
  actions: Row[];
  allowlisted: { key: string; why: string; seen: boolean }[];
  notReached: string[];
  unresolved: string[];
  volatile: { table: string; columns?: string[]; why: string }[];
  seconds: number;
}): string {
  const all = [...opts.pages, ...opts.actions];
  const t = totals(all);
  const tp = totals(opts.pages);
  const ta = totals(opts.actions);
  const table = (rows: Row[]) =>
    [
      `| adresse ou action | propriétaire | ${opts.roles.map((r) => md(r.label)).join(" | ")} |`,
      `| --- | --- | ${opts.roles.map(() => "---").join(" | ")} |`,
      ...rows.map((r) => `| \`${md(r.label)}\`${r.note ? ` (${md(r.note)})` : ""} | ${md(r.owner)} | ${r.cells.map((c) => md(shortCell(c))).join(" | ")} |`),
    ].join("\n");
  return `# Matrice d'autorisation

Générée par \`e2e/authz-matrix.e2e.ts\` (\`AUTHZ_MATRIX_OUT=docs/authorization-matrix.md npx tsx e2e/run.ts e2e/authz-matrix.e2e.ts\`),
sur le build, contre PostgreSQL, en ${Math.round(opts.seconds)} s. Ne pas modifier à la main.

**${t.cells} cellules, ${t.failures === 0 ? "toutes refusées là où elles doivent l'être" : `${t.failures} EN ÉCHEC`}** :
${t.refused} refusées, ${t.own} autorisées sur les données de l'appelant, ${t.open} ouvertes (pages publiques, comptées à part),
${t.redirected} redirigées (page publique qui renvoie une personne connectée vers son propre accueil).
Pages et routes : ${tp.cells} cellules (${tp.refused} refusées) ; actions serveur : ${ta.cells} cellules (${ta.refused} refusées, base inchangée après chacune).

## Rôles

Propriétaires (leurs identifiants réels remplissent les segments dynamiques, leurs formulaires sont rejoués) :

${opts.owners.map((o) => `- **${md(o.label)}** : ${md(o.who)}`).join("\n")}

Intrus (colonnes) :

${opts.roles.map((o) => `- **${md(o.label)}** : ${md(o.who)}`).join("\n")}

## Règles

- Chaque adresse du manifeste (\`app-paths-manifest.json\`) est demandée par chaque intrus avec les identifiants du propriétaire.
  Une adresse qui porte un identifiant du propriétaire (UUID dans le chemin) ou une page \`/admin\` doit être **refusée** :
  404, 401, 403, 405 ou redirection ailleurs (connexion, accueil du rôle). Jamais 200.
- Une adresse qui ne nomme personne (\`/profil\`, \`/competences/1.1\`…) montre à chacun ses propres données : **ses données**,
  à condition qu'aucun marqueur du propriétaire (nom, campagne, session, structure…) n'y figure.
- Une page publique (ouverte au visiteur anonyme) est **ouverte** pour tous ; quand elle renvoie une personne connectée
  vers son propre accueil (\`/\` pour un apprenant…), la cellule dit **redirigé**.
${Object.entries(BY_LINK).map(([p, why]) => `- \`${p}\` : ${md(why)} ; la cellule dit **ouvert**. L'action qui s'y trouve est dans la liste autorisée.`).join("\n")}
- Les routes (\`route.ts\`) sont demandées en GET et en POST.
- Chaque formulaire d'action serveur vu par un propriétaire (identifiant d'action, champs cachés, arguments liés chiffrés)
  est rejoué par chaque intrus ; une empreinte de chaque table est prise avant et après chaque envoi : **rien ne doit changer**.
- Colonnes exclues de l'empreinte : ${opts.volatile.map((v) => `\`${v.table}${v.columns ? "." + v.columns.join(", ") : ""}\` (${md(v.why)})`).join(" ; ")}.

## Pages et routes

${table(opts.pages)}

${opts.unresolved.length ? `Adresses sans exemple réel chez un propriétaire (demandées avec un identifiant inexistant) : ${opts.unresolved.map((u) => `\`${u}\``).join(", ")}.\n` : ""}
## Actions serveur

${table(opts.actions)}

## Actions ouvertes à chacun sur ses propres données (liste autorisée)

| action | raison | vue pendant le parcours |
| --- | --- | --- |
${opts.allowlisted.map((a) => `| \`${md(a.key)}\` | ${md(a.why)} | ${a.seen ? "oui" : "non"} |`).join("\n")}

## Actions non atteintes

${opts.notReached.length ? opts.notReached.map((n) => `- \`${md(n)}\``).join("\n") : "Aucune."}
`;
}
