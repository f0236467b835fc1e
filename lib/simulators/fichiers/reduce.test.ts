import { fichiersSimulator as sim } from "./index";
import { pathOf, itemById, visibleItems, type State } from "./state";
import { post, run, scenario } from "./fixture.test-helper";

const names = (s: State) => visibleItems(s).map((i) => i.name);

describe("fichiers: initial state", () => {
  it("opens on the start folder, with default ids from paths and the bin filled", () => {
    const s = sim.initialState(scenario);
    expect(s.place).toBe("Documents");
    expect(names(s)).toEqual(["Banque", "facture-mars.pdf", "scan0001.pdf"]);
    expect(itemById(s, "Documents/Banque")?.kind).toBe("folder");
    expect(itemById(s, "vieux")?.trashed).toBe(true);
  });
});

describe("fichiers: navigation and opening", () => {
  it.each([
    [[{ op: "openFolder", folder: "Bureau" }], "Bureau", ["notes.txt"]],
    [[{ op: "openFolder", folder: "racine" }], "racine", ["Bureau", "Documents", "Images"]],
    [[{ op: "open", item: "Documents/Banque" }], "Documents/Banque", ["releve.pdf"]],
    [[{ op: "openFolder", folder: "corbeille" }], "corbeille", ["vieux.txt"]],
    [[{ op: "openFolder", folder: "nope" }], "Documents", ["Banque", "facture-mars.pdf", "scan0001.pdf"]],
  ])("%j shows %s", (actions, place, list) => {
    const s = run(actions);
    expect(s.place).toBe(place);
    expect(names(s)).toEqual(list);
  });

  it("opens a file in the viewer and records it once", () => {
    const s = run([{ op: "open", item: "mars" }, { op: "closeViewer" }, { op: "open", item: "mars" }]);
    expect(s.viewing).toBe("mars");
    expect(s.opened).toEqual(["mars"]);
  });

  it("refuses to act on an item that is not shown", () => {
    const s = run([{ op: "open", item: "notes" }]);
    expect(s.opened).toEqual([]);
    expect(s.notice?.tone).toBe("error");
    const t = run([{ op: "open", item: "vieux" }]);
    expect(t.opened).toEqual([]);
  });
});

describe("fichiers: rename", () => {
  const start = [{ op: "renameStart", item: "scan" }];
  it.each([
    ["", "Tapez un nom."],
    ["   ", "Tapez un nom."],
    ["devis 03/02.pdf", "caractères suivants"],
    ['a"b.pdf', "caractères suivants"],
    ["Facture-Mars.PDF", "déjà un élément nommé « facture-mars.pdf »"],
    ["x".repeat(130) + ".pdf", "trop long"],
  ])("refuses name %# with the computer's own message, keeping the draft", (name, message) => {
    const s = run([...start, { op: "rename", item: "scan", name }]);
    expect(s.dialog).toMatchObject({ kind: "rename", draft: name });
    expect(s.dialog?.kind === "rename" && s.dialog.error).toContain(message);
    expect(itemById(s, "scan")?.name).toBe("scan0001.pdf");
  });

  it("renames, trimming spaces", () => {
    const s = run([...start, { op: "rename", item: "scan", name: "  devis-plombier.pdf " }]);
    expect(itemById(s, "scan")?.name).toBe("devis-plombier.pdf");
    expect(s.dialog).toBeNull();
    expect(s.notice?.tone).toBe("success");
  });

  it("asks before changing the extension, and changes it when confirmed", () => {
    const asked = run([...start, { op: "rename", item: "scan", name: "devis-plombier" }]);
    expect(asked.dialog).toMatchObject({ kind: "rename", askExtension: true, draft: "devis-plombier" });
    expect(itemById(asked, "scan")?.name).toBe("scan0001.pdf");
    const done = run([{ op: "rename", item: "scan", name: "devis-plombier", confirm: "1" }], asked);
    expect(itemById(done, "scan")?.name).toBe("devis-plombier");
  });

  it("allows a change of case only", () => {
    const s = run([{ op: "rename", item: "mars", name: "Facture-Mars.pdf" }]);
    expect(itemById(s, "mars")?.name).toBe("Facture-Mars.pdf");
  });
});

describe("fichiers: new folder and move", () => {
  it("creates a folder with a free default name and moves files into it", () => {
    const opened = run([{ op: "newFolderStart" }]);
    expect(opened.dialog).toMatchObject({ kind: "newFolder", draft: "Nouveau dossier" });
    const s = run([
      { op: "newFolder", name: "Factures" },
      { op: "moveStart", item: "mars" },
      { op: "move", item: "mars", dest: "nouveau-1" },
    ], opened);
    expect(pathOf(s, "mars")).toBe("Documents/Factures/facture-mars.pdf");
    expect(names(s)).toEqual(["Banque", "Factures", "scan0001.pdf"]);
  });

  it.each([
    [{ op: "move", item: "mars" }, "Choisissez le dossier"],
    [{ op: "move", item: "mars", dest: "Documents" }, "est déjà dans le dossier « Documents »"],
    [{ op: "move", item: "Documents/Banque", dest: "Documents/Banque" }, "lui-même"],
    [{ op: "move", item: "mars", dest: "mars" }, "n'existe pas"],
  ])("refuses %j", (action, message) => {
    const s = run([action]);
    expect(s.dialog?.kind === "move" && s.dialog.error).toContain(message);
  });

  it("refuses a name already used in the destination", () => {
    const s = run([
      { op: "openFolder", folder: "Bureau" },
      { op: "newFolderStart" },
      { op: "newFolder", name: "x" },
      { op: "openFolder", folder: "Documents" },
      { op: "rename", item: "mars", name: "notes.txt", confirm: "1" },
      { op: "move", item: "mars", dest: "Bureau" },
    ]);
    expect(s.dialog?.kind === "move" && s.dialog.error).toContain("contient déjà");
  });

  it("refuses a new folder at the top, and a duplicate name", () => {
    expect(run([{ op: "openFolder", folder: "racine" }, { op: "newFolderStart" }]).notice?.tone).toBe("error");
    const s = run([{ op: "newFolder", name: "banque" }]);
    expect(s.dialog?.kind === "newFolder" && s.dialog.error).toContain("déjà");
  });
});

describe("fichiers: bin", () => {
  it("deletes to the bin and restores to the original folder", () => {
    const deleted = run([{ op: "delete", item: "mars" }]);
    expect(names(deleted)).not.toContain("facture-mars.pdf");
    const trash = run([{ op: "openFolder", folder: "corbeille" }], deleted);
    expect(names(trash)).toEqual(["facture-mars.pdf", "vieux.txt"]);
    const back = run([{ op: "restore", item: "mars" }, { op: "openFolder", folder: "Documents" }], trash);
    expect(names(back)).toContain("facture-mars.pdf");
  });

  it("a deleted folder takes its contents along; its contents cannot be restored before it", () => {
    const s = run([{ op: "delete", item: "Documents/Banque" }, { op: "openFolder", folder: "corbeille" }, { op: "restore", item: "releve" }]);
    expect(s.notice?.tone).toBe("error");
    expect(itemById(s, "releve")?.trashed).toBe(false);
  });

  it("does not restore over an item of the same name", () => {
    const s = run([
      { op: "delete", item: "mars" },
      { op: "rename", item: "scan", name: "facture-mars.pdf" },
      { op: "openFolder", folder: "corbeille" },
      { op: "restore", item: "mars" },
    ]);
    expect(s.notice?.text).toContain("déjà un élément nommé");
    expect(itemById(s, "mars")?.trashed).toBe(true);
  });
});

describe("fichiers: search and download", () => {
  it("searches the folder shown and its subfolders, without the bin", () => {
    const s = run([{ op: "openFolder", folder: "racine" }, { op: "search", q: " PDF " }]);
    expect(names(s)).toEqual(["releve.pdf", "facture-mars.pdf", "scan0001.pdf"]);
    expect(names(run([{ op: "search", q: "vieux" }]))).toEqual([]);
    expect(run([{ op: "search", q: "x" }, { op: "clearSearch" }]).search).toBeNull();
    expect(run([{ op: "search", q: "  " }]).search).toBeNull();
  });

  it("opens a result found in a subfolder", () => {
    const s = run([{ op: "search", q: "releve" }, { op: "open", item: "releve" }]);
    expect(s.opened).toEqual(["releve"]);
  });

  it("records a download of a file that has one, once", () => {
    const s = run([{ op: "download", file: "mars" }, { op: "download", file: "mars" }, { op: "download", file: "scan" }]);
    expect(s.downloaded).toEqual(["mars"]);
    expect(sim.download!("mars", s, scenario)).toEqual({ attachment: "2-4-accuse-reception.pdf" });
    expect(sim.download!("scan", s, scenario)).toBeNull();
    expect(sim.download!("nope", s, scenario)).toBeNull();
  });
});

describe("fichiers: actions as posted", () => {
  it.each([
    [{ op: "move", item: "a" }, true],
    [{ op: "rename", item: "a", name: "b", confirm: "1" }, true],
    [{ op: "rename", item: "a" }, false],
    [{ op: "explode" }, false],
    [{ op: "search", q: "x".repeat(3000) }, false],
  ])("action %# parses as expected", (input, ok) => {
    expect(sim.actionSchema.safeParse(input).success).toBe(ok);
  });

  it("never throws on a well-formed action in any state", () => {
    const all: Record<string, string>[] = [
      { op: "openFolder", folder: "x" }, { op: "select", item: "x" }, { op: "open", item: "x" }, { op: "closeViewer" },
      { op: "renameStart", item: "x" }, { op: "rename", item: "x", name: "y" }, { op: "moveStart", item: "x" },
      { op: "move", item: "x", dest: "y" }, { op: "newFolderStart" }, { op: "newFolder", name: "" }, { op: "cancel" },
      { op: "delete", item: "x" }, { op: "restore", item: "x" }, { op: "search", q: "" }, { op: "clearSearch" }, { op: "download", file: "x" },
    ];
    for (const place of ["racine", "corbeille", "Documents"]) {
      let s = run([{ op: "openFolder", folder: place }]);
      for (const a of all) s = sim.reduce(s, post(a), scenario);
      expect(s.place).toBe(place);
    }
  });
});
