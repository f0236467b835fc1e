// A learner without JavaScript whose requests may go to any instance of the app (scale-out test,
// chaos run): one cookie jar, the base address chosen per request, redirects followed by hand.
import { attr, CookieJar, fillChallengeForm, forms } from "./bench-http";

export type Page = { base: string; path: string; status: number; html: string };
/** Where a POST led: the 303's target (acknowledged) or the status of a refused or failed request. */
export type PostResult = { status: number; location: string | null; html: string };

export class JarClient {
  private jar = new CookieJar();

  cookieHeader(): string {
    return this.jar.header();
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
      this.jar.keep(res);
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
    this.jar.keep(res);
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

// ---------------------------------------------------------------- the chaos run's learner

function networkCause(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  return (cause?.code ?? cause?.message ?? (e as Error).message ?? String(e)).slice(0, 60);
}

/** The request failed before any answer on a connection the server closed (keep-alive race). */
function staleConnection(e: unknown): boolean {
  const code = (e as { cause?: { code?: string } }).cause?.code;
  return code === "UND_ERR_SOCKET" || code === "ECONNRESET";
}

/** A login form's reply: a 303 anywhere but back to /connexion means logged in. */
function loggedIn(r: PostResult): string {
  return r.status === 303 && r.location && !r.location.startsWith("/connexion") ? "connecté" : `connexion-refusée-${r.status}`;
}

/** One request as the learner saw it, for the counts by phase (database up, killed, stopped). */
export type RequestRecord = { learner: number; method: "GET" | "POST"; path: string; t0: number; t1: number; status: number; outcome: string; unavailablePage: boolean };

/** The page a person sees when the database is down (issue [Q]): status 503 and this text. */
export const UNAVAILABLE_TEXT = /Service momentanément indisponible/i;

export type ChaosHooks = {
  /** still running? */
  running: () => boolean;
  /** a question page shown after an outage: the caller checks it against the database */
  onResume: (l: ChaosLearner, shown: { assessmentId: string; challengeId: string }) => Promise<void>;
  record: (r: RequestRecord) => void;
};

/**
 * A learner without JavaScript going through competence tests, one after the other. When a
 * request fails (database down), they wait a little and reload the page, or send the same
 * answer again as a browser's "resend" would; only a 303 to the next step counts as kept.
 */
export class ChaosLearner {
  readonly jar = new JarClient();
  readonly acks: { assessmentId: string; challengeId: string; at: number }[] = [];
  /** the answer sent when the last failure happened, not acknowledged since */
  pending: { assessmentId: string; challengeId: string } | null = null;
  /** answers posted but never acknowledged, as "assessmentId|challengeId" (they may be stored) */
  readonly sentWithoutAck = new Set<string>();
  /** a failure happened since the last question page */
  troubled = false;
  resubmissions = 0;
  relogins = 0;
  competencesDone = 0;
  private codeIndex: number;
  code: string;

  constructor(
    readonly n: number,
    readonly email: string,
    private readonly base: string,
    private readonly random: () => number,
  ) {
    this.codeIndex = n % COMPETENCES.length;
    this.code = COMPETENCES[this.codeIndex]!;
  }

  evaluationPath(): string {
    return `/competences/${this.code}/evaluation`;
  }

  private pause(min: number, max: number): Promise<void> {
    return new Promise((r) => setTimeout(r, min + this.random() * (max - min)));
  }

  private async get(path: string, hooks: ChaosHooks, retried = false): Promise<Page | null> {
    const t0 = Date.now();
    try {
      const page = await this.jar.get(() => this.base, path);
      const outcome = page.path.startsWith("/connexion") ? "connexion" : page.status === 200 ? "ok" : `http-${page.status}`;
      hooks.record({ learner: this.n, method: "GET", path, t0, t1: Date.now(), status: page.status, outcome, unavailablePage: UNAVAILABLE_TEXT.test(page.html) });
      return page;
    } catch (e) {
      hooks.record({ learner: this.n, method: "GET", path, t0, t1: Date.now(), status: 0, outcome: `réseau: ${networkCause(e)}`, unavailablePage: false });
      // a kept-alive connection the server had just closed: a browser retries at once
      if (!retried && staleConnection(e)) return this.get(path, hooks, true);
      return null;
    }
  }

  private async post(path: string, fields: [string, string][], hooks: ChaosHooks, classify: (r: PostResult) => string, retried = false): Promise<PostResult | null> {
    const t0 = Date.now();
    try {
      const res = await this.jar.post(this.base, path, fields);
      hooks.record({ learner: this.n, method: "POST", path, t0, t1: Date.now(), status: res.status, outcome: classify(res), unavailablePage: UNAVAILABLE_TEXT.test(res.html) });
      return res;
    } catch (e) {
      hooks.record({ learner: this.n, method: "POST", path, t0, t1: Date.now(), status: 0, outcome: `réseau: ${networkCause(e)}`, unavailablePage: false });
      if (!retried && staleConnection(e)) return this.post(path, fields, hooks, classify, true);
      return null;
    }
  }

  private nextCompetence(): boolean {
    this.competencesDone += 1;
    if (this.competencesDone >= COMPETENCES.length) return false;
    this.codeIndex = (this.codeIndex + 1) % COMPETENCES.length;
    this.code = COMPETENCES[this.codeIndex]!;
    return true;
  }

  /** Answers until `hooks.running()` turns false. `classify` says whether a POST's reply acknowledges the answer. */
  async run(hooks: ChaosHooks, classify: (r: PostResult) => string): Promise<void> {
    let path = this.evaluationPath();
    let resend: { path: string; fields: [string, string][]; q: { assessmentId: string; challengeId: string } } | null = null;
    const failed = async () => {
      this.troubled = true;
      await this.pause(500, 2000);
    };
    while (hooks.running()) {
      if (resend) {
        // the browser's "resend the form" after an error page
        const res = await this.post(resend.path, resend.fields, hooks, classify);
        this.resubmissions += 1;
        const outcome = res ? classify(res) : "réseau";
        if (res && outcome === "acquittée") {
          this.acks.push({ ...resend.q, at: Date.now() });
          this.sentWithoutAck.delete(`${resend.q.assessmentId}|${resend.q.challengeId}`);
          this.pending = null;
          path = res.location!;
          resend = null;
        } else if (res && (outcome === "ailleurs" || outcome === "terminé" || outcome === "vide")) {
          resend = null;
          path = this.evaluationPath();
        } else {
          if (outcome === "connexion") resend = null;
          await failed();
          if (outcome === "connexion") path = this.evaluationPath();
        }
        continue;
      }
      const page = await this.get(path, hooks);
      if (!page) {
        await failed();
        continue;
      }
      if (page.path.startsWith("/connexion")) {
        // sent to the login page: a person logs in again (once the site works) and goes back to the test
        await failed();
        const form = forms(page.html).find((f) => f.inputs.some((i) => i.name === "password"));
        if (form) {
          const fields: [string, string][] = form.inputs.filter((i) => i.type === "hidden").map((i) => [i.name, i.value]);
          fields.push(["email", this.email], ["password", LEARNER_PASSWORD]);
          const res = await this.post("/connexion", fields, hooks, loggedIn);
          if (res && loggedIn(res) === "connecté") this.relogins += 1;
          else await this.pause(500, 2000);
        }
        path = this.evaluationPath();
        continue;
      }
      if (page.status !== 200) {
        await failed();
        continue; // reload the same address
      }
      const q = shownQuestion(page);
      if (q) {
        if (this.troubled) {
          await hooks.onResume(this, q);
          this.troubled = false;
          this.pending = null;
        }
        const fields = answerFields(page, this.random);
        const target = page.path.split("?")[0]!;
        const res = await this.post(target, fields, hooks, classify);
        const outcome = res ? classify(res) : "réseau";
        if (res && outcome === "acquittée") {
          this.acks.push({ ...q, at: Date.now() });
          this.sentWithoutAck.delete(`${q.assessmentId}|${q.challengeId}`);
          path = res.location!;
        } else if (res && outcome === "terminé") {
          path = res.location!;
        } else if (res && (outcome === "vide" || outcome === "ailleurs")) {
          path = this.evaluationPath();
        } else {
          this.pending = q;
          this.sentWithoutAck.add(`${q.assessmentId}|${q.challengeId}`);
          await failed();
          // half of the time the learner reloads the question, else the browser resends the answer
          if (this.random() < 0.5) resend = { path: target, fields, q };
          else path = this.evaluationPath();
        }
        await this.pause(0, 200);
        continue;
      }
      if (/^\/competences\/[^/]+\/resultat/.test(page.path)) {
        if (!this.nextCompetence()) return;
        path = `/competences/${this.code}`;
        continue;
      }
      if (page.path.split("?")[0] === `/competences/${this.code}`) {
        let started: PostResult | null = null;
        try {
          started = await startCompetence(this.jar, this.base, this.code);
        } catch {
          await failed();
          continue;
        }
        if (!started) {
          if (!this.nextCompetence()) return;
          path = `/competences/${this.code}`;
        } else if (started.status === 303 && started.location && !started.location.includes("erreur=")) path = started.location;
        else await failed();
        continue;
      }
      const link = continueLink(page.html);
      if (link) {
        path = link;
        continue;
      }
      await failed();
      path = this.evaluationPath();
    }
  }
}
