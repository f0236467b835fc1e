// A small scenario shared by the tests of the file explorer simulator, and a helper that
// applies actions given as a form would post them.
import { html, toHtmlString } from "../html";
import { fichiersSimulator as sim } from "./index";
import type { Action, Scenario } from "./schemas";
import type { State } from "./state";

export const scenario: Scenario = sim.scenarioSchema.parse({
  start: "Documents",
  folders: [
    { folder: "Bureau", children: [{ file: "notes.txt", id: "notes", ko: 1, text: "Appeler <Mme> Diallo & co" }] },
    {
      folder: "Documents",
      children: [
        { folder: "Banque", children: [{ file: "releve.pdf", id: "releve", ko: 88, modified: "2026-03-05T10:05" }] },
        { file: "facture-mars.pdf", id: "mars", ko: 245, modified: "2026-03-12T10:15", attachment: "2-4-accuse-reception.pdf", description: "Facture de mars." },
        { file: "scan0001.pdf", id: "scan", ko: 1500, modified: "2026-02-03" },
        { file: "vieux.txt", id: "vieux", deleted: true, text: "ancien" },
      ],
    },
    { folder: "Images" },
  ],
});

export function post(input: Record<string, string>): Action {
  return sim.actionSchema.parse(input);
}

export function run(actions: Record<string, string>[], from?: State): State {
  return actions.reduce((s, a) => sim.reduce(s, post(a), scenario), from ?? sim.initialState(scenario));
}

/** The page of a state, as a string (title and body). */
export function page(state: State, finished = false): string {
  const rendered = sim.render({
    state,
    scenario,
    actionUrl: "/simulateur/a1/c1",
    formFields: html`<input type="hidden" name="_n" value="3">`,
    downloadUrl: (f) => `/simulateur/a1/c1/fichier?f=${encodeURIComponent(f)}`,
    finished,
  });
  return `<title>${rendered.title}</title>${toHtmlString(rendered.body)}`;
}

/** Problems every page must be free of. */
export function pageProblems(body: string): string[] {
  const problems: string[] = [];
  if (Buffer.byteLength(body) > 20_000) problems.push(`page is ${Buffer.byteLength(body)} bytes`);
  if ((body.match(/<main[\s>]/g) ?? []).length !== 1) problems.push("not exactly one <main>");
  if ((body.match(/<h1[\s>]/g) ?? []).length !== 1) problems.push("not exactly one <h1>");
  const ids = [...body.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
  const dup = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (dup.length) problems.push(`duplicate ids: ${dup.join(", ")}`);
  for (const m of body.matchAll(/<label for="([^"]+)"/g)) if (!ids.includes(m[1]!)) problems.push(`label for missing #${m[1]}`);
  for (const m of body.matchAll(/aria-(?:describedby|labelledby)="([^"]+)"/g))
    for (const ref of m[1]!.split(" ")) if (!ids.includes(ref)) problems.push(`aria reference to missing #${ref}`);
  const forms = body.match(/<form /g)?.length ?? 0;
  const fields = body.match(/name="_n"/g)?.length ?? 0;
  if (forms !== fields) problems.push(`${forms} forms but ${fields} carry the form fields`);
  if (/<form(?![^>]*method="post" action="\/simulateur\/a1\/c1")/.test(body)) problems.push("a form does not post to the action URL");
  if (/(src|href)="(https?:)?\/\//.test(body)) problems.push("an external resource");
  if (/<input(?![^>]*type="(hidden|radio)")(?![^>]*id=)/.test(body)) problems.push("an input without id (and label)");
  return problems;
}

