// The authorisation matrix (issue [Q] #14), over HTTP as a browser without JavaScript, on
// PostgreSQL. Owners (the demo learner with a started competence test, campaign participations, an
// ABC Diag and a certification; the Orga admin of structure A; the staff of centre A; the
// invigilator of session S; platform staff), put in the states where every form appears (a finalised
// and a published certification session, a paused candidate, a problem report, a contact message, a
// tutorial proposal, a staff preview, ABC Diag results and saved groups, a finished competence test,
// an invitation read from the outbox: e2e/support/authz-states.ts), are crawled: every page and route of the build's
// manifest gets their real ids, every form they see is collected. Then each outsider (anonymous,
// another learner, a member and an admin of structure B, the staff of centre B, the invigilator of
// another session of centre A, platform staff outside /admin) requests every address (GET, and
// POST for route handlers) and replays every form with the owner's hidden fields and encrypted
// bound arguments, a hash of every table taken before and after each post. A cell passes when it
// is refused (404/401/403/405 or a redirect elsewhere, never the owner's data) and nothing
// changed; addresses that name no one may show the outsider their own data. Actions open to
// everyone on their own data are in an explicit allowlist; the actions no form reached are listed.
//
// Needs PostgreSQL: PIX_E2E_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres); it
// creates pix_authz_<pid>_<random> and drops it. Skipped with a message if PostgreSQL is down.
// AUTHZ_MATRIX_OUT=docs/authorization-matrix.md writes the matrix as Markdown.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { Session as HttpSession, type Session } from "../scripts/support/fuzz-http";
import { addFixtures, changedTables, OUTSIDER_ACCOUNTS, scratchDatabase, tableHashes, VOLATILE, type Fixtures, type Scratch } from "./support/authz-db";
import { crawl, filled, formWith, login, manifestActions, manifestEntries, postForm, type FoundForm, type Seen } from "./support/authz-crawl";
import { ALLOWLIST, BY_LINK, isFailure, markdown, OWNER_ID, printTable, totals, verdict, type Cell, type Row } from "./support/authz-matrix";
import { certificationStates, contactMessage, diagVisitors, follow, invitationLink, learnerStates } from "./support/authz-states";
import { startServer, type TestServer } from "./support/server";

let db: Scratch | undefined;
let unreachable: string | undefined;
let server: TestServer | undefined;
let fx: Fixtures;

before(async () => {
  const s = await scratchDatabase();
  if (typeof s === "string") {
    unreachable = `${s} : matrice d'autorisation sautée. Réglez PIX_E2E_POSTGRES_URL ou démarrez PostgreSQL.`;
    return;
  }
  db = s;
  server = await startServer({ env: { DATABASE_URL: db.url } });
  fx = await addFixtures(db.sql);
});

after(async () => {
  await server?.stop();
  await db?.drop();
  if (server) fs.rmSync(server.dataDir, { recursive: true, force: true });
});

type Area = "learner" | "orga" | "centre" | "invigilator" | "staff";
type Owner = { area: Area; label: string; who: string; s: Session; markers: string[] };
type Outsider = { key: string; label: string; who: string; s: Session; staff?: boolean; loggedIn: boolean };

const ORG_A = "Espace numérique des Capucins";
const CAMPAIGNS_A = ["ABC Diag de l'accueil", "ABC Diag des demandeurs d'emploi", "ABC Pix : toutes les bases", "ABC Pix : la messagerie, pas à pas", "Votre profil Pix pour l'atelier emploi"];
const FAKE_ID = "00000000-0000-4000-8000-000000000000";

function areaOf(pattern: string): Area {
  if (pattern.startsWith("/admin")) return "staff";
  if (pattern.startsWith("/orga")) return "orga";
  if (pattern.startsWith("/certif/surveillance")) return "invigilator";
  if (pattern === "/certif" || pattern.startsWith("/certif/")) return "centre";
  return "learner";
}

/** Logs the invigilator portal in with a session number and its password. */
async function invigilatorLogin(base: string, ip: string, number: number, password: string): Promise<Session> {
  const s = new HttpSession(base, ip);
  const { path, form } = await formWith(s, "/certif/surveillance", ["number", "password"]);
  const r = await postForm(s, path, form, { number: String(number), password });
  assert.ok(r.status === 303 && r.location?.includes("/certif/surveillance/session"), `connexion de surveillance refusée (${r.status} ${r.location})`);
  return s;
}

describe("authorisation matrix: every page, route and action of the build, for each role", () => {
  test("every cell is refused where it must be, and no refused action changes the database", async (t) => {
    if (unreachable) {
      t.skip(unreachable);
      console.log(unreachable);
      return;
    }
    const t0 = Date.now();
    const base = server!.url;
    const sql = db!.sql;
    const entries = manifestEntries();
    const actions = manifestActions();

    // ---- owners, and what the demo lacks, done through the app's own forms
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
    const visitor = new HttpSession(base, "10.1.0.6");
    const request = await formWith(visitor, "/mediation-numerique/demande-acces", ["structureName"]);
    const values: Record<string, string> = { structureName: "Maison France Services de Valcourt", siret: "21780001000019", structureType: "mediation", address: "1 place de la Mairie", postalCode: "78000", city: "Versailles", contactFirstName: "Léon", contactLastName: "Marchal", contactEmail: "leon.marchal@exemple.fr", contactRole: "Responsable", peoplePerYear: request.form.fields.find((i) => i.name === "peoplePerYear")?.value ?? "", motivation: "Nous aidons chaque jour des personnes à faire leurs démarches en ligne.", consent: "on", audiences: request.form.fields.find((i) => i.name === "audiences")?.value ?? "" };
    assert.match(await follow(visitor, await postForm(visitor, request.path, request.form, values)), /envoyee/, "la demande d'accès est envoyée");

    // ---- the states the remaining forms and addresses need (e2e/support/authz-states.ts)
    const certif = await certificationStates(sql, centre, staff, fx.sessionS.id);
    const learnerMore = await learnerStates(learner);
    await contactMessage(new HttpSession(base, "10.1.0.7"));
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
    const invitation = invitationLink(server!.outboxDir, "futur.membre@exemple.fr");
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

    const outsiders: Outsider[] = [
      { key: "anon", label: "anonyme", who: "visiteur sans compte ni cookie", s: new HttpSession(base, "10.2.0.1"), loggedIn: false },
      { key: "learnerB", label: "autre apprenant", who: `${OUTSIDER_ACCOUNTS.learner.firstName} ${OUTSIDER_ACCOUNTS.learner.lastName}`, s: await login(base, "10.2.0.2", OUTSIDER_ACCOUNTS.learner.email), loggedIn: true },
      { key: "memberB", label: "membre Orga B", who: `${OUTSIDER_ACCOUNTS.orgMember.firstName} ${OUTSIDER_ACCOUNTS.orgMember.lastName}, membre de la Mairie de Montreuil-sur-Loire`, s: await login(base, "10.2.0.3", OUTSIDER_ACCOUNTS.orgMember.email), loggedIn: true },
      { key: "adminB", label: "admin Orga B", who: "Julie Moreau (mairie@exemple.fr), administratrice de la Mairie", s: await login(base, "10.2.0.4", "mairie@exemple.fr"), loggedIn: true },
      { key: "centreB", label: "centre B", who: `${OUTSIDER_ACCOUNTS.centreB.firstName} ${OUTSIDER_ACCOUNTS.centreB.lastName}, ${fx.centreB.name}`, s: await login(base, "10.2.0.5", OUTSIDER_ACCOUNTS.centreB.email), loggedIn: true },
      { key: "invigOther", label: "surveillant autre session", who: `surveillance de la session n° ${fx.sessionOther.number} du même centre A`, s: await invigilatorLogin(base, "10.2.0.6", fx.sessionOther.number, fx.sessionOther.password), loggedIn: false },
      { key: "staff", label: "équipe Pix", who: "admin@exemple.fr, hors /admin", s: await login(base, "10.2.0.7", "admin@exemple.fr"), staff: true, loggedIn: true },
    ];

    // ---- crawl: what is public (the visitor sees it), then each owner's real addresses and forms
    const attachment = fs.readdirSync(path.join("content", "attachments", "files")).sort()[0]!;
    const anonCrawl = await crawl(new HttpSession(base, "10.3.0.1"), entries, ["/campagnes/CAPDIA123", `/fichiers/${encodeURIComponent(attachment)}`]);
    const publicPatterns = new Set(anonCrawl.seen.keys());
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
    console.log(`Exploration : ${publicPatterns.size} adresses publiques ; ${owners.map((o) => `${o.label} ${seenBy.get(o.area)?.size ?? 0}`).join(", ")} ; ${forms.length} formulaires POST.`);

    // ---- page and route cells
    const roleLabels = outsiders.map((o) => o.label);
    const pageRows: Row[] = [];
    const unresolved: string[] = [];
    const markersOf = (a: Area) => owners.find((o) => o.area === a)!.markers;
    for (const e of entries) {
      const area = areaOf(e.pattern);
      const owned = seenBy.get(area)?.get(e.pattern);
      const concrete = owned?.path ?? anonCrawl.seen.get(e.pattern)?.path ?? e.pattern.replace(/\[\[?\.{0,3}[^\]]+\]\]?/g, FAKE_ID);
      if (!owned && !anonCrawl.seen.has(e.pattern) && e.pattern.includes("[")) unresolved.push(e.pattern);
      const ids = concrete.split("?")[0]!.split("/").some((seg) => OWNER_ID.test(seg));
      const methods = e.kind === "route" ? ["GET", "POST"] : ["GET"];
      for (const method of methods) {
        const cells: Cell[] = [];
        // a public address (the visitor opens it, no one's id in it) is open to all
        const isPublic = publicPatterns.has(e.pattern) && !ids;
        // an address whose secret part is the right (an invitation's token): whoever holds the link may open it
        const byLink = BY_LINK[e.pattern];
        const replies = await Promise.all(
          outsiders.map(async (o) => {
            if (o.staff && area === "staff") return null;
            const r = await o.s.send(method, concrete, method === "POST" ? { body: new FormData() } : {});
            return r;
          }),
        );
        outsiders.forEach((o, i) => {
          const r = replies[i];
          if (!r) return cells.push("propriétaire");
          // (an address without a real example is tried with an id that names no one)
          const mustRefuse = !byLink && (area === "staff" || (ids && !!owned));
          // the visitor's reply decides whether a no-id address is open
          const open = isPublic || !!byLink || (o.key === "anon" && r.status === 200 && !mustRefuse);
          const v = verdict(r, concrete, mustRefuse, isPublic || byLink ? [] : markersOf(area), open);
          // an open page that sends a logged-in person to their own home is not a refusal
          cells.push(isPublic && v === "refusé" && r.status >= 300 && r.status < 400 ? "redirigé" : v);
        });
        // an address open to the visitor is open in every column that answers 200
        if (cells[0] === "ouvert") for (let i = 1; i < cells.length; i++) if (cells[i] === "autorisé (ses données)") cells[i] = "ouvert";
        if (byLink) for (let i = 0; i < cells.length; i++) if (cells[i] === "autorisé (ses données)") cells[i] = "ouvert";
        pageRows.push({ label: `${method === "POST" ? "POST " : ""}${e.pattern}`, kind: e.kind, owner: isPublic ? "public" : owners.find((o) => o.area === area)!.label, cells, note: byLink ?? (owned ? undefined : anonCrawl.seen.has(e.pattern) ? undefined : "sans exemple réel") });
      }
    }

    // ---- server actions: every owner's form replayed by every outsider, the database hashed around each post
    const actionRows = new Map<string, Row>();
    const replayed = new Set<string>();
    const seenActionIds = new Set<string>();
    let posts = 0;
    const replay = async () => {
      for (const { owner, f } of forms) {
        seenActionIds.add(f.actionId);
        const ref = actions.find((a) => a.id === f.actionId);
        const key = ref?.key ?? `? ${f.actionId.slice(0, 12)}`;
        if (ALLOWLIST[key] !== undefined) continue;
        const rowKey = `${key} (${owner.label})`;
        if (replayed.has(rowKey)) continue;
        replayed.add(rowKey);
        const cells: Cell[] = [];
        for (const o of outsiders) {
          if (o.staff && owner.area === "staff") {
            cells.push("propriétaire");
            continue;
          }
          const before = await tableHashes(sql);
          const target = f.form.action && f.form.action.startsWith("/") ? f.form.action : f.page.split("?")[0]!;
          const r = await o.s.send("POST", target, { body: filled(f.form, f.button) });
          posts++;
          const changed = changedTables(before, await tableHashes(sql));
          if (changed.length) cells.push(`ÉCHEC : a changé ${changed.join(", ")} (HTTP ${r.status})`);
          else {
            // the action's answer (a redirect, or the page re-rendered for the outsider) must not show the owner's data
            // (a value the outsider posted, such as a pre-filled campaign name, may come back in a field)
            const posted = f.form.fields.map((x) => x.value).join("\n");
            const v = verdict(r, "", false, owner.markers.filter((m) => !posted.includes(m)), false);
            cells.push(isFailure(v) ? v : "refusé");
          }
        }
        actionRows.set(rowKey, { label: key, kind: "action", owner: owner.label, cells, note: `depuis ${f.page.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, "…")}` });
      }
    };
    await replay();

    // ---- second state: the invigilator lets the candidate start, she starts; new forms on both sides
    const authorise = forms.find(({ owner, f }) => owner.area === "invigilator" && actions.find((a) => a.id === f.actionId)?.name === "authoriseStartAction");
    if (authorise) {
      await follow(invigilator, await invigilator.send("POST", authorise.f.page.split("?")[0]!, { body: filled(authorise.f.form, authorise.f.button) }));
      const startCourse = await formWith(learner, "/certification/attente", ["courseId"]).catch(() => null);
      if (startCourse) {
        // outsiders try the candidate's start form first, while it still can start
        forms.length = 0;
        await crawlOwner(owners[0]!, ["/certification/attente"]);
        await replay();
        await follow(learner, await postForm(learner, startCourse.path, startCourse.form, {}));
        forms.length = 0;
        await crawlOwner(owners[0]!, ["/certification/test"]);
        await crawlOwner(owners[3]!);
        await replay();
      }
    }

    // the outsiders' sessions held to the end (so a refusal never came from a lost login)
    for (const o of outsiders.filter((x) => x.loggedIn)) assert.equal((await o.s.send("GET", "/mon-compte")).status, 200, `${o.label} a perdu sa session pendant le test`);
    const portal = await outsiders.find((o) => o.key === "invigOther")!.s.send("GET", "/certif/surveillance/session");
    assert.equal(portal.status, 200, "le surveillant de l'autre session a perdu sa connexion");

    // ---- every action of the manifest: in a row, in the allowlist, or listed as not reached
    const inRows = new Set([...actionRows.values()].map((r) => r.label));
    const allowlisted = Object.entries(ALLOWLIST).map(([key, why]) => ({ key, why, seen: actions.some((a) => a.key === key && seenActionIds.has(a.id)) }));
    const notReached = actions.filter((a) => !inRows.has(a.key) && ALLOWLIST[a.key] === undefined).map((a) => a.key);
    const unknownAllow = Object.keys(ALLOWLIST).filter((k) => !actions.some((a) => a.key === k));
    const rowsA = [...actionRows.values()].sort((a, b) => a.label.localeCompare(b.label));
    const seconds = (Date.now() - t0) / 1000;

    console.log(printTable(roleLabels, pageRows));
    console.log("");
    console.log(printTable(roleLabels, rowsA));
    console.log(`\nListe autorisée (${allowlisted.length}) :`);
    for (const a of allowlisted) console.log(`  ${a.key} : ${a.why}${a.seen ? "" : " [non vue]"}`);
    console.log(`Actions non atteintes (${notReached.length}) :${notReached.length ? "\n  " + notReached.join("\n  ") : " aucune"}`);
    if (unresolved.length) console.log(`Adresses sans exemple réel : ${unresolved.join(", ")}`);
    const all = [...pageRows, ...rowsA];
    const tt = totals(all);
    console.log(
      `\n${tt.cells} cellules (${roleLabels.length} rôles × ${pageRows.length} adresses et ${rowsA.length} actions) : ${tt.refused} refusées, ${tt.own} sur ses données, ${tt.open} ouvertes, ${tt.redirected} redirigées, ${tt.failures} en échec ; ` +
        `${posts} envois d'actions ; actions : ${inRows.size} dans la matrice, ${allowlisted.length} autorisées, ${notReached.length} non atteintes sur ${actions.length} ; ${Math.round(seconds)} s.`,
    );

    if (process.env.AUTHZ_MATRIX_OUT) {
      fs.writeFileSync(
        process.env.AUTHZ_MATRIX_OUT,
        markdown({
          roles: outsiders.map((o) => ({ label: o.label, who: o.who })),
          owners: owners.map((o) => ({ label: o.label, who: o.who })),
          pages: pageRows,
          actions: rowsA,
          allowlisted,
          notReached,
          unresolved,
          volatile: VOLATILE,
          seconds,
        }),
      );
      console.log(`Matrice écrite dans ${process.env.AUTHZ_MATRIX_OUT}`);
    }

    const failures = all.flatMap((r) => r.cells.map((c, i) => [r, c, i] as const).filter(([, c]) => isFailure(c)).map(([r, c, i]) => `${r.label} (${r.owner}) par ${roleLabels[i]} : ${c}`));
    assert.deepEqual(failures, [], `cellules non refusées :\n${failures.join("\n")}`);
    assert.deepEqual(unknownAllow, [], "la liste autorisée nomme des actions absentes du manifeste");
    assert.ok(pageRows.length >= entries.length, "chaque adresse du manifeste a sa ligne");
    assert.ok(inRows.size >= 35, `${inRows.size} actions rejouées seulement`);
    assert.equal(notReached.length, 0, `${notReached.length} actions jamais atteintes : ${notReached.join(", ")}`);
  });
});
