// The fuzzer's HTTP side: a cookie-keeping session that never follows redirects on its own (so
// every status is seen), and a parser for the forms of a page (inputs, textareas, selects,
// named buttons), with the server action ids they carry.
import { attr, CookieJar, decodeEntities } from "./bench-http";
import type { Field } from "./fuzz-values";

export type Reply = { status: number; location: string | null; body: string; type: string; ms: number; /** bytes of the answer's header lines */ headerBytes?: number };

export class Session {
  private jar = new CookieJar();
  constructor(
    readonly base: string,
    readonly ip: string,
  ) {}

  hasSession(): boolean {
    return this.jar.names().some((k) => k.includes("session-token"));
  }

  clear() {
    this.jar.clear();
  }

  async send(method: string, p: string, opts: { body?: BodyInit; contentType?: string; ip?: string } = {}): Promise<Reply> {
    // the address the per-address limits read (lib/auth/rate-limit.ts clientIp: the last X-Forwarded-For entry)
    const headers: Record<string, string> = { accept: "text/html", "x-forwarded-for": opts.ip ?? this.ip };
    const cookie = this.jar.header();
    if (cookie) headers.cookie = cookie;
    if (method !== "GET") headers.origin = this.base;
    if (opts.contentType) headers["content-type"] = opts.contentType;
    const t0 = performance.now();
    const res = await fetch(this.base + p, { method, headers, body: opts.body, redirect: "manual", signal: AbortSignal.timeout(60_000) });
    this.jar.keep(res);
    const type = res.headers.get("content-type") ?? "";
    // binary answers (PDF, images, spreadsheets) are read but not kept as text
    const body = /text|json|xml|javascript|x-component/.test(type) ? await res.text() : (await res.arrayBuffer(), "");
    let headerBytes = 0;
    for (const [k, v] of res.headers) headerBytes += k.length + v.length + 4;
    return { status: res.status, location: res.headers.get("location"), body, type, ms: performance.now() - t0, headerBytes };
  }

  /** GET following same-site redirects, as a browser does. */
  async open(p: string): Promise<{ path: string; reply: Reply; hops: number }> {
    let current = p;
    for (let hop = 0; ; hop++) {
      const reply = await this.send("GET", current);
      if (reply.status >= 300 && reply.status < 400 && reply.location && hop < 8) {
        const u = new URL(reply.location, this.base);
        if (u.origin !== this.base) return { path: current, reply, hops: hop };
        current = u.pathname + u.search;
        continue;
      }
      return { path: current, reply, hops: hop };
    }
  }
}

export type PageForm = {
  method: "get" | "post";
  action: string | undefined;
  fields: Field[];
  /** named submit buttons: each may carry its own server action ($ACTION_ID_…) */
  buttons: { name: string; value: string }[];
  actionIds: string[];
};

/** The server action ids a piece of HTML carries: `$ACTION_ID_<id>` names and `$ACTION_n:0` bound references. */
export function actionIdsIn(html: string): string[] {
  const ids = new Set<string>();
  for (const m of html.matchAll(/name="\$ACTION_ID_([0-9a-f]+)"/g)) ids.add(m[1]!);
  for (const m of html.matchAll(/<input\b[^>]*name="\$ACTION_\d+:\d+"[^>]*>/g)) {
    const v = attr(m[0], "value") ?? "";
    const id = v.match(/"id":"([0-9a-f]+)"/)?.[1];
    if (id) ids.add(id);
  }
  return [...ids];
}

export function parseForms(html: string): PageForm[] {
  const out: PageForm[] = [];
  for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    const open = `<form${m[1]}>`;
    const inner = m[2]!;
    const fields: Field[] = [];
    for (const t of inner.matchAll(/<input\b[^>]*>/g)) {
      const name = attr(t[0], "name");
      const type = (attr(t[0], "type") ?? "text").toLowerCase();
      if (!name || type === "submit" || type === "button" || type === "image" || type === "reset") continue;
      fields.push({ name, type, value: attr(t[0], "value") ?? "" });
    }
    for (const t of inner.matchAll(/<textarea\b[^>]*>([\s\S]*?)<\/textarea>/g)) {
      const name = attr(t[0], "name");
      if (name) fields.push({ name, type: "textarea", value: decodeEntities(t[1] ?? "") });
    }
    for (const t of inner.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
      const name = attr(`<select${t[1]}>`, "name");
      if (!name) continue;
      const options = [...t[2]!.matchAll(/<option\b[^>]*>/g)].map((o) => attr(o[0], "value") ?? "").filter((v) => v !== "");
      fields.push({ name, type: "select", value: options[0] ?? "", options });
    }
    const buttons: { name: string; value: string }[] = [];
    for (const t of inner.matchAll(/<button\b[^>]*>/g)) {
      const name = attr(t[0], "name");
      if (name) buttons.push({ name, value: attr(t[0], "value") ?? "" });
    }
    out.push({
      method: (attr(open, "method") ?? "get").toLowerCase() === "post" || /\$ACTION/.test(inner) ? "post" : "get",
      action: attr(open, "action"),
      fields,
      buttons,
      actionIds: actionIdsIn(inner),
    });
  }
  return out;
}

/** Every href and form action of a page, as paths of this site. */
export function linksOf(html: string): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(/\s(?:href|action)="([^"]+)"/g)) {
    const h = decodeEntities(m[1]!);
    if (!h.startsWith("/") || h.startsWith("//")) continue;
    out.add(h.split("#")[0]!);
  }
  return [...out];
}
