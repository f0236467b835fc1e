// A bounded fuzz run against the built app: every page and route handler of the build's manifest,
// opened as each role, then every form found (server actions with their hidden fields) posted
// with malformed, oversized, wrongly typed and hostile values; route handlers and pages are hit
// with hostile segments and query strings, and raw 1 MB bodies are posted. Checks: no 5xx, no
// "[action]" crash in the server logs, no unescaped script in a page, and nothing that should
// have been refused kept in the database. Deterministic with --seed (the requests sent; the
// app's state may still differ between runs by timing).
//
//   npm run fuzz -- [--requests 10000] [--seed 1] [--concurrency 6]
//
// Uses the existing build (`next build` first). PGlite in a temporary folder by default;
// PostgreSQL when DATABASE_URL is set (use a scratch database: the run writes into it).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { DEMO_PASSWORD } from "../e2e/support/flows";
import { BODY_LIMIT_BYTES } from "../lib/http/proxy-rules";
import postgres from "postgres";
import { addFixtures, OUTSIDER_ACCOUNTS, type Fixtures } from "../e2e/support/authz-db";
import { formWith, login as loginAs, manifestActions, manifestEntries, postForm } from "../e2e/support/authz-crawl";
import { follow, invitationLink, outboxText, skipThrough } from "../e2e/support/authz-states";
import { getContentIndex } from "../lib/content";
import { candidateStarts, invigilatorLogin, prepareOwners, type Area } from "../e2e/support/authz-prepare";
import { startServer } from "../e2e/support/server";
import { prng } from "./support/bench-http";
import { AccountKeeper, keptValues, type Kept } from "./support/fuzz-db";
import { actionIdsIn, linksOf, parseForms, Session, type PageForm, type Reply } from "./support/fuzz-http";
import { enc, hostile, hostileQuery, MARK, mutate, pick, rawBody, UNESCAPED, type Random } from "./support/fuzz-values";

// Node's fetch refuses answers whose header lines exceed 16 KiB (UND_ERR_HEADERS_OVERFLOW), where
// browsers take 256 KiB: the run starts itself again with that limit, and lists the large answers.
// The server keeps Node's default (its NODE_OPTIONS are the caller's).
const HEADER_LIMIT = 256 * 1024;
const CALLER_NODE_OPTIONS = process.env.PIX_FUZZ_CALLER_NODE_OPTIONS ?? process.env.NODE_OPTIONS ?? "";
if (http.maxHeaderSize < HEADER_LIMIT) {
  const r = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: "inherit",
    env: { ...process.env, PIX_FUZZ_CALLER_NODE_OPTIONS: CALLER_NODE_OPTIONS, NODE_OPTIONS: `${CALLER_NODE_OPTIONS} --max-http-header-size=${HEADER_LIMIT}`.trim() },
  });
  process.exit(r.status ?? 2);
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const n = Number(process.argv[i + 1]);
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} attend un nombre`);
  return n;
}
const REQUESTS = arg("requests", 10_000);
const SEED = arg("seed", 1);
const CONCURRENCY = Math.max(1, arg("concurrency", 8));
/** proxy.ts refuses bodies over this size with a French 413 (server actions have the same limit). */
const ACTION_BODY_LIMIT = BODY_LIMIT_BYTES;

/** Codes of the demo campaigns (db seed): a participant types them, no page links to them. */
const DEMO_CAMPAIGNS = ["CAPDIA123", "CAPABC246", "CAPDOS456", "CAPPRO468"];

const ROLES: [string, string | null][] = [
  ["anonyme", null],
  ["apprenant", "apprenant@exemple.fr"],
  ["admin Orga", "mediateur@exemple.fr"],
  ["centre", "certif@exemple.fr"],
  ["équipe Pix", "admin@exemple.fr"],
];
/** On PostgreSQL, the authorisation matrix's outsiders and the invigilator of session S are roles too. */
const INVIGILATOR = "surveillant S";
/** A visitor without an account who took the public ABC Diag (an anonymous session). */
const DIAG_VISITOR = "visiteur ABC Diag";
const PG_ROLES: [string, string | null][] = [
  ["autre apprenant", OUTSIDER_ACCOUNTS.learner.email],
  ["membre Orga B", OUTSIDER_ACCOUNTS.orgMember.email],
  ["admin Orga B", "mairie@exemple.fr"],
  ["centre B", OUTSIDER_ACCOUNTS.centreB.email],
  [INVIGILATOR, null],
  [DIAG_VISITOR, null],
];
/** The fuzz role that posts the forms an owner of the matrix's preparation saw. */
const ROLE_OF_AREA: Record<Area, string> = { learner: "apprenant", orga: "admin Orga", centre: "centre", invigilator: INVIGILATOR, staff: "équipe Pix" };

type Kind = "page" | "route" | "action" | "raw";
type Target =
  | { kind: "action"; role: string; page: string; form: PageForm; as: string }
  | { kind: "get-form"; role: string; page: string; form: PageForm }
  | { kind: "page" | "route"; role: string; pattern: string; concrete: string };

type Finding = { what: string; detail: string };

// ---------------------------------------------------------------- manifest

const manifestPath = path.join(".next", "server", "app-paths-manifest.json");
if (!fs.existsSync(manifestPath)) {
  console.error("Pas de build : lancez d'abord `npx next build`.");
  process.exit(2);
}
const appPaths = Object.keys(JSON.parse(fs.readFileSync(manifestPath, "utf8")) as Record<string, string>);
const entries = appPaths
  .map((k) => ({
    kind: (k.endsWith("/route") ? "route" : "page") as "page" | "route",
    pattern: k.replace(/\/(page|route)$/, "").replace(/\/\([^)]+\)/g, "") || "/",
  }))
  .filter((e) => !e.pattern.startsWith("/_"));
const refManifest = JSON.parse(fs.readFileSync(path.join(".next", "server", "server-reference-manifest.json"), "utf8")) as {
  node?: Record<string, { filename?: string; exportedName?: string; workers?: Record<string, unknown> }>;
};
const allActionIds = Object.keys(refManifest.node ?? {});

const patternRe = (p: string) =>
  new RegExp(
    `^${p
      .split("/")
      .map((seg) => (seg.startsWith("[[...") ? ".*" : seg.startsWith("[...") ? ".+" : seg.startsWith("[") ? "[^/?#]+" : seg.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
      .join("/")}$`,
  );

/**
 * Skips every question of a campaign ("Je passe") until it is completed, going on after each
 * checkpoint (at most 200 questions).
 */
async function skipCampaign(s: Session, code: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const page = await s.open(`/campagnes/${code}/evaluation`);
    if (!page.path.startsWith(`/campagnes/${code}/evaluation`)) return;
    const form = parseForms(page.reply.body).find((f) => f.fields.some((x) => x.name === "challengeId"));
    if (!form) throw new Error(`pas de question sur ${page.path} (${page.reply.status})`);
    const body = new FormData();
    for (const f of form.fields) if (f.type === "hidden") body.append(f.name, f.value);
    body.append("passer", "1");
    await s.send("POST", page.path.split("?")[0]!, { body });
  }
}

// ---------------------------------------------------------------- run

async function main() {
  const t0 = Date.now();
  const server = await startServer({ env: { NODE_OPTIONS: CALLER_NODE_OPTIONS } });
  console.log(`Serveur prêt sur ${server.url} (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite " + server.dataDir}); graine ${SEED}, ${REQUESTS} requêtes, ${CONCURRENCY} en parallèle.`);
  const counts = new Map<string, number>(); // `${kind} ${status}`
  const findings: Finding[] = [];
  const refusals = { french: 0, english: 0, silent: 0 };
  const postedIds = new Set<string>();
  const seenIds = new Set<string>();
  let sent = 0;
  let discoveryRequests = 0;
  const count = (kind: Kind, r: Reply) => {
    const key = `${kind}\t${r.status}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    sent++;
  };
  const check = (kind: Kind, label: string, r: Reply, bytes = 0, badPath = false) => {
    count(kind, r);
    if (r.status >= 500) {
      const why = bytes > ACTION_BODY_LIMIT ? ", corps au-delà de la limite" : badPath ? ", chemin en UTF-8 invalide" : "";
      const text = r.body.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, " ").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();
      findings.push({ what: `HTTP ${r.status}${why}`, detail: `${label} — ${bytes} octets de valeurs ; réponse : ${text.slice(0, 160) || "(vide)"}` });
    }
    for (const u of UNESCAPED) if (r.body.includes(u)) findings.push({ what: "balise non échappée", detail: `${label} contient ${JSON.stringify(u)}` });
    if (r.body.includes("Une erreur est survenue")) findings.push({ what: "erreur générique", detail: label });
    // (not a failure: a reverse proxy in front of the app may refuse them, see docs/fuzz.md)
    if ((r.headerBytes ?? 0) > 16 * 1024) findings.push({ what: "en-têtes de réponse au-delà de 16 Kio", detail: `${label} : ${Math.round((r.headerBytes ?? 0) / 1024)} Kio (HTTP ${r.status})` });
  };

  // ---- on PostgreSQL: the authorisation matrix's fixtures and owners' states (e2e/support/authz-prepare.ts)
  const sessions = new Map<string, Session>();
  const prepared: { role: string; page: string; form: PageForm }[] = [];
  let fx: Fixtures | undefined;
  let prepSeconds = 0;
  if (process.env.DATABASE_URL) {
    const tp = Date.now();
    const sql = postgres(process.env.DATABASE_URL, { max: 2, onnotice: () => {} });
    try {
      const [used] = await sql<{ n: number }[]>`select count(*)::int as n from users where email = ${OUTSIDER_ACCOUNTS.learner.email}`;
      if (used!.n > 0) {
        console.error("Cette base a déjà servi à un run (les comptes de la matrice d'autorisation y sont) : créez une base neuve.");
        await server.stop();
        process.exit(2);
      }
      fx = await addFixtures(sql);
      const prep = await prepareOwners(server.url, sql, fx, server.outboxDir, manifestEntries());
      const take = async () => {
        for (const { owner, f } of prep.forms) prepared.push({ role: ROLE_OF_AREA[owner.area], page: f.page, form: f.form });
      };
      await take();
      // the candidate's start form, then her test and the invigilator's forms once she started
      await candidateStarts(prep, manifestActions(), take);
      sessions.set(INVIGILATOR, prep.invigilator);
      // states the matrix only allowlists (their forms never seen there): each one tried, a warning if it fails
      const more = async (what: string, role: string, s: Session, reach: () => Promise<string>, names: string[], text?: RegExp) => {
        try {
          const page = await reach();
          const f = await formWith(s, page, names, text);
          prepared.push({ role, page: f.path, form: f.form });
          if (!sessions.has(role)) sessions.set(role, s);
        } catch (e) {
          console.warn(`  état non atteint (${what}) : ${(e as Error).message}`);
        }
      };
      // the learner skips the assessment campaign's questions to its end: the share form; once
      // shared, its date put 5 days back (the retry delay is 4 days): the retry form
      await more("envoi des résultats", "apprenant", prep.learner, async () => {
        await skipCampaign(prep.learner, "CAPABC246");
        return "/campagnes/CAPABC246/resultat";
      }, ["code"], /envoie/i);
      await more("retenter la campagne", "apprenant", prep.learner, async () => {
        const share = prepared.find((x) => x.page.startsWith("/campagnes/CAPABC246/resultat") && x.form.fields.some((f) => f.name === "code"));
        if (!share) throw new Error("pas de formulaire d'envoi");
        await follow(prep.learner, await postForm(prep.learner, share.page, share.form, {}));
        await sql`update campaign_participations set shared_at = shared_at - interval '5 days'
          where shared_at is not null and campaign_id = (select id from campaigns where code = 'CAPABC246')
          and user_id = (select id from users where email = 'apprenant@exemple.fr')`;
        return "/campagnes/CAPABC246/resultat";
      }, ["code"], /retente/i);
      // competence 2.1, played to its end in the preparation, ended 8 days ago (reset delay: 7 days): the reset form
      await more("remise à zéro", "apprenant", prep.learner, async () => {
        const competence = getContentIndex().competenceByCode.get("2.1")!;
        await sql`update assessments set completed_at = coalesce(completed_at, updated_at) - interval '8 days', updated_at = updated_at - interval '8 days'
          where competence_id = ${competence.id} and user_id = (select id from users where email = 'apprenant@exemple.fr')`;
        return "/competences/2.1/remettre-a-zero";
      }, ["code"], /remets/i);
      // another learner opens the Orga invitation link of the e-mail: the accept form
      const other = await loginAs(server.url, "10.1.0.8", OUTSIDER_ACCOUNTS.learner.email);
      await more("invitation", "autre apprenant", other, async () => invitationLink(server.outboxDir, "futur.membre@exemple.fr") ?? "/orga/invitation/absente", ["token"]);
      // a visitor asks for a new password for another learner: the link of the e-mail
      const visitor = new Session(server.url, "10.1.0.9");
      await more("nouveau mot de passe", "anonyme", visitor, async () => {
        const f = await formWith(visitor, "/mot-de-passe-oublie", ["email"]);
        await follow(visitor, await postForm(visitor, f.path, f.form, { email: OUTSIDER_ACCOUNTS.learner.email }));
        const files = fs.existsSync(server.outboxDir) ? fs.readdirSync(server.outboxDir).sort().reverse() : [];
        for (const file of files) {
          const text = outboxText(path.join(server.outboxDir, file));
          const m = text.match(/\/mot-de-passe-oublie\/nouveau\?jeton=([A-Za-z0-9_-]+)/);
          if (m && text.includes(OUTSIDER_ACCOUNTS.learner.email)) return `/mot-de-passe-oublie/nouveau?jeton=${m[1]}`;
        }
        throw new Error("pas de lien dans les courriels");
      }, ["password"]);
      // a visitor takes the public ABC Diag to its end: the "Terminer" form
      const diag = new Session(server.url, "10.1.0.10");
      await more("fin d'ABC Diag", DIAG_VISITOR, diag, async () => {
        const start = await formWith(diag, "/abc-diag", [], /Commencer/);
        await follow(diag, await postForm(diag, start.path, start.form, {}));
        await skipThrough(diag, "/abc-diag/question", (p) => !p.startsWith("/abc-diag/question"), 20);
        return "/abc-diag/resultat";
      }, [], /Terminer/);
    } finally {
      await sql.end();
    }
    ROLES.push(...PG_ROLES);
    prepSeconds = (Date.now() - tp) / 1000;
    console.log(`Préparation (états de la matrice d'autorisation) : ${prepared.length} formulaires POST des propriétaires en ${prepSeconds.toFixed(0)} s.`);
  }

  // ---- sessions
  let ipN = 0;
  // on PostgreSQL, an account the run made unusable is put back (see AccountKeeper)
  const keeper = process.env.DATABASE_URL
    ? await AccountKeeper.open(process.env.DATABASE_URL, ROLES.flatMap(([, e]) => (e ? [e] : [])), fx ? [fx.sessionS.id] : [])
    : null;
  let restored = 0;
  const login = async (role: string, email: string, retry = true): Promise<void> => {
    const s = sessions.get(role) ?? new Session(server.url, `10.0.${++ipN}.1`);
    s.clear();
    const page = await s.open("/connexion");
    const form = parseForms(page.reply.body).find((f) => f.fields.some((i) => i.name === "password"))!;
    const body = new FormData();
    for (const f of form.fields) if (f.type === "hidden") body.append(f.name, f.value);
    body.append("email", email);
    body.append("password", DEMO_PASSWORD);
    const r = await s.send("POST", "/connexion", { body });
    discoveryRequests += 2;
    sessions.set(role, s);
    if (!s.hasSession() && retry && keeper && (await keeper.restore(email))) {
      restored++;
      return login(role, email, false);
    }
    if (!s.hasSession()) console.warn(`  connexion impossible pour ${email} (${r.status})`);
  };
  for (const [role, email] of ROLES) {
    if (email) await login(role, email);
    else if (!sessions.has(role)) sessions.set(role, new Session(server.url, "10.0.0.1"));
  }
  const relogging = new Map<string, Promise<void>>();
  // a session may also be revoked server-side ("log out everywhere"): every 500 requests, roles log in again
  const epochOf = new Map<string, number>();
  const failedEpoch = new Map<string, number>();
  const keepLoggedIn = async (role: string, i: number) => {
    const email = ROLES.find(([r]) => r === role)![1];
    const epoch = Math.floor(i / 500);
    if (role === INVIGILATOR && fx) return keepInvigilator(epoch);
    if (!email) return;
    // once per epoch at most: an account changed by the run (its e-mail edited by staff…) stays out
    if ((epochOf.get(role) ?? 0) >= epoch && (sessions.get(role)!.hasSession() || failedEpoch.get(role) === epoch)) return;
    epochOf.set(role, epoch);
    if (!relogging.has(role)) relogging.set(role, login(role, email).finally(() => relogging.delete(role)));
    await relogging.get(role);
    if (!sessions.get(role)!.hasSession()) failedEpoch.set(role, epoch);
  };

  // the invigilator's portal session may end (an "end of session" posted, its password changed):
  // once per epoch, it is checked and opened again
  let invigilatorEpoch = 0;
  let invigilatorTurn: Promise<void> | null = null;
  const keepInvigilator = async (epoch: number) => {
    if (invigilatorEpoch >= epoch) return invigilatorTurn ?? undefined;
    invigilatorEpoch = epoch;
    invigilatorTurn = (async () => {
      const s = sessions.get(INVIGILATOR)!;
      // (a failed check leaves the session as it is: its posts are then refused, never a crash of the run)
      if ((await s.send("GET", "/certif/surveillance/session")).status === 200) return;
      const again = async () => invigilatorLogin(server.url, s.ip, fx!.sessionS.number, fx!.sessionS.password);
      let fresh = await again().catch(() => null);
      if (!fresh && keeper && (await keeper.restoreSession(fx!.sessionS.id))) {
        restored++;
        fresh = await again().catch(() => null);
      }
      if (fresh) sessions.set(INVIGILATOR, fresh);
      else console.warn("  connexion de surveillance impossible pour la session S");
    })().catch((e: unknown) => console.warn(`  connexion de surveillance : ${(e as Error).message}`));
    await invigilatorTurn;
  };

  // ---- discovery: every page of the manifest as each role, dynamic segments from the links seen
  const targets: Target[] = [];
  const formKeys = new Set<string>();
  const concreteByPattern = new Map<string, Set<string>>();
  for (const [role] of ROLES) {
    const s = sessions.get(role)!;
    const seen = new Map<string, string>(); // path → html
    const visit = async (p: string, pattern: string, kind: "page" | "route") => {
      if (seen.has(p)) return;
      seen.set(p, "");
      const res = await s.open(p);
      discoveryRequests += res.hops + 1;
      check(kind, `GET ${p} (${role}, découverte)`, res.reply);
      if (!concreteByPattern.has(pattern)) concreteByPattern.set(pattern, new Set());
      concreteByPattern.get(pattern)!.add(p);
      targets.push({ kind, role, pattern, concrete: p });
      if (res.reply.status !== 200 || kind === "route") return;
      const html = res.reply.body;
      seen.set(p, html);
      for (const id of actionIdsIn(html)) seenIds.add(id);
      for (const form of parseForms(html)) {
        const key = `${role} ${res.path.split("?")[0]} ${form.actionIds.join(",")} ${form.fields.map((f) => f.name).join(",")}`;
        if (formKeys.has(key)) continue;
        formKeys.add(key);
        if (form.method === "post") targets.push({ kind: "action", role, page: res.path, form, as: role });
        else targets.push({ kind: "get-form", role, page: res.path, form });
      }
    };
    for (const e of entries.filter((x) => !x.pattern.includes("["))) await visit(e.pattern, e.pattern, e.kind);
    // the demo campaigns are reached by their code, which no page links to
    for (const code of DEMO_CAMPAIGNS) await visit(`/campagnes/${code}`, "/campagnes/[code]", "page");
    // a few rounds: a dynamic page shows the links to deeper ones
    for (let round = 0; round < 3; round++) {
      const links = [...seen.values()].flatMap(linksOf);
      for (const e of entries.filter((x) => x.pattern.includes("["))) {
        const re = patternRe(e.pattern);
        const dyn = (x: string) => x.split("[").length;
        // a link goes to its most specific pattern (…/sessions/nouvelle, not …/sessions/[sessionId])
        const specific = (l: string) => !entries.some((o) => o !== e && dyn(o.pattern) < dyn(e.pattern) && patternRe(o.pattern).test(l));
        const found = [...new Set(links.map((l) => l.split("?")[0]!).filter((l) => re.test(l) && specific(l)))].slice(0, 2);
        for (const p of found) await visit(p, e.pattern, e.kind);
      }
      // pages reached by a link with a query (e.g. ?type=abc-diag) show other forms
      for (const l of links.filter((x) => x.includes("?")).slice(0, 40)) {
        const e = entries.find((x) => patternRe(x.pattern).test(l.split("?")[0]!) && x.kind === "page");
        if (e) await visit(l, e.pattern, "page");
      }
    }
  }
  // the forms the owners of the matrix's preparation saw, posted by the same accounts
  let preparedNew = 0;
  for (const p of prepared) {
    const key = `${p.role} ${p.page.split("?")[0]} ${p.form.actionIds.join(",")} ${p.form.fields.map((f) => f.name).join(",")}`;
    if (formKeys.has(key)) continue;
    formKeys.add(key);
    for (const id of p.form.actionIds) seenIds.add(id);
    for (const b of p.form.buttons) if (b.name.startsWith("$ACTION_ID_")) seenIds.add(b.name.slice(11));
    targets.push({ kind: "action", role: p.role, page: p.page, form: p.form, as: p.role });
    preparedNew++;
  }
  if (prepared.length) console.log(`  dont ${preparedNew} formulaires vus seulement dans les états préparés.`);
  const unresolved = entries.filter((e) => !concreteByPattern.has(e.pattern)).map((e) => e.pattern);
  const actionTargets = targets.filter((t): t is Extract<Target, { kind: "action" }> => t.kind === "action");
  console.log(`Découverte : ${discoveryRequests} requêtes, ${entries.length} adresses du manifeste, ${actionTargets.length} formulaires POST, ${targets.filter((t) => t.kind === "get-form").length} formulaires GET.`);

  // ---- fuzz: request i is drawn from its own generator, so the same seed sends the same requests
  const pageTargets = targets.filter((t): t is Extract<Target, { kind: "page" | "route" }> => t.kind === "page" || t.kind === "route");
  const routeTargets = pageTargets.filter((t) => t.kind === "route");
  const getForms = targets.filter((t): t is Extract<Target, { kind: "get-form" }> => t.kind === "get-form");
  // forms are drawn by server action first, so the logout form of every page does not drown the rest
  const groups = new Map<string, Extract<Target, { kind: "action" }>[]>();
  for (const t of actionTargets) {
    const key = t.form.actionIds.join(",") || t.form.fields.map((f) => f.name).join(",");
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  const actionGroups = [...groups.values()];
  const budget = Math.max(0, REQUESTS - sent);
  const perKind = new Map<string, number>();
  let next = 0;

  // what request i is sending, for the report when it fails without an answer
  const doing = new Map<number, string>();
  const one = async (i: number) => {
    const r: Random = prng(SEED * 1_000_003 + i);
    const roll = r();
    const ip = `10.${1 + (i % 200)}.${Math.floor(i / 200) % 250}.${1 + Math.floor(r() * 250)}`;
    if (roll < 0.62 && actionTargets.length) {
      const t = pick(r, pick(r, actionGroups));
      // now and then posted by another role than the one who saw the form
      const role = r() < 0.1 ? pick(r, ROLES)[0] : t.role;
      await keepLoggedIn(role, i);
      const s = sessions.get(role)!;
      const variants = t.form.buttons.length ? t.form.buttons : [null];
      const button = pick(r, variants);
      const m = mutate(button ? [...t.form.fields, { name: button.name, type: "hidden", value: button.value }] : t.form.fields, r);
      const body = new FormData();
      for (const [k, v] of m.fields) body.append(k, v);
      const target = t.form.action && t.form.action.startsWith("/") ? t.form.action : t.page;
      const ids = button?.name.startsWith("$ACTION_ID_") ? [button.name.slice(11)] : t.form.actionIds;
      for (const id of ids) postedIds.add(id);
      doing.set(i, `POST ${target} (${role}, ${m.kind}, ${m.valueKind})`);
      const reply = await s.send("POST", target, { body, ip });
      const bytes = m.fields.reduce((n, [k, v]) => n + k.length + Buffer.byteLength(v), 0);
      const label = `POST ${target} (${role}, ${m.kind}, ${m.valueKind}, action ${ids.join(",") || "?"})`;
      check("action", label, reply, bytes);
      perKind.set(`action:${m.kind}`, (perKind.get(`action:${m.kind}`) ?? 0) + 1);
      // a refusal shown on the page: in French, next to the field or as an alert
      if (reply.status === 200 && m.kind !== "plausible" && reply.type.includes("html")) {
        const messages = [...reply.body.matchAll(/id="champ-[^"]+-erreur"[^>]*>([\s\S]*?)<\/|role="alert"[^>]*>([\s\S]*?)<\/(?:p|div|ul)/g)].map((x) => (x[1] ?? x[2] ?? "").replace(/<[^>]+>/g, " "));
        if (!messages.length) refusals.silent++;
        else if (messages.some((x) => /\b(Invalid|Expected|Required|Too (small|big)|must be|is not)\b/.test(x))) {
          refusals.english++;
          findings.push({ what: "message en anglais", detail: `${label} : ${messages.join(" | ").slice(0, 200)}` });
        } else refusals.french++;
      }
      return;
    }
    if (roll < 0.7 && getForms.length) {
      const t = pick(r, getForms);
      const s = sessions.get(t.role)!;
      const m = mutate(t.form.fields, r);
      const qs = m.fields.map(([k, v]) => `${enc(k)}=${enc(v.length > 6000 ? v.slice(0, 6000) : v)}`).join("&");
      const target = (t.form.action && t.form.action.startsWith("/") ? t.form.action : t.page).split("?")[0]!;
      doing.set(i, `GET ${target}?… (${t.role}, formulaire GET)`);
      const reply = await s.send("GET", `${target}?${qs}`, { ip });
      check("page", `GET ${target}?… (${t.role}, formulaire GET ${m.kind}, ${m.valueKind})`, reply);
      return;
    }
    if (roll < 0.975 && pageTargets.length) {
      const t = roll < 0.82 && routeTargets.length ? pick(r, routeTargets) : pick(r, pageTargets);
      const s = sessions.get(t.role)!;
      let p = t.concrete.split("?")[0]!;
      let how = "requête hostile";
      if (t.pattern.includes("[") && r() < 0.5) {
        // one dynamic segment replaced by a hostile value
        const segs = t.pattern.split("/");
        const real = p.split("/");
        const dyn = segs.map((x, k) => (x.startsWith("[") ? k : -1)).filter((k) => k >= 0 && k < real.length);
        const k = pick(r, dyn);
        const [vk, v] = hostile(r);
        real[k] = enc(vk === "long-1M" ? v.slice(0, 3000) : v);
        p = real.join("/");
        how = `segment ${segs[k]} = ${vk}`;
      }
      const url = `${p}?${hostileQuery(r, [])}`;
      const method = t.kind === "route" && r() < 0.4 ? "POST" : "GET";
      doing.set(i, `${method} ${url.slice(0, 160)} (${t.role}, ${how})`);
      let reply: Reply;
      if (method === "POST") {
        const [vk, v] = hostile(r);
        const json = r() < 0.5;
        reply = await s.send("POST", url, json ? { body: JSON.stringify({ x: v, n: 1e309, a: [v] }), contentType: "application/json", ip } : { body: new URLSearchParams({ x: v }), ip });
        how += `, POST ${json ? "json" : "form"} ${vk}`;
      } else reply = await s.send("GET", url, { ip });
      check(t.kind, `${method} ${url.slice(0, 160)} (${t.role}, ${how})`, reply, 0, /%ED%A0|%FF/i.test(p));
      return;
    }
    // a raw body of 1 MB posted to a form's page, with its action fields kept
    const t = actionTargets.length ? pick(r, actionTargets) : null;
    const s = sessions.get(t?.role ?? "anonyme")!;
    const kind = r() < 0.5 ? "multipart" : "urlencoded";
    const protocol: [string, string][] = t ? t.form.fields.filter((f) => f.name.startsWith("$ACTION")).map((f) => [f.name, f.value]) : [];
    const raw = rawBody(r, kind, t?.form.fields.map((f) => f.name) ?? [], protocol);
    const target = t?.page ?? "/";
    doing.set(i, `POST ${target} (${t?.role ?? "anonyme"}, corps brut ${kind} de ${Math.round(raw.body.length / 1024)} Kio)`);
    const reply = await s.send("POST", target, { body: new Uint8Array(raw.body), contentType: raw.contentType, ip });
    check("raw", `POST ${target} (${t?.role ?? "anonyme"}, corps brut ${kind} de ${Math.round(raw.body.length / 1024)} Kio)`, reply, raw.body.length);
  };

  const worker = async () => {
    for (;;) {
      const i = next++;
      if (i >= budget) return;
      try {
        await one(i);
      } catch (e) {
        const cause = (e as Error & { cause?: { code?: string; message?: string } }).cause;
        findings.push({ what: "requête échouée", detail: `n° ${i} : ${(e as Error).message}${cause ? ` (${cause.code ?? cause.message ?? ""})` : ""} — ${doing.get(i) ?? "?"}` });
        sent++;
      }
      if ((i + 1) % 1000 === 0) console.log(`  ${i + 1} / ${budget} (${Math.round((Date.now() - t0) / 1000)} s)`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const duration = (Date.now() - t0) / 1000;

  // ---- server logs, then the database
  await keeper?.close();
  if (keeper) console.log(`Comptes de démonstration remis en état pendant le run : ${restored} fois.`);
  await new Promise((r) => setTimeout(r, 500));
  const logs = server.logs();
  await server.stop();
  const actionCrashes = logs.split("\n").filter((l) => l.includes("[action]"));
  const otherErrors = logs.split("\n").filter((l) => /^\s*⨯|Error:/.test(l) && !l.includes("[action]"));
  fs.writeFileSync(path.join(os.tmpdir(), `pix-fuzz-${SEED}.log`), logs);
  let kept: Kept[] = [];
  try {
    kept = await keptValues({ databaseUrl: process.env.DATABASE_URL, pgliteDir: path.join(server.dataDir, "pglite") });
  } catch (e) {
    findings.push({ what: "base illisible", detail: (e as Error).message });
  }

  // ---- report
  const kinds: Kind[] = ["page", "route", "action", "raw"];
  const statuses = [...new Set([...counts.keys()].map((k) => Number(k.split("\t")[1])))].sort((a, b) => a - b);
  console.log(`\n${sent} requêtes en ${duration.toFixed(0)} s (découverte ${discoveryRequests}), graine ${SEED}, ${os.cpus().length} cœurs.`);
  console.log(["statut", ...kinds, "total"].map((x) => x.padStart(8)).join(""));
  for (const st of statuses) {
    const row = kinds.map((k) => counts.get(`${k}\t${st}`) ?? 0);
    console.log([String(st), ...row.map(String), String(row.reduce((a, b) => a + b, 0))].map((x) => x.padStart(8)).join(""));
  }
  console.log(`\nMutations de formulaires : ${[...perKind].map(([k, n]) => `${k.slice(7)} ${n}`).join(", ")}`);
  console.log(`Refus affichés (réponses 200 à une saisie mutée) : ${refusals.french} en français, ${refusals.english} en anglais, ${refusals.silent} sans message (redirection ou page sans champ en erreur).`);
  const missing = allActionIds.filter((id) => !postedIds.has(id));
  console.log(`Actions serveur : ${allActionIds.length} dans le manifeste, ${postedIds.size} postées, ${missing.length} jamais atteintes par un formulaire :`);
  for (const id of missing) {
    const e = refManifest.node![id]!;
    const where = e.filename ?? Object.keys(e.workers ?? {})[0] ?? "?";
    console.log(`  ${id.slice(0, 12)}… ${e.exportedName ?? ""} (${where})${seenIds.has(id) ? " [vu sans être posté]" : ""}`);
  }
  if (unresolved.length) console.log(`Adresses sans exemple réel (segment dynamique jamais vu) : ${unresolved.join(", ")}`);
  console.log(`Journal du serveur : ${actionCrashes.length} lignes "[action]", ${otherErrors.length} autres erreurs (journal complet : ${path.join(os.tmpdir(), `pix-fuzz-${SEED}.log`)}).`);
  for (const l of [...new Set([...actionCrashes, ...otherErrors].map((l) => l.slice(0, 200)))].slice(0, 15)) console.log(`  ${l}`);
  console.log(`\nValeurs marquées ${MARK} gardées en base :`);
  for (const k of kept) console.log(`  ${k.table}.${k.column} : ${k.rows} ligne(s)${k.garbage.length ? ` — REFUS ATTENDU : ${k.garbage.join(", ")}` : ""} ; ex. ${k.sample}`);
  if (!kept.length) console.log("  aucune");

  const garbage = kept.filter((k) => k.garbage.length);
  const fatal = findings.filter((f) => f.what.startsWith("HTTP 5") || f.what === "balise non échappée" || f.what === "requête échouée" || f.what === "base illisible");
  const grouped = new Map<string, string[]>();
  for (const f of findings) grouped.set(f.what, [...(grouped.get(f.what) ?? []), f.detail]);
  for (const [what, details] of grouped) {
    console.log(`\n${what} : ${details.length}`);
    for (const d of [...new Set(details)].slice(0, what.startsWith("HTTP") ? 60 : 12)) console.log(`  ${d}`);
  }
  const ok = !fatal.length && !garbage.length && !actionCrashes.length;
  console.log(`\n${ok ? "OK" : "ÉCHEC"} : ${fatal.length} réponses en erreur, ${actionCrashes.length} exceptions "[action]", ${garbage.length} colonnes avec des valeurs qui auraient dû être refusées.`);
  if (!process.env.DATABASE_URL) fs.rmSync(server.dataDir, { recursive: true, force: true });
  process.exit(ok ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
