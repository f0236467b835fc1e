import { html, toHtmlString } from "../html";
import { fichiersSimulator as sim } from "./index";
import { page, pageProblems, run, scenario } from "./fixture.test-helper";

describe("fichiers: render", () => {
  it("shows the window of the start folder: address bar, search, tree, list", () => {
    const body = page(sim.initialState(scenario));
    expect(pageProblems(body)).toEqual([]);
    expect(body).toContain("<title>Documents – Explorateur de fichiers</title>");
    expect(body).toMatch(/<nav class="fx-crumbs" aria-label="Adresse du dossier affiché">/);
    expect(body).toContain('<span class="fx-crumb-current" aria-current="location">Documents</span>');
    expect(body).toContain('<label for="fx-q">Rechercher dans « Documents »</label>');
    expect(body).toContain('aria-label="Dossiers"');
    expect(body).toContain('value="Documents" aria-current="true"');
    expect(body).toContain('<th scope="col" class="fx-size">Taille</th>');
    expect(body).toContain("245 Ko");
    expect(body).toContain("1,5 Mo");
    expect(body).toContain('<time datetime="2026-03-12 10:15">12/03/2026 10:15</time>');
    expect(body).toContain("Document PDF");
    expect(body).toContain("Dossier de fichiers");
    expect(body).not.toContain("vieux.txt");
    expect(body).not.toContain("Renommer");
  });

  it("shows the toolbar for the selected item, with a download link only when there is a file to send", () => {
    const body = page(run([{ op: "select", item: "mars" }]));
    expect(pageProblems(body)).toEqual([]);
    expect(body).toContain("Élément choisi : <strong>facture-mars.pdf</strong>");
    for (const label of ["Ouvrir", "Renommer", "Déplacer vers…", "Supprimer", "Télécharger", "Nouveau dossier"]) expect(body).toContain(label);
    expect(body).toContain('href="/simulateur/a1/c1/fichier?f=mars"');
    expect(body).toContain('aria-pressed="true"');
    expect(page(run([{ op: "select", item: "scan" }]))).not.toContain("Télécharger");
  });

  it("shows the rename window with the computer's error next to the field, the draft kept", () => {
    const body = page(run([{ op: "renameStart", item: "scan" }, { op: "rename", item: "scan", name: "a/b & c.pdf" }]));
    expect(pageProblems(body)).toEqual([]);
    expect(body).toContain('<label for="fx-name">Nouveau nom</label>');
    expect(body).toContain('<p class="sim-error" id="fx-name-error" role="alert">');
    expect(body).toContain('value="a/b &amp; c.pdf"');
    expect(body).toContain('aria-invalid="true" aria-describedby="fx-name-error"');
  });

  it("asks before changing an extension", () => {
    const body = page(run([{ op: "rename", item: "scan", name: "devis" }]));
    expect(pageProblems(body)).toEqual([]);
    expect(body).toContain("le nouveau nom n&#39;a plus l&#39;extension « .pdf »");
    expect(body).toContain('name="confirm" value="1"');
  });

  it("shows the move window as a list of folders with radio buttons", () => {
    const body = page(run([{ op: "moveStart", item: "mars" }, { op: "move", item: "mars" }]));
    expect(pageProblems(body)).toEqual([]);
    expect(body).toContain('<legend class="sim-legend">Dans quel dossier voulez-vous mettre « facture-mars.pdf » ?</legend>');
    expect(body.match(/type="radio"/g)).toHaveLength(4);
    expect(body).toContain("(dossier actuel)");
    expect(body).toContain('aria-describedby="fx-dest-error"');
  });

  it("shows search results with their folder, the bin and the viewer", () => {
    const search = page(run([{ op: "search", q: "<b>rel" }]));
    expect(pageProblems(search)).toEqual([]);
    expect(search).toContain("Aucun élément");
    expect(search).toContain("&lt;b&gt;rel");
    const found = page(run([{ op: "search", q: "relev" }]));
    expect(found).toContain("<td>Documents › Banque</td>");
    const trash = page(run([{ op: "openFolder", folder: "corbeille" }]));
    expect(pageProblems(trash)).toEqual([]);
    expect(trash).toContain("Restaurer<span class=\"visually-hidden\"> « vieux.txt »</span>");
    const viewer = page(run([{ op: "openFolder", folder: "Bureau" }, { op: "open", item: "notes" }]));
    expect(pageProblems(viewer)).toEqual([]);
    expect(viewer).toContain("Appeler &lt;Mme&gt; Diallo &amp; co");
    expect(viewer).toContain("Fermer");
    const pdf = page(run([{ op: "open", item: "mars" }]));
    expect(pdf).toContain("Facture de mars.");
    expect(pdf).toContain("modifié le 12 mars 2026 à 10 h 15");
  });

  it("stays under 20 KB with a big folder", () => {
    const big = sim.scenarioSchema.parse({
      start: "Documents",
      folders: [{ folder: "Documents", children: Array.from({ length: 25 }, (_, i) => ({ file: `document-numero-${i}-avec-un-nom-long.pdf`, ko: 100 + i, attachment: "x.pdf" })) }],
    });
    const state = sim.initialState(big);
    const rendered = sim.render({ state: { ...state, selected: state.items[1]!.id }, scenario: big, actionUrl: "/s", formFields: html``, downloadUrl: (f) => f, finished: false });
    expect(Buffer.byteLength(toHtmlString(rendered.body))).toBeLessThan(20_000);
  });
});
