// A learner without JavaScript whose requests may go to any instance of the app (scale-out test,
// chaos run): one cookie jar, the base address chosen per request, redirects followed by hand.
import { attr, fillChallengeForm, forms } from "./bench-http";

export type Page = { base: string; path: string; status: number; html: string };
/** Where a POST led: the 303's target (acknowledged) or the status of a refused or failed request. */
export type PostResult = { status: number; location: string | null; html: string };

export class JarClient {
  private cookies = new Map<string, string>();

  private keep(res: Response) {
    for (const c of res.headers.getSetCookie()) {
      const [pair, ...attrs] = c.split(";");
      const eq = pair!.indexOf("=");
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      const expired = attrs.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=thu, 01 jan 1970/i.test(a));
      if (!value || expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    const cookie = this.cookieHeader();
    return { ...(cookie ? { cookie } : {}), accept: "text/html", ...extra };
  }

  /** GET on `base`, following redirects on the same base; any final status is returned. */
  async get(base: () => string, pathname: string): Promise<Page> {
    let current = pathname;
    for (let hop = 0; hop < 10; hop++) {
      const b = base();
      const res = await fetch(b + current, { headers: this.headers(), redirect: "manual", signal: AbortSignal.timeout(60_000) });
      this.keep(res);
      if (res.status >= 300 && res.status < 400) {
        await res.arrayBuffer();
        current = relative(res.headers.get("location"), b);
        continue;
      }
      return { base: b, path: current, status: res.status, html: await res.text() };
    }
    throw new Error(`GET ${pathname} : trop de redirections`);
  }

  /** POST a form as a browser without JavaScript; does NOT follow the redirect. */
  async post(base: string, pathname: string, fields: [string, string][]): Promise<PostResult> {
    const body = new FormData();
    for (const [k, v] of fields) body.append(k, v);
    const res = await fetch(base + pathname, {
      method: "POST",
      body,
      headers: this.headers({ origin: base }),
      redirect: "manual",
      signal: AbortSignal.timeout(60_000),
    });
    this.keep(res);
    const html = await res.text();
    const loc = res.headers.get("location");
    return { status: res.status, location: loc ? relative(loc, base) : null, html };
  }
}

function relative(loc: string | null, base: string): string {
  if (!loc) throw new Error("redirection sans Location");
  const u = new URL(loc, base);
  if (u.origin !== new URL(base).origin) throw new Error(`redirection hors du site : ${loc}`);
  return u.pathname + u.search;
}

export function hiddenFields(html: string, has: (names: string[]) => boolean): [string, string][] {
  const form = forms(html).find((f) => has(f.inputs.map((i) => i.name)));
  if (!form) throw new Error("formulaire introuvable");
  return form.inputs.filter((i) => i.type === "hidden").map((i) => [i.name, i.value]);
}

export const LEARNER_PASSWORD = "Chaos-Pix-2026!";

/** Creates an account through /inscription (the client ends up logged in). */
export async function signUp(c: JarClient, base: string, email: string, n: number): Promise<void> {
  const page = await c.get(() => base, "/inscription");
  const fields = hiddenFields(page.html, (names) => names.includes("email"));
  fields.push(["firstName", `Chaos${n}`], ["lastName", "Essai"], ["email", email], ["password", LEARNER_PASSWORD], ["terms", "on"]);
  const res = await c.post(base, "/inscription", fields);
  if (res.status !== 303 || !res.location?.startsWith("/accueil")) throw new Error(`inscription refusée (${res.status} ${res.location ?? ""})`);
}

/** Logs in through /connexion. */
export async function logIn(c: JarClient, base: string, email: string): Promise<void> {
  const page = await c.get(() => base, "/connexion");
  const fields = hiddenFields(page.html, (names) => names.includes("password"));
  fields.push(["email", email], ["password", LEARNER_PASSWORD]);
  const res = await c.post(base, "/connexion", fields);
  if (res.status !== 303 || !res.location?.startsWith("/accueil")) throw new Error(`connexion refusée (${res.status} ${res.location ?? ""})`);
}

/** The question shown on a page, if it is a question page. */
export function shownQuestion(page: Page): { assessmentId: string; challengeId: string } | null {
  if (page.status !== 200) return null;
  const form = forms(page.html).find((f) => f.inputs.some((i) => i.name === "challengeId"));
  if (!form) return null;
  const v = (n: string) => form.inputs.find((i) => i.name === n)?.value;
  const assessmentId = v("assessmentId");
  const challengeId = v("challengeId");
  return assessmentId && challengeId ? { assessmentId, challengeId } : null;
}

/** Starts (or resumes) a competence: returns the path its form leads to, or null if it cannot be started. */
export async function startCompetence(c: JarClient, base: string, code: string): Promise<PostResult | null> {
  const page = await c.get(() => base, `/competences/${code}`);
  if (page.status !== 200) throw new Error(`GET /competences/${code} → ${page.status}`);
  const form = forms(page.html).find((f) => f.inputs.some((i) => i.name === "code" && i.value === code));
  if (!form) return null;
  return c.post(base, `/competences/${code}`, form.inputs.filter((i) => i.type === "hidden").map((i) => [i.name, i.value]));
}

/** The answer fields of a question page, filled like a learner would. */
export function answerFields(page: Page, random: () => number): [string, string][] {
  return fillChallengeForm({ path: page.path, html: page.html }, random);
}

/** The "Continuer" link of a level-up or checkpoint screen. */
export function continueLink(html: string): string | undefined {
  for (const m of html.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/g)) {
    const text = m[2]!.replace(/<[^>]+>/g, "").trim();
    if (/^(Continuer|Continuer le test|Voir mon résultat)$/.test(text)) return attr(m[0].slice(0, m[0].indexOf(">") + 1), "href");
  }
  return undefined;
}

export const COMPETENCES = ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4", "4.1", "4.2", "4.3", "5.1", "5.2"];
