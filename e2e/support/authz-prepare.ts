// The owners of the authorisation matrix put in every state where the app's forms appear, then
// crawled: shared by e2e/authz-matrix.e2e.ts (which replays each form as outsiders) and
// scripts/fuzz.ts (which posts hostile values to each form on PostgreSQL). Owners: the demo
// learner (a started and a finished competence test, campaign participations, an ABC Diag, a
// certification), the Orga admin of structure A (an invitation, a note, groups), the staff of
// centre A (a finalised session), the invigilator of session S, platform staff (a published
// session, a preview, an ABC Pix request, a contact message). Fixtures in SQL (authz-db.ts), the
// rest through the app's own forms (authz-states.ts).
import assert from "node:assert/strict";
import type postgres from "postgres";
import { Session } from "../../scripts/support/fuzz-http";
import type { Fixtures } from "./authz-db";
import { crawl, filled, formWith, login, postForm, type ActionRef, type Entry, type FoundForm, type Seen } from "./authz-crawl";
import { certificationStates, contactMessage, diagVisitors, follow, invitationLink, learnerStates, type CertifStates } from "./authz-states";

export type Area = "learner" | "orga" | "centre" | "invigilator" | "staff";
export type Owner = { area: Area; label: string; who: string; s: Session; markers: string[] };

export const ORG_A = "Espace numérique des Capucins";
export const CAMPAIGNS_A = ["ABC Diag de l'accueil", "ABC Diag des demandeurs d'emploi", "ABC Pix : toutes les bases", "ABC Pix : la messagerie, pas à pas", "Votre profil Pix pour l'atelier emploi"];

/** The owner of an address, by its first segment. */
export function areaOf(pattern: string): Area {
  if (pattern.startsWith("/admin")) return "staff";
  if (pattern.startsWith("/orga")) return "orga";
  if (pattern.startsWith("/certif/surveillance")) return "invigilator";
  if (pattern === "/certif" || pattern.startsWith("/certif/")) return "centre";
  return "learner";
}

/** Logs the invigilator portal in with a session number and its password. */
export async function invigilatorLogin(base: string, ip: string, number: number, password: string): Promise<Session> {
  const s = new Session(base, ip);
  const { path, form } = await formWith(s, "/certif/surveillance", ["number", "password"]);
  const r = await postForm(s, path, form, { number: String(number), password });
  assert.ok(r.status === 303 && r.location?.includes("/certif/surveillance/session"), `connexion de surveillance refusée (${r.status} ${r.location})`);
  return s;
}

export type Prepared = {
  owners: Owner[];
  learner: Session;
  orga: Session;
  centre: Session;
  staff: Session;
  invigilator: Session;
  certif: CertifStates;
  /** the real addresses each owner answered 200 to (the first seen per pattern) */
  seenBy: Map<Area, Map<string, Seen>>;
  /** every POST form the owners saw since the last reset (`forms.length = 0`) */
  forms: { owner: Owner; f: FoundForm }[];
  /** crawls one owner again (after a change of state), adding to seenBy and forms */
  crawlOwner: (o: Owner, extra?: string[]) => Promise<void>;
};

/**
 * Logs the owners in (IPs 10.1.0.1–10.1.0.7), puts them in every state (through the app's forms),
 * then crawls each one: `forms` holds every form they see. `fx` comes from addFixtures().
 */
export async function prepareOwners(base: string, sql: postgres.Sql, fx: Fixtures, outboxDir: string, entries: Entry[]): Promise<Prepared> {
  const learner = await login(base, "10.1.0.1", "apprenant@exemple.fr");
  const orga = await login(base, "10.1.0.2", "mediateur@exemple.fr");
  const centre = await login(base, "10.1.0.3", "certif@exemple.fr");
  const staff = await login(base, "10.1.0.4", "admin@exemple.fr");

  // the learner starts a competence test
  const start = await formWith(learner, "/competences/1.1", ["code"], /Commencer|Reprendre/);
  assert.match(await follow(learner, await postForm(learner, start.path, start.form, {})), /\/competences\/1\.1\/evaluation/);
  // joins an assessment campaign (left at its first question) and a profile collection (sent)
  for (const code of ["CAPABC246", "CAPPRO468"]) {
    const join = await formWith(learner, `/campagnes/${code}`, ["code"]);
    const extra = Object.fromEntries(join.form.fields.filter((f) => f.type !== "hidden" && f.type !== "checkbox").map((f) => [f.name, f.value || "4567"]));
    await follow(learner, await postForm(learner, join.path, join.form, extra));
    assert.ok(learner.hasSession(), `l'apprenante reste connectée après ${code}`);
  }
  const share = await formWith(learner, "/campagnes/CAPPRO468/resultat", ["code"], /envoie/i).catch(() => null);
  if (share) await follow(learner, await postForm(learner, share.path, share.form, {}));
  // takes the ABC Diag (left at its first question)
  const diag = await formWith(learner, "/abc-diag", [], /Commencer/).catch(() => null);
  if (diag) await follow(learner, await postForm(learner, diag.path, diag.form, {}));
  // joins the demo certification session S as Laura Martin
  const join = await formWith(learner, "/certification", ["sessionNumber", "accessCode"]);
  const joined = await follow(learner, await postForm(learner, join.path, join.form, { sessionNumber: String(fx.sessionS.number), accessCode: fx.sessionS.accessCode, lastName: "Martin", firstName: "Laura", birthDate: "14/03/1985" }));
  assert.match(joined, /\/certification\/attente/, "la candidate rejoint la session");
  const invigilator = await invigilatorLogin(base, "10.1.0.5", fx.sessionS.number, fx.sessionS.password);
  // the Orga admin invites a member (a pending invitation to cancel) and writes a note on the learner's participation
  const orgId = (await orga.open("/orga")).path.split("/")[2]!;
  const invite = await formWith(orga, `/orga/${orgId}/membres`, ["email", "orgId"]);
  await follow(orga, await postForm(orga, invite.path, invite.form, { email: "futur.membre@exemple.fr", role: "MEMBER" }));
  const campaignPage = await orga.open(`/orga/${orgId}`);
  const campaignIds = [...new Set([...campaignPage.reply.body.matchAll(new RegExp(`/orga/${orgId}/campagnes/([0-9a-f-]{36})`, "g"))].map((m) => m[1]!))];
  let participation: string | undefined;
  for (const c of campaignIds) {
    const results = await orga.open(`/orga/${orgId}/campagnes/${c}/resultats`);
    const id = results.reply.body.match(/\/resultats\/([0-9a-f-]{36})"/)?.[1];
    if (id) participation = `/orga/${orgId}/campagnes/${c}/resultats/${id}`;
    if (id) break;
  }
  assert.ok(participation, "la participation de l'apprenante est visible de la structure");
  const note = await formWith(orga, participation, ["participationId", "body"]);
  await follow(orga, await postForm(orga, note.path, note.form, { body: "Très à l'aise avec la messagerie." }));
  const orgaExtra = campaignIds.flatMap((c) => [`/orga/${orgId}/campagnes/${c}/groupes?k=2`]).concat([`/orga/${orgId}/campagnes/nouvelle?type=abc-diag`, `/orga/${orgId}/campagnes/nouvelle?type=assessment`, participation]);
  // a structure asks for ABC Pix through the public form: staff then have a request to approve or refuse
  const visitor = new Session(base, "10.1.0.6");
  const request = await formWith(visitor, "/mediation-numerique/demande-acces", ["structureName"]);
  const values: Record<string, string> = { structureName: "Maison France Services de Valcourt", siret: "21780001000019", structureType: "mediation", address: "1 place de la Mairie", postalCode: "78000", city: "Versailles", contactFirstName: "Léon", contactLastName: "Marchal", contactEmail: "leon.marchal@exemple.fr", contactRole: "Responsable", peoplePerYear: request.form.fields.find((i) => i.name === "peoplePerYear")?.value ?? "", motivation: "Nous aidons chaque jour des personnes à faire leurs démarches en ligne.", consent: "on", audiences: request.form.fields.find((i) => i.name === "audiences")?.value ?? "" };
  assert.match(await follow(visitor, await postForm(visitor, request.path, request.form, values)), /envoyee/, "la demande d'accès est envoyée");

  // ---- the states the remaining forms and addresses need (authz-states.ts)
  const certif = await certificationStates(sql, centre, staff, fx.sessionS.id);
  const learnerMore = await learnerStates(learner);
  await contactMessage(new Session(base, "10.1.0.7"));
  const diagCode = await diagVisitors(base);
  assert.ok(diagCode, "un code de résultat ABC Diag");
  // the Orga admin saves 2 groups for the ABC Diag campaign (3 results): the move forms appear
  let groupsSaved = false;
  for (const c of campaignIds) {
    const g = await formWith(orga, `/orga/${orgId}/campagnes/${c}/groupes?k=2`, ["k", "campaignId"]).catch(() => null);
    if (!g) continue;
    await follow(orga, await postForm(orga, g.path, g.form, {}));
    groupsSaved = true;
    break;
  }
  assert.ok(groupsSaved, "des groupes sont proposés puis enregistrés");
  orgaExtra.push(`/orga/${orgId}/diagnostic?code=${diagCode}`);
  const invitation = invitationLink(outboxDir, "futur.membre@exemple.fr");
  assert.ok(invitation, "le lien d'invitation du courriel");
  orgaExtra.push(invitation);
  // staff preview a challenge (another than the one whose start form is replayed)
  const previewId = "ch-abcAdresseMail-1-a";
  const preview = await formWith(staff, `/admin/apercu/${previewId}`, ["challengeId"]).catch(() => null);
  if (preview) await follow(staff, await postForm(staff, preview.path, preview.form, {}));

  const owners: Owner[] = [
    { area: "learner", label: "apprenant", who: "Laura Martin (apprenant@exemple.fr) : test de compétence commencé, campagnes, ABC Diag, candidate de la session S", s: learner, markers: ["Laura Martin", "apprenant@exemple.fr"] },
    { area: "orga", label: "admin Orga A", who: `Karim Benali, administrateur de « ${ORG_A} » (campagnes, participants)`, s: orga, markers: [ORG_A, ...CAMPAIGNS_A, "Laura Martin"] },
    { area: "centre", label: "centre A", who: "Sophie Durand, centre « Médiathèque Jean-Macé » (session S et ses candidats)", s: centre, markers: ["Médiathèque Jean-Macé", "Thomas Petit", "Laura Martin"] },
    { area: "invigilator", label: "surveillant S", who: `connexion de surveillance de la session S (n° ${fx.sessionS.number})`, s: invigilator, markers: ["Thomas Petit", "Laura Martin"] },
    { area: "staff", label: "équipe Pix", who: "Camille Leroy (admin@exemple.fr), pour /admin", s: staff, markers: [] },
  ];

  // ---- crawl: each owner's real addresses and forms
  const seenBy = new Map<Area, Map<string, Seen>>();
  const forms: { owner: Owner; f: FoundForm }[] = [];
  const crawlOwner = async (o: Owner, extra: string[] = []) => {
    const c = await crawl(o.s, entries, extra);
    const prev = seenBy.get(o.area) ?? new Map<string, Seen>();
    for (const [k, v] of c.seen) if (!prev.has(k)) prev.set(k, v);
    seenBy.set(o.area, prev);
    for (const f of c.forms) forms.push({ owner: o, f });
  };
  const extras: Record<Area, string[]> = {
    learner: ["/campagnes/CAPABC246/evaluation", "/campagnes/CAPPRO468/resultat", ...learnerMore.extra, `/certifications/${certif.published.courseId}`, `/certifications/${certif.published.courseId}/pdf`],
    orga: orgaExtra,
    centre: [],
    invigilator: [],
    staff: [`/admin/certification/${certif.finalised.id}`, `/admin/certification/${certif.published.id}`, `/admin/certificats/${certif.published.courseId}`, `/admin/apercu/${previewId}`, `/admin/centres/${fx.pendingCentreId}`, "/admin/demandes-abc-pix?etat=all", "/admin/utilisateurs?q=exemple.fr", "/admin/certificats?q=Martin"],
  };
  for (const o of owners) await crawlOwner(o, extras[o.area]);
  return { owners, learner, orga, centre, staff, invigilator, certif, seenBy, forms, crawlOwner };
}

/**
 * The second state: the invigilator lets the candidate start, she starts; new forms on both
 * sides. `onForms` is called twice with `p.forms` holding only the new forms: while the candidate can
 * still start (her start form), then once she has started (her test, the invigilator's forms).
 * Nothing happens when the invigilator's authorisation form was not among the forms seen.
 */
export async function candidateStarts(p: Prepared, actions: ActionRef[], onForms: () => Promise<void>): Promise<boolean> {
  const authorise = p.forms.find(({ owner, f }) => owner.area === "invigilator" && actions.find((a) => a.id === f.actionId)?.name === "authoriseStartAction");
  if (!authorise) return false;
  await follow(p.invigilator, await p.invigilator.send("POST", authorise.f.page.split("?")[0]!, { body: filled(authorise.f.form, authorise.f.button) }));
  const startCourse = await formWith(p.learner, "/certification/attente", ["courseId"]).catch(() => null);
  if (!startCourse) return false;
  p.forms.length = 0;
  await p.crawlOwner(p.owners[0]!, ["/certification/attente"]);
  await onForms();
  await follow(p.learner, await postForm(p.learner, startCourse.path, startCourse.form, {}));
  p.forms.length = 0;
  await p.crawlOwner(p.owners[0]!, ["/certification/test"]);
  await p.crawlOwner(p.owners[3]!);
  await onForms();
  return true;
}
