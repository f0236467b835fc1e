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
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DEMO_PASSWORD } from "../e2e/support/flows";
import { BODY_LIMIT_BYTES } from "../lib/http/proxy-rules";
import { startServer } from "../e2e/support/server";
import { prng } from "./support/bench-http";
import { AccountKeeper, keptValues, type Kept } from "./support/fuzz-db";
import { actionIdsIn, linksOf, parseForms, Session, type PageForm, type Reply } from "./support/fuzz-http";
import { enc, hostile, hostileQuery, MARK, mutate, pick, rawBody, UNESCAPED, type Random } from "./support/fuzz-values";

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

// ---------------------------------------------------------------- run

async function main() {
  const t0 = Date.now();
  const server = await startServer();
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
      findings.push({ what: `HTTP ${r.status}${why}`, detail: label });
    }
    for (const u of UNESCAPED) if (r.body.includes(u)) findings.push({ what: "balise non échappée", detail: `${label} contient ${JSON.stringify(u)}` });
    if (r.body.includes("Une erreur est survenue")) findings.push({ what: "erreur générique", detail: label });
  };

  // ---- sessions
  const sessions = new Map<string, Session>();
  let ipN = 0;
  // on PostgreSQL, an account the run made unusable is put back (see AccountKeeper)
  const keeper = process.env.DATABASE_URL
    ? await AccountKeeper.open(process.env.DATABASE_URL, ROLES.flatMap(([, e]) => (e ? [e] : [])))
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
    else sessions.set(role, new Session(server.url, "10.0.0.1"));
  }
  const relogging = new Map<string, Promise<void>>();
  // a session may also be revoked server-side ("log out everywhere"): every 500 requests, roles log in again
  const epochOf = new Map<string, number>();
  const failedEpoch = new Map<string, number>();
  const keepLoggedIn = async (role: string, i: number) => {
    const email = ROLES.find(([r]) => r === role)![1];
    const epoch = Math.floor(i / 500);
    if (!email) return;
    // once per epoch at most: an account changed by the run (its e-mail edited by staff…) stays out
    if ((epochOf.get(role) ?? 0) >= epoch && (sessions.get(role)!.hasSession() || failedEpoch.get(role) === epoch)) return;
    epochOf.set(role, epoch);
    if (!relogging.has(role)) relogging.set(role, login(role, email).finally(() => relogging.delete(role)));
    await relogging.get(role);
    if (!sessions.get(role)!.hasSession()) failedEpoch.set(role, epoch);
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
        findings.push({ what: "requête échouée", detail: `n° ${i} : ${(e as Error).message}` });
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
