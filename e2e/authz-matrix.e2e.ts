// The authorisation matrix (issue [Q] #14), over HTTP as a browser without JavaScript, on
// PostgreSQL. Owners (the demo learner with a started competence test, campaign participations, an
// ABC Diag and a certification; the Orga admin of structure A; the staff of centre A; the
// invigilator of session S; platform staff), put in the states where every form appears (a finalised
// and a published certification session, a paused candidate, a problem report, a contact message, a
// tutorial proposal, a staff preview, ABC Diag results and saved groups, a finished competence test,
// an invitation read from the outbox: e2e/support/authz-states.ts; all of it in prepareOwners() of
// e2e/support/authz-prepare.ts, which scripts/fuzz.ts also calls), are crawled: every page and route of the build's
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
import { crawl, filled, login, manifestActions, manifestEntries } from "./support/authz-crawl";
import { ALLOWLIST, BY_LINK, isFailure, markdown, OWNER_ID, printTable, totals, verdict, type Cell, type Row } from "./support/authz-matrix";
import { areaOf, candidateStarts, invigilatorLogin, prepareOwners, type Area } from "./support/authz-prepare";
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

type Outsider = { key: string; label: string; who: string; s: Session; staff?: boolean; loggedIn: boolean };

const FAKE_ID = "00000000-0000-4000-8000-000000000000";

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

    // ---- owners in every state, crawled (e2e/support/authz-prepare.ts, shared with scripts/fuzz.ts)
    const prep = await prepareOwners(base, sql, fx, server!.outboxDir, entries);
    const { owners, seenBy, forms } = prep;

    const outsiders: Outsider[] = [
      { key: "anon", label: "anonyme", who: "visiteur sans compte ni cookie", s: new HttpSession(base, "10.2.0.1"), loggedIn: false },
      { key: "learnerB", label: "autre apprenant", who: `${OUTSIDER_ACCOUNTS.learner.firstName} ${OUTSIDER_ACCOUNTS.learner.lastName}`, s: await login(base, "10.2.0.2", OUTSIDER_ACCOUNTS.learner.email), loggedIn: true },
      { key: "memberB", label: "membre Orga B", who: `${OUTSIDER_ACCOUNTS.orgMember.firstName} ${OUTSIDER_ACCOUNTS.orgMember.lastName}, membre de la Mairie de Montreuil-sur-Loire`, s: await login(base, "10.2.0.3", OUTSIDER_ACCOUNTS.orgMember.email), loggedIn: true },
      { key: "adminB", label: "admin Orga B", who: "Julie Moreau (mairie@exemple.fr), administratrice de la Mairie", s: await login(base, "10.2.0.4", "mairie@exemple.fr"), loggedIn: true },
      { key: "centreB", label: "centre B", who: `${OUTSIDER_ACCOUNTS.centreB.firstName} ${OUTSIDER_ACCOUNTS.centreB.lastName}, ${fx.centreB.name}`, s: await login(base, "10.2.0.5", OUTSIDER_ACCOUNTS.centreB.email), loggedIn: true },
      { key: "invigOther", label: "surveillant autre session", who: `surveillance de la session n° ${fx.sessionOther.number} du même centre A`, s: await invigilatorLogin(base, "10.2.0.6", fx.sessionOther.number, fx.sessionOther.password), loggedIn: false },
      { key: "staff", label: "équipe Pix", who: "admin@exemple.fr, hors /admin", s: await login(base, "10.2.0.7", "admin@exemple.fr"), staff: true, loggedIn: true },
    ];

    // ---- what is public (the visitor sees it)
    const attachment = fs.readdirSync(path.join("content", "attachments", "files")).sort()[0]!;
    const anonCrawl = await crawl(new HttpSession(base, "10.3.0.1"), entries, ["/campagnes/CAPDIA123", `/fichiers/${encodeURIComponent(attachment)}`]);
    const publicPatterns = new Set(anonCrawl.seen.keys());
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
    // (outsiders try the candidate's start form first, while it still can start)
    await candidateStarts(prep, actions, replay);

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
