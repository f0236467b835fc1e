import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { attr, benchDatabase, Client, fillChallengeForm, forms, percentile, prng, sleep, startServer, type Server } from "./support/bench-http";

/**
 * Answer-to-next-question latency and saturation throughput, on PostgreSQL, through the real
 * HTTP forms (no browser, no JavaScript): simulated learners sign up on /inscription, start a
 * competence and answer by posting the challenge page's form, exactly as a browser with
 * JavaScript off does (multipart POST with the hidden `$ACTION_…` fields scraped from the GET,
 * Origin set, cookies kept, 303 redirects followed by hand).
 *
 *   (a) N learners (20) answering every 5 s on average (uniform think time 2.5–7.5 s, seeded);
 *   (b) the same learners with no think time: answers per second at saturation.
 *
 * Timed: from the answer POST to the fully received HTML of the page the redirects lead to
 * (normally the next question; a level-up or checkpoint screen after some answers, reported
 * apart). The learners then go on past those screens by their "Continuer" links.
 *
 * Needs a build (`npm run build`). Uses DATABASE_URL if set, else creates a database
 * pix_bench_<pid> on postgres://postgres@127.0.0.1:5432/postgres and drops it afterwards.
 *
 * Usage: npm run bench:answer [-- --duration 90 --saturation 30 --learners 20 --think 5 --seed 42 --json]
 * `--json` alone prints the report as JSON instead of text; `--json <file>` keeps the text and
 * also writes the JSON report to that file (for `npm run bench`).
 */

type Options = { duration: number; saturation: number; learners: number; think: number; seed: number; json: boolean; jsonFile?: string };

function parseArgs(argv: string[]): Options {
  const o: Options = { duration: 90, saturation: 30, learners: 20, think: 5, seed: 42, json: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split("=", 2) as [string, string | undefined];
    const value = () => Number(inline ?? argv[++i]);
    switch (flag) {
      case "--json":
        if (inline) o.jsonFile = inline;
        else if (argv[i + 1] && !argv[i + 1]!.startsWith("--")) o.jsonFile = argv[++i];
        else o.json = true;
        break;
      case "--duration":
        o.duration = value();
        break;
      case "--saturation":
        o.saturation = value();
        break;
      case "--learners":
        o.learners = value();
        break;
      case "--think":
        o.think = value();
        break;
      case "--seed":
        o.seed = value();
        break;
      default:
        throw new Error(`Option inconnue : ${flag}`);
    }
  }
  for (const k of ["duration", "saturation", "learners", "think", "seed"] as const) {
    if (!Number.isFinite(o[k]) || o[k] < 0) throw new Error(`--${k} doit être un nombre positif`);
  }
  o.learners = Math.min(Math.max(1, Math.floor(o.learners)), 200);
  o.duration = Math.min(o.duration, 3600);
  o.saturation = Math.min(o.saturation, 3600);
  return o;
}

// ---------------------------------------------------------------- a simulated learner

const COMPETENCES = ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4", "4.1", "4.2", "4.3", "5.1", "5.2"];

type Landing = "question" | "levelUp" | "checkpoint" | "result" | "other";
type Sample = { ms: number; postMs: number; landing: Landing; at: number };

function landingOf(p: string): Landing {
  const pathOnly = p.split("?")[0]!;
  if (/\/evaluation\/niveau-gagne$/.test(pathOnly)) return "levelUp";
  if (/\/evaluation\/bilan$/.test(pathOnly)) return "checkpoint";
  if (/\/resultat$/.test(pathOnly)) return "result";
  if (/\/evaluation$/.test(pathOnly) && !/[?&](erreur|info)=/.test(p)) return "question";
  return "other";
}

/** The "Continuer" / "Continuer le test" / "Voir mon résultat" link of a level-up or checkpoint screen. */
function continueLink(html: string): string | undefined {
  for (const m of html.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/g)) {
    const text = m[2]!.replace(/<[^>]+>/g, "").trim();
    if (/^(Continuer|Continuer le test|Voir mon résultat)$/.test(text)) return attr(m[0].slice(0, m[0].indexOf(">") + 1), "href");
  }
  return undefined;
}

class Learner {
  readonly client: Client;
  private page: { path: string; html: string } | null = null;
  private competenceIndex: number;
  private started = 0;
  done = false;

  constructor(
    base: string,
    readonly n: number,
    private readonly random: () => number,
  ) {
    this.client = new Client(base);
    this.competenceIndex = n % COMPETENCES.length;
  }

  async signUp(): Promise<void> {
    const { html } = await this.client.get("/inscription");
    const form = forms(html).find((f) => f.inputs.some((i) => i.name === "email"));
    if (!form) throw new Error("formulaire d'inscription introuvable");
    const fields: [string, string][] = form.inputs.filter((i) => i.type === "hidden").map((i) => [i.name, i.value]);
    fields.push(
      ["firstName", `Bench${this.n}`],
      ["lastName", "Charge"],
      ["email", `bench-${process.pid}-${Date.now().toString(36)}-${this.n}@exemple.fr`],
      ["password", "Bench-Pix-2026!"],
      ["terms", "on"],
    );
    const res = await this.client.post("/inscription", fields);
    if (!res.path.startsWith("/accueil")) throw new Error(`inscription refusée (${res.path})`);
  }

  /** Starts the next competence (or resumes it) and lands on its first question. */
  private async startNext(): Promise<void> {
    for (; this.started < COMPETENCES.length; ) {
      const code = COMPETENCES[this.competenceIndex % COMPETENCES.length]!;
      this.competenceIndex += 1;
      this.started += 1;
      const page = await this.client.get(`/competences/${code}`);
      const form = forms(page.html).find((f) => f.inputs.some((i) => i.name === "code" && i.value === code));
      if (!form) continue; // already finished: the next one
      this.page = await this.client.post(`/competences/${code}`, form.inputs.filter((i) => i.type === "hidden").map((i) => [i.name, i.value]));
      if (landingOf(this.page.path) === "question") return;
    }
    this.done = true;
  }

  async ready(): Promise<void> {
    await this.startNext();
  }

  /** Goes past level-up, checkpoint and result screens to a question (untimed: reading time). */
  private async toQuestion(): Promise<void> {
    for (let hop = 0; hop < 10 && !this.done; hop++) {
      const landing = this.page ? landingOf(this.page.path) : "other";
      if (landing === "question" && this.page!.html.includes('name="challengeId"')) return;
      if (landing === "levelUp" || landing === "checkpoint") {
        const next = continueLink(this.page!.html);
        if (!next) throw new Error(`lien « Continuer » introuvable sur ${this.page!.path}`);
        if (/\/resultat$/.test(next)) {
          await this.client.get(next);
          await this.startNext();
        } else this.page = await this.client.get(next);
        continue;
      }
      await this.startNext();
    }
    if (!this.done && !(this.page && landingOf(this.page.path) === "question")) throw new Error(`pas de question après ${this.page?.path}`);
  }

  /** The answer form filled like a learner would (scripts/support/bench-http.ts). */
  private answerFields(): { path: string; fields: [string, string][] } {
    return { path: this.page!.path.split("?")[0]!, fields: fillChallengeForm(this.page!, this.random) };
  }

  /** One answer: POST, then the redirect chain to the fully received next page. Timed. */
  async answer(): Promise<Sample | null> {
    await this.toQuestion();
    if (this.done) return null;
    const { path: p, fields } = this.answerFields();
    const t0 = performance.now();
    this.page = await this.client.post(p, fields);
    const ms = performance.now() - t0;
    const landing = landingOf(this.page.path);
    if (landing === "other") throw new Error(`réponse refusée : ${this.page.path}`);
    return { ms, postMs: this.client.lastPostMs, landing, at: t0 };
  }
}

// ---------------------------------------------------------------- phases and report


function summary(samples: Sample[]) {
  const all = samples.map((s) => s.ms).sort((a, b) => a - b);
  const q = samples.filter((s) => s.landing === "question").map((s) => s.ms).sort((a, b) => a - b);
  const round = (x: number) => (Number.isFinite(x) ? Math.round(x * 10) / 10 : null);
  return {
    count: all.length,
    p50: round(percentile(all, 50)),
    p95: round(percentile(all, 95)),
    p99: round(percentile(all, 99)),
    max: round(all[all.length - 1] ?? NaN),
    /** the answer POST alone (server action until its 303) and the page after it */
    postP50: round(percentile(samples.map((s) => s.postMs).sort((a, b) => a - b), 50)),
    pageP50: round(percentile(samples.map((s) => s.ms - s.postMs).sort((a, b) => a - b), 50)),
    toNextQuestion: { count: q.length, p50: round(percentile(q, 50)), p95: round(percentile(q, 95)), p99: round(percentile(q, 99)) },
    landings: samples.reduce<Record<string, number>>((acc, s) => ((acc[s.landing] = (acc[s.landing] ?? 0) + 1), acc), {}),
  };
}

async function runPhase(learners: Learner[], seconds: number, think: () => number): Promise<{ samples: Sample[]; errors: string[]; elapsed: number }> {
  const samples: Sample[] = [];
  const errors: string[] = [];
  const start = performance.now();
  const end = start + seconds * 1000;
  await Promise.all(
    learners.map(async (l) => {
      // spread the first answers over one think time so that learners do not answer in step
      const first = think();
      if (first > 0) await sleep(first * (l.n / learners.length));
      for (let i = 0; i < 100_000 && performance.now() < end && !l.done; i++) {
        try {
          const s = await l.answer();
          if (s) samples.push(s);
        } catch (e) {
          errors.push(e instanceof Error ? e.message : String(e));
          await sleep(200);
        }
        const wait = Math.min(think(), end - performance.now());
        if (wait > 0) await sleep(wait);
      }
    }),
  );
  return { samples, errors, elapsed: (performance.now() - start) / 1000 };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const log = (s: string) => (opts.json ? process.stderr.write(s + "\n") : console.log(s));
  if (!fs.existsSync(path.join(".next", "BUILD_ID"))) throw new Error("Pas de build : lancez d'abord npm run build.");
  const random = prng(opts.seed);
  const db = await benchDatabase();
  const outboxDir = fs.mkdtempSync(path.join(os.tmpdir(), "pix-bench-outbox-"));
  let server: Server | null = null;
  try {
    log(`[bench:answer] base PostgreSQL ${db.url.replace(/\/\/[^@]*@/, "//…@")}, démarrage du serveur…`);
    server = await startServer(db.url, outboxDir);
    const learners = Array.from({ length: opts.learners }, (_, i) => new Learner(server!.url, i, prng(opts.seed * 1000 + i + 1)));
    log(`[bench:answer] ${opts.learners} apprenants s'inscrivent et commencent une compétence…`);
    for (let i = 0; i < learners.length; i += 4) await Promise.all(learners.slice(i, i + 4).map(async (l) => (await l.signUp(), await l.ready())));
    // warm-up: one answer each, untimed (first compilation of each route, connection pools)
    await Promise.all(learners.map((l) => l.answer().catch(() => null)));

    const load0 = os.loadavg()[0]!;
    const lo = opts.think * 0.5;
    const hi = opts.think * 1.5;
    log(`[bench:answer] (a) une réponse toutes les ${opts.think} s en moyenne (attente uniforme ${lo}–${hi} s) pendant ${opts.duration} s…`);
    const a = await runPhase(learners, opts.duration, () => (lo + random() * (hi - lo)) * 1000);
    log(`[bench:answer] (b) sans temps de réflexion pendant ${opts.saturation} s…`);
    const b = await runPhase(learners, opts.saturation, () => 0);

    const report = {
      learners: opts.learners,
      seed: opts.seed,
      cpus: os.cpus().length,
      loadAverage1mBeforeAfter: [Math.round(load0 * 100) / 100, Math.round(os.loadavg()[0]! * 100) / 100],
      paced: { durationS: opts.duration, thinkS: [lo, hi], ...summary(a.samples), answersPerS: Math.round((a.samples.length / a.elapsed) * 100) / 100, errors: a.errors.length, errorSamples: [...new Set(a.errors)].slice(0, 5) },
      saturation: { durationS: opts.saturation, ...summary(b.samples), answersPerS: Math.round((b.samples.length / b.elapsed) * 10) / 10, errors: b.errors.length, errorSamples: [...new Set(b.errors)].slice(0, 5) },
      goalP95Ms: 100,
    };
    if (opts.jsonFile) fs.writeFileSync(opts.jsonFile, JSON.stringify(report, null, 2) + "\n");
    if (opts.json) console.log(JSON.stringify(report, null, 2));
    else {
      const pa = report.paced;
      const sa = report.saturation;
      console.log("");
      console.log(`Réponse → page suivante entièrement reçue (POST du formulaire, redirections suivies), PostgreSQL, ${report.cpus} cœurs`);
      console.log(`(charge moyenne de la machine sur 1 min, avant / après : ${report.loadAverage1mBeforeAfter.join(" / ")})`);
      console.log(`(a) ${opts.learners} apprenants, une réponse toutes les ${opts.think} s en moyenne, ${opts.duration} s`);
      console.log(`    ${pa.count} réponses (${pa.answersPerS}/s), p50 ${pa.p50} ms, p95 ${pa.p95} ms, p99 ${pa.p99} ms, max ${pa.max} ms, erreurs ${pa.errors}`);
      console.log(`    dont POST de la réponse (jusqu'au 303) p50 ${pa.postP50} ms, page suivante p50 ${pa.pageP50} ms`);
      console.log(`    vers la question suivante seulement : ${pa.toNextQuestion.count}, p50 ${pa.toNextQuestion.p50} ms, p95 ${pa.toNextQuestion.p95} ms, p99 ${pa.toNextQuestion.p99} ms`);
      console.log(`    pages d'arrivée : ${JSON.stringify(pa.landings)}`);
      if (pa.p95 !== null) console.log(`    objectif p95 < 100 ms : ${pa.p95 < 100 ? "atteint" : "NON atteint"}`);
      console.log(`(b) les mêmes sans temps de réflexion, ${opts.saturation} s`);
      console.log(`    ${sa.answersPerS} réponses/s (${sa.count} réponses), p50 ${sa.p50} ms, p95 ${sa.p95} ms, erreurs ${sa.errors}`);
      console.log(`    dont POST p50 ${sa.postP50} ms, page suivante p50 ${sa.pageP50} ms`);
      for (const e of [...pa.errorSamples, ...sa.errorSamples]) console.log(`    erreur : ${e}`);
    }
    if (report.paced.errors + report.saturation.errors > 0) process.exitCode = 1;
  } finally {
    await server?.stop();
    fs.rmSync(outboxDir, { recursive: true, force: true });
    await db.drop().catch((e) => console.error(`[bench:answer] base non supprimée : ${e instanceof Error ? e.message : e}`));
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
