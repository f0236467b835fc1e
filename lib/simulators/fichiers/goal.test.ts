import { fichiersSimulator as sim } from "./index";
import { run, scenario } from "./fixture.test-helper";
import type { Goal } from "./schemas";
import type { State } from "./state";

const goal = (g: unknown): Goal => sim.goalSchema.parse(g);
const reaches = (g: unknown, s: State) => sim.reachesGoal(goal(g), s, scenario);

const filed = run([
  { op: "newFolder", name: "Factures" },
  { op: "move", item: "mars", dest: "nouveau-1" },
  { op: "rename", item: "scan", name: "devis.pdf" },
  { op: "open", item: "scan" },
  { op: "openFolder", folder: "nouveau-1" },
  { op: "download", file: "mars" },
  { op: "openFolder", folder: "Bureau" },
  { op: "delete", item: "notes" },
]);

describe("fichiers: goals", () => {
  it.each([
    [{ exists: [{ path: "Documents/Factures/facture-mars.pdf" }] }, true],
    [{ exists: [{ path: "documents\\FACTURES\\Facture-Mars.pdf " }] }, true],
    [{ exists: [{ path: "Documents/Factures/facture-mars" }] }, false],
    [{ exists: [{ path: "Documents/facture-mars.pdf" }] }, false],
    [{ exists: [{ path: ["Documents/facture-mars.pdf", "Documents/Factures/facture-mars.pdf"] }] }, true],
    [{ exists: [{ path: "Documents/Factures/facture-mars.pdf", id: "scan" }] }, false],
    [{ exists: [{ path: "Documents/devis.pdf", id: "scan" }] }, true],
    [{ exists: [{ path: "Bureau/notes.txt" }] }, false],
    [{ notExists: [{ path: "Bureau/notes.txt" }, { path: "Documents/scan0001.pdf" }] }, true],
    [{ notExists: [{ path: "Documents/devis.pdf" }] }, false],
    [{ folders: ["Documents/Factures"] }, true],
    [{ folders: ["Documents/Factures/facture-mars.pdf"] }, false],
    [{ folders: ["Bureau/Factures"] }, false],
    [{ folderContents: [{ folder: "Documents/Factures", names: ["FACTURE-MARS.pdf"] }] }, true],
    [{ folderContents: [{ folder: "Documents/Factures", names: ["facture-mars.pdf", "devis.pdf"] }] }, false],
    [{ folderContents: [{ folder: "Bureau", names: [] }] }, true],
    [{ downloaded: ["mars"], notDownloaded: ["scan"] }, true],
    [{ downloaded: ["scan"] }, false],
    [{ notDownloaded: ["mars"] }, false],
    [{ opened: ["scan"], notOpened: ["mars"] }, true],
    [{ opened: ["mars"] }, false],
    [{ notOpened: ["scan"] }, false],
    [{ deleted: ["notes", "vieux"] }, true],
    [{ deleted: ["mars"] }, false],
  ])("goal %# %j is reached: %s", (g, expected) => {
    expect(reaches(g, filed)).toBe(expected);
  });

  it("a goal is not reached at the start", () => {
    expect(reaches({ folders: ["Documents/Factures"] }, sim.initialState(scenario))).toBe(false);
  });

  it("counts an item deleted with its folder as deleted", () => {
    const s = run([{ op: "delete", item: "Documents/Banque" }]);
    expect(reaches({ deleted: ["releve"] }, s)).toBe(true);
    expect(reaches({ exists: [{ path: "Documents/Banque/releve.pdf" }] }, s)).toBe(false);
  });

  it("refuses an empty goal or an unknown key", () => {
    expect(sim.goalSchema.safeParse({}).success).toBe(false);
    expect(sim.goalSchema.safeParse({ exist: [] }).success).toBe(false);
  });

  it("refuses a scenario with twice the same id or name, a reserved id or a bad start", () => {
    const bad = [
      { folders: [{ folder: "A", children: [{ file: "x.txt", id: "k" }, { file: "y.txt", id: "k" }] }] },
      { folders: [{ folder: "A", children: [{ file: "x.txt" }, { file: "X.TXT" }] }] },
      { folders: [{ folder: "A", id: "corbeille" }] },
      { start: "B", folders: [{ folder: "A" }] },
      { folders: [{ folder: "A", children: [{ file: "a:b.txt" }] }] },
    ];
    for (const s of bad) expect(sim.scenarioSchema.safeParse(s).success).toBe(false);
  });
});
