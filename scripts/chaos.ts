// Chaos run (issue [Q] #14, faults on PostgreSQL): 20 learners without JavaScript answer
// competence tests on the production build while the script SIGKILLs its own PostgreSQL server
// at random moments (then restarts it: crash recovery), then restarts it cleanly and stops it
// for ~10 s. The app is never restarted. At the end, with the database up, every answer
// acknowledged to a learner must be stored exactly once, every learner must have resumed where
// they were after each outage, and the app must still be alive with /api/health green.
//
//   npm run chaos -- [--kills 50] [--seed 1] [--learners 20] [--port 5499] [--restarts 3]
//                    [--stop-seconds 10] [--check-503 | --no-check-503] [--json]
//
// Needs `npx next build` first and the PostgreSQL binaries (/usr/lib/postgresql/*/bin). Exit
// code 0 only if every check holds. See docs/chaos.md.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { startServer, type TestServer } from "../e2e/support/server";
import { percentile, prng, sleep } from "./support/bench-http";
import { checkResume, classifyPost, countAnswers, parseChaosArgs, type Ack, type ResumeVerdict, type StoredAnswer } from "./support/chaos-check";
import { ChaosCluster } from "./support/chaos-cluster";
import { ChaosLearner, shownQuestion, signUp, type RequestRecord } from "./support/chaos-learner";

const opts = parseChaosArgs(process.argv.slice(2));
const log = (msg: string) => {
  if (!opts.json) console.log(msg);
  else console.error(msg);
};
const random = prng(opts.seed);
const between = (min: number, max: number) => min + random() * (max - min);
const DB_NAME = "pix_chaos";

type Outage = { kind: "kill" | "restart" | "stop"; at: number; downFrom: number; upAt: number; startMs: number; children?: number; killMs?: number };
type Resume = { learner: number; at: number; verdict: ResumeVerdict };

function machine() {
  return { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? "?", memGb: Math.round(os.totalmem() / 1e9), load: os.loadavg().map((l) => Math.round(l * 100) / 100) };
}

/** A database query that waits out an outage (the check connection is killed along with the server). */
async function retrying<T>(fn: () => Promise<T>, what: string): Promise<T> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      return await fn();
    } catch (e) {
      if (Date.now() > deadline) throw new Error(`${what} : ${(e as Error).message}`);
      await sleep(300);
    }
  }
}

/** Whether the code base has the "Service momentanément indisponible" page (root proxy.ts and its page). */
function has503Page(): boolean {
  if (!fs.existsSync(path.join(process.cwd(), "proxy.ts"))) return false;
  return ["proxy.ts", "lib/http/service-pages.ts"].some((f) => {
    const p = path.join(process.cwd(), f);
    return fs.existsSync(p) && /momentanément indisponible/i.test(fs.readFileSync(p, "utf8"));
  });
}

async function main() {
  const check503 = opts.check503 ?? has503Page();
  const loadBefore = machine();
  const t0 = Date.now();
  if (!fs.existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) throw new Error("Pas de build : lancez `npx next build` d'abord.");

  const cluster = new ChaosCluster(opts.port);
  let server: TestServer | undefined;
  let check: postgres.Sql | undefined;
  let stopping = false;
  const cleanup = async () => {
    await server?.stop().catch(() => {});
    if (server) fs.rmSync(server.dataDir, { recursive: true, force: true });
    await check?.end({ timeout: 1 }).catch(() => {});
    await cluster.remove().catch(() => {});
  };
  process.once("SIGINT", () => {
    stopping = true;
    void cleanup().then(() => process.exit(130));
  });

  try {
    log(`PostgreSQL jetable dans ${cluster.dir} (port ${opts.port})`);
    cluster.init();
    cluster.start();
    const admin = postgres(cluster.url, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${DB_NAME}`);
    await admin.end();
    const databaseUrl = cluster.urlFor(DB_NAME);

    log("Démarrage de l'application (build de production, migrations et données de démonstration)…");
    server = await startServer({ env: { DATABASE_URL: databaseUrl } });
    const app = server;
    check = postgres(databaseUrl, { max: 4, onnotice: () => {}, connect_timeout: 3, idle_timeout: 5 });
    const sql = check;

    // accounts: signed up through the app, four at a time
    const runId = `${process.pid}-${Date.now().toString(36)}`;
    const learners: ChaosLearner[] = [];
    for (let i = 0; i < opts.learners; i++) learners.push(new ChaosLearner(i, `chaos-${runId}-${i}@exemple.fr`, app.url, prng(opts.seed * 1000 + i + 1)));
    for (let i = 0; i < learners.length; i += 4)
      await Promise.all(learners.slice(i, i + 4).map((l) => signUp(l.jar, app.url, l.email, l.n)));
    log(`${learners.length} apprenants inscrits.`);

    const requests: RequestRecord[] = [];
    const resumes: Resume[] = [];
    const outages: Outage[] = [];
    let running = true;
    const hooks = {
      running: () => running && !stopping,
      record: (r: RequestRecord) => void requests.push(r),
      onResume: async (l: ChaosLearner, shown: { assessmentId: string; challengeId: string }) => {
        const [current, answered] = await retrying(
          () =>
            Promise.all([
              sql<{ currentChallengeId: string | null; state: string }[]>`select current_challenge_id as "currentChallengeId", state from assessments where id = ${shown.assessmentId}`,
              sql<{ challengeId: string }[]>`select challenge_id as "challengeId" from answers where assessment_id = ${shown.assessmentId}`,
            ]),
          "lecture de la reprise",
        );
        const verdict = checkResume({
          shown,
          current: current[0] ?? null,
          answered: answered.map((a) => a.challengeId),
          acknowledged: l.acks.filter((a) => a.assessmentId === shown.assessmentId).map((a) => a.challengeId),
          pending: l.pending,
          sentWithoutAck: [...l.sentWithoutAck].filter((k) => k.startsWith(`${shown.assessmentId}|`)).map((k) => k.slice(k.indexOf("|") + 1)),
        });
        resumes.push({ learner: l.n, at: Date.now(), verdict });
        if (verdict.problems.length) log(`  ✗ reprise de l'apprenant ${l.n} : ${verdict.problems.join(" ; ")}`);
      },
    };
    const classify = (r: { status: number; location: string | null }) => classifyPost(r);
    const runs = learners.map((l) => l.run(hooks, classify).catch((e: Error) => log(`  ✗ apprenant ${l.n} arrêté : ${e.message}`)));

    // warm-up: every learner has answered once
    const warm = Date.now() + 90_000;
    while (learners.some((l) => l.acks.length === 0) && Date.now() < warm) await sleep(250);
    log(`Échauffement terminé en ${((Date.now() - t0) / 1000).toFixed(0)} s depuis le début.`);

    // scenario 1: SIGKILL at random moments
    const tKills = Date.now();
    for (let k = 1; k <= opts.kills && !stopping; k++) {
      await sleep(between(1500, 5000));
      const downFrom = Date.now();
      const killed = await cluster.kill();
      await sleep(between(200, 1500));
      let startMs = 0;
      for (let attempt = 1; ; attempt++) {
        try {
          startMs = cluster.start();
          break;
        } catch (e) {
          if (attempt >= 3) throw e;
          await sleep(1000);
        }
      }
      outages.push({ kind: "kill", at: k, downFrom, upAt: Date.now(), startMs, children: killed.children, killMs: killed.ms });
      if (k % 10 === 0 || k === opts.kills) log(`  ${k}/${opts.kills} SIGKILL (${learners.reduce((s, l) => s + l.acks.length, 0)} réponses acquittées)`);
    }
    const killsSeconds = (Date.now() - tKills) / 1000;

    // scenario 2: clean restarts, then a stop of a few seconds
    const tClean = Date.now();
    for (let r = 1; r <= opts.restarts && !stopping; r++) {
      await sleep(between(3000, 6000));
      const downFrom = Date.now();
      const ms = cluster.restart();
      outages.push({ kind: "restart", at: r, downFrom, upAt: Date.now(), startMs: ms });
    }
    let stopWindow: { from: number; to: number } | null = null;
    if (opts.stopSeconds > 0 && !stopping) {
      await sleep(between(3000, 6000));
      const downFrom = Date.now();
      cluster.stop();
      const from = Date.now();
      await sleep(opts.stopSeconds * 1000);
      const to = Date.now();
      const ms = cluster.start();
      stopWindow = { from, to };
      outages.push({ kind: "stop", at: 1, downFrom, upAt: Date.now(), startMs: ms });
    }
    log(`Redémarrages propres et arrêt de ${opts.stopSeconds} s faits ; les apprenants continuent 20 s.`);
    await sleep(20_000);
    const cleanSeconds = (Date.now() - tClean) / 1000;
    running = false;
    await Promise.all(runs);

    // ------------------------------------------------------------ checks, database up
    const failures: string[] = [];

    // 1. acknowledged answers, stored exactly once
    const acks: Ack[] = learners.flatMap((l) => l.acks.map((a) => ({ learner: l.n, ...a })));
    const emails = learners.map((l) => l.email);
    const rows = await retrying(
      () =>
        sql<{ email: string; assessmentId: string; challengeId: string; rows: number }[]>`
          select u.email, a.assessment_id as "assessmentId", a.challenge_id as "challengeId", count(*)::int as rows
          from answers a join assessments s on s.id = a.assessment_id join users u on u.id = s.user_id
          where u.email in ${sql(emails)}
          group by u.email, a.assessment_id, a.challenge_id`,
      "lecture des réponses",
    );
    const byEmail = new Map(learners.map((l) => [l.email, l.n]));
    const stored: StoredAnswer[] = rows.map((r) => ({ learner: byEmail.get(r.email)!, assessmentId: r.assessmentId, challengeId: r.challengeId, rows: r.rows }));
    const counted = countAnswers(acks, stored);
    if (counted.lost.length) failures.push(`${counted.lost.length} réponse(s) acquittée(s) perdue(s) : ${counted.lost.slice(0, 5).map((a) => `${a.learner}/${a.challengeId}`).join(", ")}`);
    if (counted.duplicates.length) failures.push(`${counted.duplicates.length} réponse(s) en double`);
    if (counted.acknowledged === 0) failures.push("aucune réponse acquittée : le test n'a rien mesuré");

    // 2. each learner resumes where they were, now: the question shown is the current one
    for (const l of learners) {
      const page = await l.jar.get(() => app.url, l.evaluationPath());
      const q = shownQuestion(page);
      if (q) await hooks.onResume(l, q);
      else if (page.status !== 200) failures.push(`apprenant ${l.n} : ${page.path} → ${page.status} à la fin`);
    }
    const badResumes = resumes.filter((r) => r.verdict.problems.length);
    if (badResumes.length) failures.push(`${badResumes.length} reprise(s) ailleurs que là où l'apprenant en était`);

    // 3. the app never died, its health is green without a restart
    let appAlive = true;
    try {
      process.kill(app.pid, 0);
    } catch {
      appAlive = false;
    }
    if (!appAlive) failures.push("le processus de l'application est mort");
    const health = await fetch(`${app.url}/api/health`).then(async (r) => ({ status: r.status, body: (await r.json()) as unknown }), (e: Error) => ({ status: 0, body: e.message }));
    if (health.status !== 200) failures.push(`/api/health → ${health.status} à la fin`);

    // 4. what learners got while PostgreSQL was down
    // requests sent while the server was down (their reply may come after it is back)
    const kills0 = () => outages.filter((o) => o.kind === "kill");
    const inWindow = (r: RequestRecord, w: { from: number; to: number }) => r.t0 >= w.from && r.t0 < w.to;
    const killWindows = outages.filter((o) => o.kind === "kill").map((o) => ({ from: o.downFrom, to: o.upAt }));
    const tally = (list: RequestRecord[]) => {
      const m: Record<string, number> = {};
      for (const r of list) {
        const k = `${r.method} ${r.outcome}${r.unavailablePage ? " (page indisponible)" : ""}`;
        m[k] = (m[k] ?? 0) + 1;
      }
      return Object.fromEntries(Object.entries(m).sort((a, b) => b[1] - a[1]));
    };
    const duringKills = requests.filter((r) => killWindows.some((w) => inWindow(r, w)));
    const duringStop = stopWindow ? requests.filter((r) => inWindow(r, stopWindow)) : [];
    const stop503 = duringStop.filter((r) => r.status === 503 && r.unavailablePage).length;
    // answered before PostgreSQL was started again: these must all be the 503 page
    // (a request that got no HTTP answer at all, a network error, is counted apart)
    // (sent once the proxy's one-second probe cache has run out: a request already in flight when
    // PostgreSQL stopped fails inside the page, with the error page, and is counted apart)
    const answeredWhileStopped = stopWindow ? duringStop.filter((r) => r.t0 >= stopWindow.from + 1000 && r.t1 < stopWindow.to && r.status !== 0) : [];
    const answeredWhileStopped503 = answeredWhileStopped.filter((r) => r.status === 503 && r.unavailablePage).length;
    if (check503) {
      if (!answeredWhileStopped.length) failures.push("aucune réponse de l'application pendant l'arrêt de PostgreSQL : la page 503 n'a pas été vue");
      else if (answeredWhileStopped503 !== answeredWhileStopped.length)
        failures.push(`pendant l'arrêt, ${answeredWhileStopped.length - answeredWhileStopped503}/${answeredWhileStopped.length} réponses sans la page 503 « Service momentanément indisponible »`);
    }
    const sentToLogin = requests.filter((r) => r.outcome === "connexion").length;
    // answers being posted at the very moment of a SIGKILL (the riskiest moment for a lost answer)
    const isAnswerPost = (r: RequestRecord) => r.method === "POST" && r.path.endsWith("/evaluation");
    const postsInFlightAtKill = requests.filter((r) => isAnswerPost(r) && kills0().some((o) => r.t0 <= o.downFrom && r.t1 >= o.downFrom));
    const killsHittingAnAnswer = kills0().filter((o) => requests.some((r) => isAnswerPost(r) && r.t0 <= o.downFrom && r.t1 >= o.downFrom)).length;

    // recovery: after each outage, when each learner was served a real page again (not the 503
    // page, not an error), and how long until every learner had an answer acknowledged again
    const good = (r: RequestRecord) => (r.status === 200 && !r.unavailablePage && r.outcome === "ok") || r.outcome === "acquittée";
    const servedAgain = (o: Outage) =>
      learners.map((l) => {
        const r = requests.find((x) => x.learner === l.n && x.t0 >= o.upAt && good(x));
        return r ? r.t1 - o.upAt : NaN;
      });
    const recoveries = outages.map((o) => {
      const next = learners.map((l) => l.acks.find((a) => a.at > o.upAt)?.at).filter((t): t is number => t !== undefined);
      return next.length === learners.length ? Math.max(...next) - o.upAt : NaN;
    });
    // while PostgreSQL was up (from 1 s after it was back until the next outage): what learners got
    const downOrJustBack = (t: number) => outages.some((o) => t >= o.downFrom && t < o.upAt + 1000);
    const whileUp = requests.filter((r) => !downOrJustBack(r.t0) && r.t0 >= outages[0]!.downFrom - 60_000);
    const sortedNum = (xs: number[]) => xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
    const stat = (xs: number[]) => {
      const s = sortedNum(xs);
      return { median: Math.round(percentile(s, 50)), p95: Math.round(percentile(s, 95)), max: Math.round(s[s.length - 1] ?? NaN) };
    };
    const kills = outages.filter((o) => o.kind === "kill");

    const summary = {
      ok: failures.length === 0,
      failures,
      options: { ...opts, check503 },
      figures: {
        kills: kills.length,
        cleanRestarts: outages.filter((o) => o.kind === "restart").length,
        stopSeconds: stopWindow ? opts.stopSeconds : 0,
        learners: learners.length,
        answersAcknowledged: counted.acknowledged,
        acknowledgements: counted.acknowledgements,
        answersStored: counted.stored,
        lost: counted.lost.length,
        duplicates: counted.duplicates.length,
        storedWithoutAck: counted.storedWithoutAck,
        answerPostsInFlightAtKill: postsInFlightAtKill.length,
        killsHittingAnAnswerPost: killsHittingAnAnswer,
        resumesChecked: resumes.length,
        resumesWrong: badResumes.length,
        committedWithoutAckAtResume: resumes.filter((r) => r.verdict.committedWithoutAck).length,
        resubmissions: learners.reduce((s, l) => s + l.resubmissions, 0),
        relogins: learners.reduce((s, l) => s + l.relogins, 0),
        sentToLogin,
        competencesFinished: learners.reduce((s, l) => s + l.competencesDone, 0),
        requests: requests.length,
      },
      whileKilled: { requests: duringKills.length, outcomes: tally(duringKills) },
      whileUp: {
        requests: whileUp.length,
        unavailable503: whileUp.filter((r) => r.status === 503).length,
        errors500: whileUp.filter((r) => r.status === 500).length,
        requestMs: stat(whileUp.map((r) => r.t1 - r.t0)),
      },
      whileStopped: {
        requests: duringStop.length,
        with503Page: stop503,
        answeredBeforeRestart: answeredWhileStopped.length,
        answeredBeforeRestartWith503Page: answeredWhileStopped503,
        outcomes: tally(duringStop),
      },
      perLearner: learners.map((l) => ({ learner: l.n, acks: l.acks.length, competence: l.code, lastAckAt: l.acks.length ? new Date(l.acks[l.acks.length - 1]!.at).toISOString() : null })),
      allFailedRequests: tally(requests.filter((r) => r.outcome !== "ok" && r.outcome !== "acquittée")),
      durations: {
        totalSeconds: Math.round((Date.now() - t0) / 1000),
        killScenarioSeconds: Math.round(killsSeconds),
        cleanScenarioSeconds: Math.round(cleanSeconds),
        killToReapedMs: stat(kills.map((o) => o.killMs ?? NaN)),
        crashRecoveryStartMs: stat(kills.map((o) => o.startMs)),
        downtimePerKillMs: stat(kills.map((o) => o.upAt - o.downFrom)),
        learnerServedAgainAfterKillMs: stat(kills.flatMap(servedAgain)),
        everyLearnerAnsweringAgainAfterKillMs: stat(recoveries.slice(0, kills.length)),
        cleanRestartMs: stat(outages.filter((o) => o.kind === "restart").map((o) => o.upAt - o.downFrom)),
        afterStopLearnerServedAgainMs: stopWindow ? stat(servedAgain(outages[outages.length - 1]!)) : null,
        afterStopEveryLearnerAnsweringAgainMs: stopWindow ? Math.round(recoveries[recoveries.length - 1] ?? NaN) : null,
        requestMs: stat(requests.filter((r) => r.status !== 0).map((r) => r.t1 - r.t0)),
      },
      app: {
        pid: app.pid,
        alive: appAlive,
        health,
        // what the app's log says about the outages (the log is kept whole by startServer)
        log: {
          uncaughtExceptions: (app.logs().match(/uncaughtException/g) ?? []).length,
          connectTimeouts: (app.logs().match(/code: 'CONNECT_TIMEOUT'/g) ?? []).length,
          connectionsClosed: (app.logs().match(/code: 'CONNECTION_CLOSED'/g) ?? []).length,
          serviceUnavailableThrown: (app.logs().match(/service unavailable/g) ?? []).length,
        },
      },
      machine: { before: loadBefore, after: machine() },
    };

    if (process.env.CHAOS_TRACE) fs.writeFileSync(process.env.CHAOS_TRACE, JSON.stringify({ requests, outages, resumes, appLog: app.logs().slice(-200_000) }, null, 1));
    if (opts.json) console.log(JSON.stringify(summary, null, 2));
    else {
      const f = summary.figures;
      console.log("\n── Chaos run ──");
      console.log(`SIGKILL : ${f.kills} · redémarrages propres : ${f.cleanRestarts} · arrêt : ${f.stopSeconds} s · apprenants : ${f.learners}`);
      console.log(`Réponses acquittées : ${f.answersAcknowledged} (${f.acknowledgements} accusés, ${f.resubmissions} renvois) · enregistrées : ${f.answersStored} · perdues : ${f.lost} · en double : ${f.duplicates} · enregistrées sans accusé : ${f.storedWithoutAck}`);
      console.log(`Reprises vérifiées : ${f.resumesChecked} · fausses : ${f.resumesWrong} · renvoyés vers /connexion : ${f.sentToLogin} (reconnexions : ${f.relogins})`);
      console.log(`Pendant les SIGKILL (${summary.whileKilled.requests} requêtes) : ${JSON.stringify(summary.whileKilled.outcomes)}`);
      console.log(`Pendant l'arrêt (${summary.whileStopped.requests} requêtes, ${stop503} avec la page 503) : ${JSON.stringify(summary.whileStopped.outcomes)}`);
      console.log(`PostgreSQL en marche (${summary.whileUp.requests} requêtes) : ${summary.whileUp.unavailable503} pages 503, ${summary.whileUp.errors500} erreurs 500, durée ${JSON.stringify(summary.whileUp.requestMs)} ms`);
      console.log(`Durées : ${JSON.stringify(summary.durations)}`);
      console.log(`Application : pid ${app.pid} ${appAlive ? "vivante" : "MORTE"} · /api/health ${health.status} · journal : ${JSON.stringify(summary.app.log)}`);
      console.log(`Machine : ${JSON.stringify(summary.machine)}`);
      console.log(failures.length ? `\n✗ ${failures.join("\n✗ ")}` : "\n✓ 0 réponse acquittée perdue, reprises exactes, application rétablie sans redémarrage.");
    }
    process.exitCode = failures.length ? 1 : 0;
  } catch (e) {
    console.error(e);
    if (server) console.error(`--- journal de l'application (fin) ---\n${server.logs().slice(-4000)}`);
    console.error(`--- journal PostgreSQL (fin) ---\n${cluster.logTail(30)}`);
    process.exitCode = 2;
  } finally {
    await cleanup();
  }
}

void main();
