// The authorisation matrix's second half of the owners' states: what must have happened for the
// remaining forms and addresses to exist (a finalised and a published certification session, an
// interrupted candidate, a problem report, a contact message, a tutorial proposal, a staff
// preview, ABC Diag results for a campaign's groups and a result code, a learner's finished
// competence test and checkpoints, an invitation e-mail). Done through the app's own forms, or in
// SQL for the certification tests already played (as e2e/certif-certificates.e2e.ts does).
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { drizzle } from "drizzle-orm/postgres-js";
import type postgres from "postgres";
import type { Db } from "@/db/client";
import * as schema from "@/db/schema";
import { getContentIndex } from "@/lib/content";
import { answersWith, insertCourse, insertIncident, insertSession } from "@/lib/certification/finalise/test-fixtures";
import { decodeEntities } from "../../scripts/support/bench-http";
import { Session, type PageForm, type Reply } from "../../scripts/support/fuzz-http";
import { filled, formWith, postForm } from "./authz-crawl";

/** Follows a server action's redirect like a browser; returns where it ended ("" if no redirect). */
export async function follow(s: Session, r: Reply): Promise<string> {
  if (r.status >= 300 && r.status < 400 && r.location) {
    const u = new URL(r.location, s.base);
    return (await s.open(u.pathname + u.search)).path;
  }
  return "";
}

/** Posts a form as a person fills it (filled()), some fields overridden. */
export async function submitFilled(s: Session, page: string, form: PageForm, values: Record<string, string>, button?: { name: string; value: string }): Promise<Reply> {
  const body = filled(form, button);
  for (const [k, v] of Object.entries(values)) body.set(k, v);
  const target = form.action && form.action.startsWith("/") ? form.action : page.split("?")[0]!;
  return s.send("POST", target, { body });
}

export type CertifStates = {
  /** finalised, waiting for publication: a neutralised question to overrule */
  finalised: { id: string };
  /** finalised and published: the learner's certificate */
  published: { id: string; courseId: string };
  /** a candidate of session S whose test is paused (changed computer) */
  pausedCandidate: string;
};

/**
 * Two sessions of centre A with tests already played, in SQL; the centre finalises both through
 * its form, platform staff publish the second through theirs. A paused test in session S.
 */
export async function certificationStates(sql: postgres.Sql, centre: Session, staff: Session, sessionSId: string): Promise<CertifStates> {
  const db = drizzle(sql, { schema }) as unknown as Db;
  const [centerA] = await sql<{ id: string }[]>`select id from certification_centers where name = 'Centre de certification de la Médiathèque Jean-Macé'`;
  const [learner] = await sql<{ id: string }[]>`select id from users where email = 'apprenant@exemple.fr'`;
  const mk = async (email: string, firstName: string, lastName: string) => {
    const [u] = await sql<{ id: string }[]>`insert into users (email, first_name, last_name, role, terms_accepted_at) values (${email}, ${firstName}, ${lastName}, 'user', now()) returning id`;
    return u!.id;
  };
  const paul = await mk("paul.girard@exemple.fr", "Paul", "Girard");
  const ines = await mk("ines.simon@exemple.fr", "Inès", "Simon");
  const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Paris" });

  // F1: Laura finished, Paul did not (an incident on a question: neutralised at finalisation)
  const f1 = await insertSession(db, centerA!.id, today);
  await insertCourse(db, { sessionId: f1.id, userId: learner!.id, firstName: "Laura", lastName: "Martin", birthDate: "1985-03-14", state: "ended", answers: answersWith(15) });
  const unfinished = await insertCourse(db, { sessionId: f1.id, userId: paul, firstName: "Paul", lastName: "Girard", state: "started", answers: answersWith(4, 4) });
  await insertIncident(db, unfinished.courseId, "question", unfinished.questions[0]!.challengeId, "L'image ne s'affichait pas.");
  // F2: Laura finished
  const f2 = await insertSession(db, centerA!.id, today);
  const done = await insertCourse(db, { sessionId: f2.id, userId: learner!.id, firstName: "Laura", lastName: "Martin", birthDate: "1985-03-14", state: "ended", answers: answersWith(12) });

  for (const [f, abort] of [
    [f1, { [`abandon-${unfinished.courseId}`]: "technical" }],
    [f2, {}],
  ] as const) {
    const page = `/certif/${centerA!.id}/sessions/${f.id}/finalisation`;
    const form = await formWith(centre, page, ["commentaire"]);
    const ended = await follow(centre, await postForm(centre, form.path, form.form, { commentaire: "RAS.", ...abort }));
    assert.match(ended, /finalisee=1/, `la session ${f.number} est finalisée (${ended})`);
  }
  const pub = await formWith(staff, `/admin/certification/${f2.id}`, ["sessionId"], /Publier la session/);
  assert.match(await follow(staff, await postForm(staff, pub.path, pub.form, {})), /message=publiee/, "la session est publiée");

  // session S: Inès changed computer, her test is paused until the invigilator allows the resume
  const paused = await insertCourse(db, { sessionId: sessionSId, userId: ines, firstName: "Inès", lastName: "Simon", birthDate: "2001-09-03", state: "paused", answers: answersWith(3, 3) });
  return { finalised: { id: f1.id }, published: { id: f2.id, courseId: done.courseId }, pausedCandidate: paused.candidateId };
}

/** The right answer to a question with choices or free fields, from the content and the page; null for the others. */
function rightAnswer(challengeId: string, html: string, form: PageForm): [string, string][] | null {
  const c = getContentIndex().challengeById.get(challengeId);
  if (!c) return null;
  const sol = c.solution;
  if (sol.type === "QCU" || sol.type === "QCM") {
    // the proposals' values are the page's own: found by their label
    const byText = new Map<string, string>();
    for (const m of html.matchAll(/<input\b[^>]*\bvalue="([^"]*)"[^>]*>\s*<label[^>]*>([\s\S]*?)<\/label>/g)) byText.set(decodeEntities(m[2]!.replace(/<[^>]+>/g, "")).trim(), decodeEntities(m[1]!));
    const ids = sol.type === "QCU" ? [sol.proposalId] : sol.proposalIds;
    const values = ids.map((id) => byText.get(c.proposals.find((p) => p.id === id)?.text.trim() ?? ""));
    if (values.some((v) => v === undefined)) return null;
    return values.map((v) => [sol.type === "QCU" ? "reponse" : "reponses", v!]);
  }
  if (sol.type === "QROC" || sol.type === "QROCM-ind") {
    const texts = form.fields.filter((f) => f.type !== "hidden" && f.type !== "radio" && f.type !== "checkbox");
    const keys = Object.keys(sol.variants);
    if (keys.length === 1 && texts.length === 1) return [[texts[0]!.name, sol.variants[keys[0]!]![0] ?? ""]];
    return keys.map((k) => [texts.find((t) => t.name === k || t.name.endsWith(k))?.name ?? k, sol.variants[k]![0] ?? ""]);
  }
  return null;
}

/**
 * Plays a test from `start`: answers rightly while `right()` says so (when the content allows),
 * else "Je passe", until `stop` says so. Returns every address it was sent to, and the
 * simulators' addresses of the questions it saw.
 */
export async function skipThrough(s: Session, start: string, stop: (p: string) => boolean, max = 40, right: () => boolean = () => false): Promise<string[]> {
  const went: string[] = [];
  let at = start;
  for (let i = 0; i < max; i++) {
    const q = await formWith(s, at, ["challengeId"]).catch(() => null);
    if (!q) break;
    for (const m of q.html.matchAll(/\ssrc="(\/simulateur\/[^"]+)"/g)) went.push(m[1]!.replace(/&amp;/g, "&"));
    const challengeId = q.form.fields.find((f) => f.name === "challengeId")!.value;
    const answer = right() && !at.includes("erreur=") ? rightAnswer(challengeId, q.html, q.form) : null;
    let r: Reply;
    if (answer) {
      const body = new FormData();
      for (const f of q.form.fields) if (f.type === "hidden") body.append(f.name, f.value);
      for (const [k, v] of answer) body.append(k, v);
      r = await s.send("POST", q.path.split("?")[0]!, { body });
    } else r = await postForm(s, q.path, q.form, {}, { name: "passer", value: "1" });
    const loc = r.location ? new URL(r.location, s.base) : null;
    if (!loc) break;
    went.push(loc.pathname + loc.search);
    if (stop(loc.pathname + loc.search)) break;
    at = loc.pathname + loc.search;
    if (!/\/evaluation$|\/question$/.test(loc.pathname)) at = start;
  }
  return went;
}

export type LearnerStates = { extra: string[] };

/**
 * The learner: a competence test played to its end by skipping (its result and its checkpoints),
 * a checkpoint of the assessment campaign (the campaign stays in progress), a problem report on
 * the competence test in progress, a tutorial proposal. Returns the addresses to add to the crawl.
 */
export async function learnerStates(learner: Session): Promise<LearnerStates> {
  const extra: string[] = [];
  // competence 1.2 to its end
  const start = await formWith(learner, "/competences/2.1", ["code"], /Commencer|Reprendre/);
  await follow(learner, await postForm(learner, start.path, start.form, {}));
  // right answers until a level is gained, then "Je passe" to the end
  let up = false;
  const went = await skipThrough(learner, "/competences/2.1/evaluation", (p) => {
    up ||= p.includes("/niveau-gagne");
    return p.includes("/resultat");
  }, 80, () => !up);
  if (process.env.AUTHZ_DEBUG) console.log("2.1", went);
  extra.push(...went.filter((p) => p.includes("/bilan?")).slice(0, 1), ...went.filter((p) => /\/resultat|\/niveau-gagne/.test(p)).slice(0, 2));
  extra.push("/competences/2.1/remettre-a-zero");
  // the campaign up to its first checkpoint
  const camp = await skipThrough(learner, "/campagnes/CAPABC246/evaluation", (p) => p.includes("/bilan"), 12);
  extra.push(...camp.filter((p) => p.includes("/bilan")).slice(0, 1));
  // a simulator of a question seen on the way (its address carries the learner's run)
  extra.push(...[...camp, ...went].filter((p) => p.startsWith("/simulateur/")).slice(0, 1));
  // a problem reported on the question of competence 1.1
  const q = await learner.open("/competences/1.1/evaluation");
  const report = q.reply.body.match(/href="(\/competences\/1\.1\/evaluation\/signaler\?[^"]+)"/)?.[1]?.replace(/&amp;/g, "&");
  assert.ok(report, "le lien « Signaler un problème » de la question");
  const rf = await formWith(learner, report, ["comment"]);
  await follow(learner, await submitFilled(learner, rf.path, rf.form, { comment: "L'image ne s'affiche pas chez moi." }));
  // a tutorial of the content, and a proposal made from it
  const tutorial = [...getContentIndex().tutorialById.keys()][0]!;
  const tutorialPage = `/tutoriels/${encodeURIComponent(tutorial)}`;
  extra.push(tutorialPage, "/competences/2.1/resultat");
  const tpage = await learner.open(tutorialPage);
  const propose = tpage.reply.body.match(/href="(\/tutoriels\/proposer\?[^"]+)"/)?.[1]?.replace(/&amp;/g, "&");
  assert.ok(propose, "le lien « Proposer un tutoriel » d'un tutoriel");
  const tp = await formWith(learner, propose, ["title", "why"]);
  const sent = await follow(learner, await submitFilled(learner, tp.path, tp.form, { title: "Créer une adresse e-mail pas à pas", url: "https://exemple.fr/tutoriel-messagerie", body: "", why: "Il explique chaque étape avec des images." }));
  if (process.env.AUTHZ_DEBUG) console.log("proposition", sent);
  return { extra };
}

/** A visitor's contact message, for the staff's messages page. */
export async function contactMessage(visitor: Session): Promise<void> {
  const c = await formWith(visitor, "/aide/contact", ["message"]);
  const r = await submitFilled(visitor, c.path, c.form, { name: "Léa Fontaine", email: "lea.fontaine@exemple.fr", message: "Je n'arrive pas à retrouver mon compte, pouvez-vous m'aider ?" });
  assert.ok(r.status === 303 || r.status === 200, `message de contact : HTTP ${r.status}`);
}

/**
 * Three visitors without an account take the structure's ABC Diag campaign (CAPDIA123), skipping
 * every question; one more takes the public ABC Diag. Returns the last one's result code.
 */
export async function diagVisitors(base: string): Promise<string> {
  let code = "";
  for (let i = 0; i < 4; i++) {
    const v = new Session(base, `10.4.0.${i + 1}`);
    const entry = i < 3 ? "/campagnes/CAPDIA123" : "/abc-diag";
    const start = await formWith(v, entry, [], /Commencer/);
    await follow(v, await postForm(v, start.path, start.form, {}));
    const went = await skipThrough(v, "/abc-diag/question", (p) => !p.startsWith("/abc-diag/question"), 12);
    const end = went.at(-1) ?? "";
    const page = await v.open(end || "/abc-diag/resultat");
    code = page.reply.body.match(/\b(D-[A-Z0-9]{6})\b/)?.[1] ?? code;
  }
  return code;
}

/** The invitation link of the e-mail sent to `email`, read from the server's outbox. */
export function invitationLink(outboxDir: string, email: string): string | undefined {
  if (!fs.existsSync(outboxDir)) return undefined;
  for (const f of fs.readdirSync(outboxDir).sort()) {
    const text = outboxText(path.join(outboxDir, f));
    if (!text.includes(email)) continue;
    const m = text.match(/\/orga\/invitation\/([A-Za-z0-9_\-.%]+)/);
    if (m) return `/orga/invitation/${m[1]}`;
  }
  return undefined;
}

/** A mail of the outbox as text, its quoted-printable soft line breaks and `=3D` undone. */
export function outboxText(file: string): string {
  return fs.readFileSync(file, "utf8").replace(/=\r?\n/g, "").replace(/=3D/gi, "=");
}
