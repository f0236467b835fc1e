// Pix Admin's authorisation matrix, over HTTP as a browser without JavaScript: every /admin page
// and route of the build (read from its manifest, so a new page is covered without editing this
// test) is opened by platform staff (200), then by a learner, an Orga admin, a certification
// centre member and a logged-out visitor: each is refused. Then every form of those pages, as
// staff see them, is posted by each of them: the audit log does not grow and the pages do not
// change.
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

const login = (email: string) => loginClient(server.url, email);
const rawGet = (c: Client | null, p: string) => rawGetAt(server.url, c, p);

/** The form as staff would fill it: hidden values kept, texts filled, boxes ticked. */
function filled(f: Form): [string, string][] {
  const out: [string, string][] = [];
  const radios = new Set<string>();
  for (const i of f.inputs) {
    if (i.type === "hidden") out.push([i.name, i.value]);
    else if (i.type === "radio") {
      if (!radios.has(i.name)) out.push([i.name, i.value]);
      radios.add(i.name);
    } else if (i.type === "checkbox") out.push([i.name, i.value || "on"]);
    else if (i.type === "email") out.push([i.name, "intrus@exemple.fr"]);
    else if (i.type === "number") out.push([i.name, "2"]);
    else if (i.type === "date") out.push([i.name, "2030-01-01"]);
    else out.push([i.name, i.value || "Intrusion depuis un autre compte, refusée"]);
  }
  return out;
}

/** Links of a page that match a dynamic route, e.g. /admin/organisations/[id]. */
function linksMatching(html: string, pattern: string): string[] {
  const re = new RegExp(`^${pattern.replace(/\[[^\]]+\]/g, "[^/?#\"]+")}$`);
  return [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&").split("?")[0]!).filter((h) => re.test(h));
}

describe("Pix Admin authorisation matrix", () => {
  test("every /admin page, route and form is refused to a learner, an Orga admin, a centre member and a visitor", async () => {
    // a structure's access request, sent through the public form, so that its staff page exists
    const visitor = new Client(server.url);
    const request = forms((await visitor.get("/mediation-numerique/demande-acces")).html).find((f) => f.inputs.some((i) => i.name === "structureName"))!;
    const values: Record<string, string> = { structureName: "Maison France Services", siret: "21780001000019", structureType: "mediation", address: "1 place de la Mairie", postalCode: "78000", city: "Versailles", contactFirstName: "Léon", contactLastName: "Marchal", contactEmail: "leon.marchal@exemple.fr", contactRole: "Responsable", peoplePerYear: request.inputs.find((i) => i.name === "peoplePerYear")?.value ?? "", motivation: "Nous aidons chaque jour des personnes à faire leurs démarches en ligne.", consent: "on" };
    const fields: [string, string][] = request.inputs.filter((i) => i.type === "hidden").map((i) => [i.name, i.value]);
    for (const [k, v] of Object.entries(values)) fields.push([k, v]);
    fields.push(["audiences", request.inputs.find((i) => i.name === "audiences")!.value]);
    const sent = await visitor.post("/mediation-numerique/demande-acces", fields);
    assert.match(sent.path, /envoyee/, "la demande d'accès est envoyée");

    const staff = await login("admin@exemple.fr");
    const manifest = JSON.parse(fs.readFileSync(path.join(".next", "server", "app-paths-manifest.json"), "utf8")) as Record<string, string>;
    const routes = Object.keys(manifest)
      .filter((k) => k.startsWith("/admin"))
      .map((k) => k.replace(/\/(page|route)$/, "") || "/admin");
    const fixed = routes.filter((r) => !r.includes("["));
    const dynamic = routes.filter((r) => r.includes("["));
    assert.ok(fixed.length >= 12, `${fixed.length} pages d'administration seulement`);

    // staff open each fixed page; the dynamic ones get real ids from the links staff see
    const paths: string[] = [];
    const seenHtml: string[] = [];
    for (const p of fixed) {
      const r = await rawGet(staff, p);
      assert.equal(r.status, 200, `l'équipe Pix n'ouvre pas ${p}`);
      paths.push(p);
      seenHtml.push(r.body);
    }
    // searches that list what the demo holds, then links followed until no new page appears
    for (const p of ["/admin/utilisateurs?q=exemple.fr", "/admin/certificats?q=Martin", "/admin/demandes-abc-pix?etat=all"]) seenHtml.push((await rawGet(staff, p)).body);
    const resolved = new Map<string, string>();
    for (let progress = true; progress; ) {
      progress = false;
      for (const pattern of dynamic.filter((d) => !resolved.has(d))) {
        // (a static page such as /admin/centres/nouveau also matches /admin/centres/[centreId])
        const found = seenHtml.flatMap((h) => linksMatching(h, pattern)).find((l) => !fixed.includes(l));
        if (!found) continue;
        const r = await rawGet(staff, found);
        assert.ok(r.status === 200 || (r.status >= 300 && r.status < 400), `l'équipe Pix n'ouvre pas ${found} (${r.status})`);
        resolved.set(pattern, found);
        if (r.status === 200) seenHtml.push(r.body);
        progress = true;
      }
    }
    const unresolved = dynamic.filter((d) => !resolved.has(d));
    paths.push(...resolved.values());
    // still tried by outsiders, with an id that exists nowhere
    paths.push(...unresolved.map((d) => d.replace(/\[[^\]]+\]/g, "00000000-0000-4000-8000-000000000000")));
    console.log(`${paths.length} adresses, dont ${resolved.size} avec un identifiant réel ; sans donnée de démonstration : ${unresolved.join(", ") || "aucune"}`);

    const outsiders: [string, Client | null][] = [
      ["apprenant", await login("apprenant@exemple.fr")],
      ["administrateur Orga", await login("mediateur@exemple.fr")],
      ["membre d'un centre", await login("certif@exemple.fr")],
      ["visiteur", null],
    ];
    for (const [who, c] of outsiders) {
      for (const p of paths) {
        const r = await rawGet(c, p);
        assert.notEqual(r.status, 200, `${who} ouvre ${p}`);
        assert.ok(r.status === 404 || (r.status >= 300 && r.status < 400 && new URL(r.location!, server.url).pathname !== p), `${who} sur ${p} : ${r.status} ${r.location}`);
        // (the <title> may name the page; what the page shows may not)
        const main = r.body.match(/<main[\s\S]*<\/main>/)?.[0] ?? "";
        assert.doesNotMatch(main, /Tableau de bord|Journal des actions|Administration/, `${who} lit une page d'administration sur ${p}`);
      }
    }

    // every form of the staff pages, posted by each outsider: nothing is recorded, nothing changes
    const journal = async () => ((await staff.get("/admin/journal")).html.match(/<main[\s\S]*<\/main>/)?.[0] ?? "").replace(/\d+ actions? affichée/g, "");
    const before = await journal();
    let posted = 0;
    for (const p of [...fixed, ...resolved.values()]) {
      const page = await staff.get(p).catch(() => null);
      if (!page) continue;
      for (const f of forms(page.html).filter((x) => x.inputs.some((i) => i.name.startsWith("$ACTION")))) {
        for (const [, c] of outsiders) {
          await (c ?? new Client(server.url)).post(p, filled(f)).catch(() => undefined);
          posted++;
        }
      }
    }
    assert.ok(posted >= 40, `${posted} formulaires seulement`);
    assert.equal(await journal(), before, "une action refusée a été enregistrée");
    const dashboard = (await staff.get("/admin")).html;
    assert.doesNotMatch(dashboard, /Intrusion/);
  });
});
