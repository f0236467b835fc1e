// The chaos run's rules, kept pure so that they can be tested on their own: what counts as an
// acknowledged answer, what "resumes where they were" means, and the final count of lost and
// duplicated answers.

/** An answer the app said it kept: the learner's POST got a 303 to the next step. */
export type Ack = { learner: number; assessmentId: string; challengeId: string; at: number };
/** A stored answer, as read from the database. */
export type StoredAnswer = { learner: number; assessmentId: string; challengeId: string; rows: number };

/** How a POST of an answer ended, from the learner's side. */
export type PostOutcome = "acquittée" | "erreur" | "vide" | "ailleurs" | "connexion" | "terminé" | `http-${number}` | "réseau";

/**
 * Only a 303 to the next step (next question, level-up screen, checkpoint or result) is an
 * acknowledgement; a 303 back to the question with `?erreur=`, `?info=ailleurs` or to the login
 * page is not, nor is any other status.
 */
export function classifyPost(res: { status: number; location: string | null }): PostOutcome {
  if (res.status !== 303 && res.status !== 302) return `http-${res.status}`;
  const loc = res.location ?? "";
  if (loc.startsWith("/connexion")) return "connexion";
  const q = new URL(loc, "http://x").searchParams;
  if (q.get("erreur") === "vide") return "vide";
  if (q.has("erreur")) return "erreur";
  if (q.get("info") === "ailleurs") return "ailleurs";
  if (/^\/competences\/[^/]+\/resultat/.test(loc)) return "terminé";
  return "acquittée";
}

export type ResumeInput = {
  /** the question the app shows after the outage */
  shown: { assessmentId: string; challengeId: string };
  /** the assessment in the database at that moment */
  current: { currentChallengeId: string | null; state: string } | null;
  /** challenge ids of the answers stored for that assessment */
  answered: string[];
  /** challenge ids acknowledged to the learner for that assessment */
  acknowledged: string[];
  /** the answer posted when the outage hit, not acknowledged (null if the outage hit a page load) */
  pending: { assessmentId: string; challengeId: string } | null;
  /** challenge ids of this assessment posted at some point but never acknowledged (pending included) */
  sentWithoutAck: string[];
};

export type ResumeVerdict = { problems: string[]; committedWithoutAck: boolean };

/**
 * "Resumes where they were": the question shown is the assessment's current one, never one
 * already answered; every acknowledged answer is stored; a stored answer that was not
 * acknowledged must be one the learner did send when the database went down (committed, then
 * the connection died before the app could say so); `committedWithoutAck` tells when that is
 * the answer in flight at this outage.
 */
export function checkResume(r: ResumeInput): ResumeVerdict {
  const problems: string[] = [];
  const answered = new Set(r.answered);
  if (!r.current) problems.push(`test ${r.shown.assessmentId} introuvable en base`);
  else {
    if (r.current.state !== "started") problems.push(`test dans l'état ${r.current.state} alors qu'une question est affichée`);
    if (r.current.currentChallengeId !== r.shown.challengeId)
      problems.push(`question affichée ${r.shown.challengeId}, question en cours en base ${r.current.currentChallengeId ?? "aucune"}`);
  }
  if (answered.has(r.shown.challengeId)) problems.push(`question ${r.shown.challengeId} déjà répondue, reposée`);
  for (const c of r.acknowledged) if (!answered.has(c)) problems.push(`réponse acquittée à ${c} absente`);
  const acknowledged = new Set(r.acknowledged);
  const extra = r.answered.filter((c) => !acknowledged.has(c));
  const sent = new Set(r.sentWithoutAck);
  const inFlight = r.pending && r.pending.assessmentId === r.shown.assessmentId ? r.pending.challengeId : null;
  if (inFlight) sent.add(inFlight);
  for (const c of extra) if (!sent.has(c)) problems.push(`réponse à ${c} enregistrée alors que l'apprenant ne l'a jamais envoyée`);
  return { problems, committedWithoutAck: inFlight !== null && extra.includes(inFlight) };
}

export type AnswerCount = {
  /** acknowledged answers (distinct learner, assessment, challenge) */
  acknowledged: number;
  /** acknowledgements received (a repeated submission is acknowledged again) */
  acknowledgements: number;
  /** distinct stored answers of the learners' assessments */
  stored: number;
  lost: Ack[];
  /** a (assessment, challenge) stored more than once */
  duplicates: StoredAnswer[];
  /** stored, never acknowledged: committed while the connection died */
  storedWithoutAck: number;
};

const key = (a: { learner: number; assessmentId: string; challengeId: string }) => `${a.learner}|${a.assessmentId}|${a.challengeId}`;

/** Every acknowledged answer must be stored exactly once. */
export function countAnswers(acks: Ack[], stored: StoredAnswer[]): AnswerCount {
  const distinct = new Map<string, Ack>();
  for (const a of acks) if (!distinct.has(key(a))) distinct.set(key(a), a);
  const inDb = new Map(stored.map((s) => [key(s), s]));
  return {
    acknowledged: distinct.size,
    acknowledgements: acks.length,
    stored: stored.length,
    lost: [...distinct.values()].filter((a) => !inDb.has(key(a))),
    duplicates: stored.filter((s) => s.rows > 1),
    storedWithoutAck: stored.filter((s) => !distinct.has(key(s))).length,
  };
}

/** Options of scripts/chaos.ts. */
export type ChaosOptions = {
  kills: number;
  seed: number;
  learners: number;
  port: number;
  json: boolean;
  /** clean restarts (pg_ctl restart -m fast) in the second scenario */
  restarts: number;
  /** how long PostgreSQL stays stopped in the second scenario */
  stopSeconds: number;
  /** require the 503 "Service momentanément indisponible" page while PostgreSQL is stopped (null: decide from the code) */
  check503: boolean | null;
};

export function parseChaosArgs(argv: string[]): ChaosOptions {
  const o: ChaosOptions = { kills: 50, seed: 1, learners: 20, port: 5499, json: false, restarts: 3, stopSeconds: 10, check503: null };
  const num = (name: string, v: string | undefined, min: number): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} attend un entier ≥ ${min} (reçu : ${v ?? "rien"})`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.includes("=") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case "--kills":
        o.kills = num("kills", value(), 0);
        break;
      case "--seed":
        o.seed = num("seed", value(), 0);
        break;
      case "--learners":
        o.learners = num("learners", value(), 1);
        break;
      case "--port":
        o.port = num("port", value(), 1024);
        break;
      case "--restarts":
        o.restarts = num("restarts", value(), 0);
        break;
      case "--stop-seconds":
        o.stopSeconds = num("stop-seconds", value(), 0);
        break;
      case "--json":
        o.json = true;
        break;
      case "--check-503":
        o.check503 = true;
        break;
      case "--no-check-503":
        o.check503 = false;
        break;
      default:
        throw new Error(`option inconnue : ${a}`);
    }
  }
  return o;
}
