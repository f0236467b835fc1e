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
import { DEMO_PASSWORD } from "./support/flows";
import { startServer, type TestServer } from "./support/server";

let server: TestServer;
before(async () => {
  server = await startServer();
});
after(async () => {
  await server?.stop();
});

async function login(email: string): Promise<Client> {
  const c = new Client(server.url);
  const page = await c.get("/connexion");
  const form = forms(page.html).find((f) => f.inputs.some((i) => i.name === "password"))!;
  const fields: [string, string][] = form.inputs.filter((i) => i.type === "hidden").map((i) => [i.name, i.value]);
  fields.push(["email", email], ["password", DEMO_PASSWORD]);
  const res = await c.post("/connexion", fields);
  assert.ok(!res.path.startsWith("/connexion"), `connexion de ${email} refusée`);
  return c;
}

async function rawGet(c: Client | null, p: string): Promise<{ status: number; location: string | null; body: string }> {
  const res = await fetch(server.url + p, { headers: c ? { cookie: c.cookieHeader() } : {}, redirect: "manual" });
  return { status: res.status, location: res.headers.get("location"), body: await res.text() };
}

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
    const unresolved: string[] = [];
    for (const pattern of dynamic) {
      const found = seenHtml.flatMap((h) => linksMatching(h, pattern))[0];
      if (!found) {
        unresolved.push(pattern);
        // still tried by outsiders, with an id that exists nowhere
        paths.push(pattern.replace(/\[[^\]]+\]/g, "00000000-0000-4000-8000-000000000000"));
        continue;
      }
      const r = await rawGet(staff, found);
      assert.ok(r.status === 200 || (r.status >= 300 && r.status < 400), `l'équipe Pix n'ouvre pas ${found} (${r.status})`);
      paths.push(found);
      if (r.status === 200) seenHtml.push(r.body);
    }
    console.log(`${paths.length} adresses, dont ${dynamic.length - unresolved.length} avec un identifiant réel ; sans donnée de démonstration : ${unresolved.join(", ") || "aucune"}`);

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
    for (const p of paths) {
      const page = await staff.get(p);
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
