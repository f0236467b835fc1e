// Pix Orga's authorisation matrix, over HTTP as a browser without JavaScript: every Orga page
// and route of the build (read from its manifest, so a new page is covered without editing this
// test) is requested by a member of another organisation, a plain learner, an anonymous ABC
// Diag participant and a logged-out visitor: each is refused (404, or the login page for the
// visitor) and no page says the organisation's or campaign's name. Then every form of the Orga
// pages, as the structure's admin sees it, is posted by each of them: nothing changes.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { Client, forms, type Form } from "../scripts/support/bench-http";
import { loginClient, rawGet as rawGetAt } from "./support/http";
import { startServer, type TestServer } from "./support/server";

let server: TestServer;
before(async () => {
  server = await startServer();
});
after(async () => {
  await server?.stop();
});

const ORG = "Espace numérique des Capucins";
const CAMPAIGN = "ABC Diag de l'accueil";

const login = (email: string) => loginClient(server.url, email);
const rawGet = (c: Client | null, p: string) => rawGetAt(server.url, c, p);

/** The form as a person would fill it: hidden values kept, texts filled, the first radio chosen. */
function filled(f: Form): [string, string][] {
  const out: [string, string][] = [];
  const radios = new Set<string>();
  for (const i of f.inputs) {
    if (i.type === "hidden") out.push([i.name, i.value]);
    else if (i.type === "radio") {
      if (!radios.has(i.name)) out.push([i.name, i.value]);
      radios.add(i.name);
    } else if (i.type === "email") out.push([i.name, "intrus@exemple.fr"]);
    else if (i.type === "number") out.push([i.name, "2"]);
    else if (i.type === "checkbox") continue;
    else out.push([i.name, i.value || "Intrusion"]);
  }
  return out;
}

describe("Pix Orga authorisation matrix", () => {
  test("every Orga page, route and form is refused to outsiders; nothing leaks, nothing changes", async () => {
    const owner = await login("mediateur@exemple.fr");
    const home = await owner.get("/orga");
    const orgId = home.path.split("/")[2]!;
    assert.match(orgId, /^[0-9a-f-]{36}$/);
    const list = await owner.get(`/orga/${orgId}`);
    const campaignId = list.html.match(new RegExp(`/orga/${orgId}/campagnes/([0-9a-f-]{36})"[^>]*>${CAMPAIGN.replace(/'/g, "&#x27;")}`))?.[1];
    assert.ok(campaignId, "campagne introuvable dans la liste");

    // an anonymous participant takes the structure's ABC Diag: a participation for the pages with one
    const visitor = new Client(server.url);
    const landing = await visitor.get("/campagnes/CAPDIA123");
    const join = forms(landing.html).find((f) => f.html.includes("Commencer sans compte"))!;
    const started = await visitor.post("/campagnes/CAPDIA123", filled(join));
    assert.equal(started.path, "/abc-diag/question");
    const results = await owner.get(`/orga/${orgId}/campagnes/${campaignId}/resultats`);
    const participationId = results.html.match(new RegExp(`/resultats/([0-9a-f-]{36})"`))?.[1];
    assert.ok(participationId, "participation introuvable");
    const members = await owner.get(`/orga/${orgId}/membres`);
    const membershipId = members.html.match(/\/membres\/([0-9a-f-]{36})\/retirer/)?.[1] ?? "00000000-0000-4000-8000-000000000000";

    const manifest = JSON.parse(fs.readFileSync(path.join(".next", "server", "app-paths-manifest.json"), "utf8")) as Record<string, string>;
    const paths = Object.keys(manifest)
      .filter((k) => k.startsWith("/orga/[orgId]"))
      .map((k) =>
        k
          .replace(/\/(page|route)$/, "")
          .replace("[orgId]", orgId)
          .replace("[campaignId]", campaignId)
          .replace("[participationId]", participationId)
          .replace("[membershipId]", membershipId),
      );
    assert.ok(paths.length >= 14, `${paths.length} pages Orga seulement`);
    for (const p of paths) assert.doesNotMatch(p, /\[/, `paramètre inconnu dans ${p}`);

    // the owner reaches each of them (so the refusals below mean something)
    for (const p of paths) assert.equal((await rawGet(owner, p)).status, 200, `le propriétaire n'ouvre pas ${p}`);

    const outsiders: [string, Client | null][] = [
      ["membre d'une autre structure", await login("mairie@exemple.fr")],
      ["apprenant", await login("apprenant@exemple.fr")],
      ["participant anonyme", visitor],
      ["visiteur", null],
    ];
    for (const [who, c] of outsiders) {
      for (const p of paths) {
        const r = await rawGet(c, p);
        const leak = r.body.includes(ORG) || r.body.includes(CAMPAIGN.replace(/'/g, "&#x27;")) || r.body.includes(CAMPAIGN);
        assert.ok(!leak, `${who} lit le nom de la structure ou de la campagne sur ${p}`);
        if (r.status === 200) assert.fail(`${who} ouvre ${p}`);
        const target = r.location ? new URL(r.location, server.url).pathname : "";
        if (c === null || who === "participant anonyme") assert.ok(r.status === 404 || target === "/connexion" || target.startsWith("/introuvable") || r.status === 307 || r.status === 303, `${who} sur ${p} : ${r.status} ${r.location}`);
        else assert.ok(r.status === 404 || (r.status >= 300 && r.status < 400 && target !== p), `${who} sur ${p} : ${r.status} ${r.location}`);
        if (r.status >= 300 && r.status < 400) {
          const final = await (c ?? new Client(server.url)).get(r.location!.replace(server.url, "")).catch((e: Error) => ({ path: "", html: String(e.message) }));
          assert.ok(!final.html.includes(ORG), `${who} lit le nom de la structure après redirection depuis ${p}`);
        }
      }
    }

    // every form of the Orga pages, as the owner sees them, posted by each outsider
    const snapshot = async () => {
      const parts: string[] = [];
      for (const p of [`/orga/${orgId}`, `/orga/${orgId}?archivees=1`, `/orga/${orgId}/campagnes/${campaignId}`, `/orga/${orgId}/membres`, `/orga/${orgId}/campagnes/${campaignId}/groupes`, `/orga/${orgId}/campagnes/${campaignId}/resultats/${participationId}`, `/orga/${orgId}/diagnostic`])
        parts.push(((await owner.get(p)).html.match(/<main[\s\S]*<\/main>/)?.[0] ?? "").replace(/il y a [^<]*/g, ""));
      return parts;
    };
    const before = await snapshot();
    const formPages = paths.filter((p) => !p.endsWith("/export") && !p.endsWith("/flyer")).concat([`/orga/${orgId}/campagnes/nouvelle?type=abc-diag`, `/orga/${orgId}/campagnes/${campaignId}/groupes?k=2`]);
    let posted = 0;
    for (const p of formPages) {
      const page = await owner.get(p);
      for (const f of forms(page.html).filter((x) => x.inputs.some((i) => i.name.startsWith("$ACTION")))) {
        for (const [, c] of outsiders) {
          const attacker = c ?? new Client(server.url);
          await attacker.post(p.split("?")[0]!, filled(f)).catch(() => undefined);
          posted++;
        }
      }
    }
    assert.ok(posted >= 20, `${posted} formulaires seulement`);
    assert.deepEqual(await snapshot(), before, "une action refusée a changé quelque chose");
    assert.doesNotMatch((await owner.get(`/orga/${orgId}`)).html, /Intrusion/);
  });
});
