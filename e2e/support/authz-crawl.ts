// The authorisation matrix's HTTP side: the build's manifests (every page, route handler and
// server action), the roles' logins, a crawl as each owner that fills the dynamic segments with
// the owner's real ids and collects every form, and a form filled as a person would.
import fs from "node:fs";
import path from "node:path";
import { attr, decodeEntities } from "../../scripts/support/bench-http";
import { linksOf, parseForms, Session, type PageForm, type Reply } from "../../scripts/support/fuzz-http";
import { DEMO_PASSWORD } from "./flows";

export type Entry = { kind: "page" | "route"; pattern: string };
export type ActionRef = { id: string; file: string; name: string; key: string };

/** Every page and route handler of the build, route groups dropped (/(learner)/profil → /profil). */
export function manifestEntries(): Entry[] {
  const file = path.join(".next", "server", "app-paths-manifest.json");
  const keys = Object.keys(JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, string>);
  return keys
    .map((k) => ({ kind: (k.endsWith("/route") ? "route" : "page") as Entry["kind"], pattern: k.replace(/\/(page|route)$/, "").replace(/\/\([^)]+\)/g, "") || "/" }))
    .filter((e) => !e.pattern.startsWith("/_"))
    .sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** Every server action of the build: its id, file and export name (the allowlist's key). */
export function manifestActions(): ActionRef[] {
  const file = path.join(".next", "server", "server-reference-manifest.json");
  const node = (JSON.parse(fs.readFileSync(file, "utf8")) as { node?: Record<string, { filename?: string; exportedName?: string; workers?: Record<string, unknown> }> }).node ?? {};
  return Object.entries(node)
    .map(([id, e]) => {
      const f = e.filename ?? Object.keys(e.workers ?? {})[0] ?? "?";
      const name = e.exportedName ?? "?";
      return { id, file: f, name, key: `${f}#${name}` };
    })
    .sort((a, b) => a.key.localeCompare(b.key));
}

export const patternRe = (p: string) =>
  new RegExp(
    `^${p
      .split("/")
      .map((seg) => (seg.startsWith("[[...") ? ".*" : seg.startsWith("[...") ? ".+" : seg.startsWith("[") ? "[^/?#]+" : seg.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
      .join("/")}$`,
  );

const dynamicCount = (p: string) => p.split("[").length;

/** The entry a concrete path belongs to: the most specific one (…/sessions/nouvelle, not …/sessions/[sessionId]). */
export function entryOf(entries: Entry[], p: string): Entry | undefined {
  const bare = p.split("?")[0]!;
  return entries.filter((e) => patternRe(e.pattern).test(bare)).sort((a, b) => dynamicCount(a.pattern) - dynamicCount(b.pattern))[0];
}

/** Links, form actions and embedded sources (iframes, images of the app) of a page. */
export function linksAndSources(html: string): string[] {
  const out = new Set(linksOf(html));
  for (const m of html.matchAll(/\ssrc="([^"]+)"/g)) {
    const h = decodeEntities(m[1]!);
    if (h.startsWith("/") && !h.startsWith("//") && !h.startsWith("/_next")) out.add(h.split("#")[0]!);
  }
  return [...out];
}

/** Logs a fresh session in through the login form with a demo-password account. */
export async function login(base: string, ip: string, email: string): Promise<Session> {
  const s = new Session(base, ip);
  const page = await s.open("/connexion");
  const form = parseForms(page.reply.body).find((f) => f.fields.some((i) => i.name === "password"));
  if (!form) throw new Error("formulaire de connexion introuvable");
  await postForm(s, "/connexion", form, { email, password: DEMO_PASSWORD });
  if (!s.hasSession()) throw new Error(`connexion refusée pour ${email}`);
  return s;
}

/** Posts a form with its hidden fields and the given values; returns the raw reply. */
export async function postForm(s: Session, page: string, form: PageForm, values: Record<string, string>, button?: { name: string; value: string }): Promise<Reply> {
  const body = new FormData();
  for (const f of form.fields) if (f.type === "hidden" && !(f.name in values)) body.append(f.name, f.value);
  for (const [k, v] of Object.entries(values)) body.append(k, v);
  if (button) body.append(button.name, button.value);
  const target = form.action && form.action.startsWith("/") ? form.action : page.split("?")[0]!;
  return s.send("POST", target, { body });
}

/** Finds on a page the form that has all these fields. */
export async function formWith(s: Session, p: string, names: string[], text?: RegExp): Promise<{ path: string; form: PageForm; html: string }> {
  const page = await s.open(p);
  const html = page.reply.body;
  const all = [...html.matchAll(/<form\b[\s\S]*?<\/form>/g)].map((m) => m[0]);
  // (never the header's logout form)
  const form = parseForms(html).find((f, i) => names.every((n) => f.fields.some((x) => x.name === n)) && (!text || text.test(all[i] ?? "")) && !/déconnecter/i.test(all[i] ?? ""));
  if (!form) throw new Error(`pas de formulaire avec ${names.join(", ")} sur ${p} (${page.path}, ${page.reply.status})`);
  return { path: page.path, form, html };
}

/** The values a person would type: hidden values kept, texts filled, first choice taken, boxes ticked. */
export function filled(form: PageForm, button?: { name: string; value: string }): FormData {
  const body = new FormData();
  const radios = new Set<string>();
  for (const f of form.fields) {
    if (f.type === "hidden") body.append(f.name, f.value);
    else if (f.type === "radio") {
      if (!radios.has(f.name)) body.append(f.name, f.value);
      radios.add(f.name);
    } else if (f.type === "checkbox") body.append(f.name, f.value || "on");
    else if (f.type === "select") body.append(f.name, f.value);
    else if (f.type === "email") body.append(f.name, "intrus@exemple.fr");
    else if (f.type === "number") body.append(f.name, "2");
    else if (f.type === "date") body.append(f.name, "2030-01-01");
    else if (f.type === "time") body.append(f.name, "10:00");
    else if (f.type === "file") body.append(f.name, new Blob(["nom;prénom;date de naissance\nIntrus;Ivan;01/01/1980\n"], { type: "text/csv" }), "candidats.csv");
    else if (f.type === "password") body.append(f.name, "Intrusion-2026-refusee");
    else body.append(f.name, f.value || "Intrusion refusée");
  }
  if (button) body.append(button.name, button.value);
  return body;
}

export type Seen = { pattern: string; kind: Entry["kind"]; path: string; status: number };
export type FoundForm = { page: string; form: PageForm; button?: { name: string; value: string }; actionId: string };

/**
 * Opens every fixed page of the manifest as this session, then follows the links of what it saw
 * for a few rounds to reach the dynamic ones with real ids. Returns what answered 200 (pages) or
 * below 400 (routes), and every POST form seen with the server action it carries.
 */
export async function crawl(s: Session, entries: Entry[], extra: string[] = []): Promise<{ seen: Map<string, Seen>; forms: FoundForm[]; html: Map<string, string> }> {
  const seen = new Map<string, Seen>();
  const html = new Map<string, string>();
  const visited = new Set<string>();
  const forms: FoundForm[] = [];
  const visit = async (p: string) => {
    if (visited.has(p)) return;
    visited.add(p);
    const e = entryOf(entries, p);
    if (!e) return;
    const r = await s.send("GET", p);
    // a redirect (/orga → /orga/<id>, /certif → /certif/<id>) leads to the owner's own address
    if (r.status >= 300 && r.status < 400 && r.location) {
      const u = new URL(r.location, s.base);
      if (u.origin === s.base) await visit(u.pathname + u.search);
      return;
    }
    if (e.kind === "route") {
      if (r.status < 400 && !seen.has(e.pattern)) seen.set(e.pattern, { pattern: e.pattern, kind: e.kind, path: p, status: r.status });
      return;
    }
    if (r.status !== 200) return;
    if (!seen.has(e.pattern)) seen.set(e.pattern, { pattern: e.pattern, kind: e.kind, path: p, status: r.status });
    html.set(p, r.body);
    for (const form of parseForms(r.body)) {
      if (form.method !== "post") continue;
      const variants = form.buttons.filter((b) => b.name.startsWith("$ACTION_ID_"));
      if (variants.length) for (const b of variants) forms.push({ page: p, form, button: b, actionId: b.name.slice("$ACTION_ID_".length) });
      else if (form.actionIds[0]) forms.push({ page: p, form, actionId: form.actionIds[0] });
    }
  };
  const rounds = async () => {
  for (let round = 0; round < 4; round++) {
    const before = visited.size;
    const links = [...new Set([...html.values()].flatMap(linksAndSources))];
    // one address per pattern is enough (plus pages whose query shows other forms)
    for (const l of links) {
      const e = entryOf(entries, l);
      if (!e) continue;
      if (!seen.has(e.pattern) || (l.includes("?") && e.kind === "page" && [...visited].filter((v) => v.startsWith(l.split("?")[0]! + "?")).length < 3)) await visit(l);
    }
    if (visited.size === before) break;
  }
  };
  for (const e of entries) if (!e.pattern.includes("[")) await visit(e.pattern);
  await rounds();
  // the extra addresses come after the links, so that they add to what the links reach
  for (const p of extra) await visit(p);
  await rounds();
  return { seen, forms, html };
}

/** The value of a hidden input of a form, if any. */
export function hidden(form: PageForm, name: string): string | undefined {
  return form.fields.find((f) => f.name === name && f.type === "hidden")?.value;
}

/** The text of an attribute in a tag (re-exported for the test's own parsing). */
export { attr };
