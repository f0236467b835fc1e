import type { AnswerStatus } from "@/lib/answers";
import type { AbcDiag } from "@/lib/content/types";
import { abcDiagResult, dimensionLevel } from "./result";

describe("a dimension's level from its right answers", () => {
  test.each([
    [3, 3, "acquis"],
    [2, 3, "en-cours"],
    [1, 3, "a-travailler"],
    [0, 3, "a-travailler"],
    [4, 4, "acquis"],
    [3, 4, "acquis"],
    [2, 4, "en-cours"],
    [1, 4, "a-travailler"],
    [2, 2, "acquis"],
    [1, 2, "en-cours"],
    [0, 0, "non-mesure"],
  ])("%d right of %d played → %s", (right, played, level) => expect(dimensionLevel(right, played)).toBe(level));
});

const q = (id: string, dimension: string, gesture: string) => ({ dimension, gesture, challenge: { id } as AbcDiag["questions"][number]["challenge"] });
const diag: Pick<AbcDiag, "dimensions" | "questions"> = {
  dimensions: [
    { id: "identifier", name: "Reconnaître", description: "", workOn: "Nommer le matériel" },
    { id: "gestes", name: "Gestes", description: "", workOn: "Manipuler la souris" },
    { id: "naviguer", name: "Naviguer", description: "", workOn: "Remplir un formulaire" },
  ],
  questions: [
    q("i1", "identifier", "la souris"),
    q("i2", "identifier", "un navigateur"),
    q("i3", "identifier", "une adresse e-mail"),
    q("g1", "gestes", "cliquer"),
    q("g2", "gestes", "double-cliquer"),
    q("g3", "gestes", "glisser-déposer"),
    q("g4", "gestes", "taper un texte"),
    q("n1", "naviguer", "un formulaire"),
    q("n2", "naviguer", "un service en ligne"),
    q("n3", "naviguer", "une messagerie"),
  ],
};
const all = (status: AnswerStatus, except: Record<string, AnswerStatus> = {}) =>
  new Map(diag.questions.map((x) => [x.challenge.id, except[x.challenge.id] ?? status]));

describe("orientation and what to work on first", () => {
  test.each([
    ["everything right", all("ok"), "autonome", null, []],
    ["one miss per dimension of 4 still acquired, naviguer 2/3", all("ok", { n3: "ko" }), "abc-pix", "Naviguer", ["une messagerie"]],
    ["identify fine, gestures half", all("ok", { g1: "ko", g2: "ko" }), "abc-pix", "Gestes", ["cliquer", "double-cliquer"]],
    ["gestures missed", all("ok", { g1: "ko", g2: "ko", g3: "skipped" }), "accompagnement", "Gestes", ["cliquer", "double-cliquer", "glisser-déposer"]],
    ["nothing right", all("ko"), "accompagnement", "Reconnaître", ["la souris", "un navigateur", "une adresse e-mail"]],
    ["gestures unplayable without JavaScript are not counted", all("ok", { g1: "unplayable", g2: "unplayable", g3: "unplayable", g4: "unplayable" }), "autonome", null, []],
  ])("%s → %s", (_name, statuses, orientation, dimension, gestures) => {
    const r = abcDiagResult(diag, statuses as Map<string, AnswerStatus>);
    expect(r.orientation).toBe(orientation);
    expect(r.workOnFirst?.dimension ?? null).toBe(dimension);
    expect(r.workOnFirst?.gestures ?? []).toEqual(gestures);
  });

  test("an unanswered question counts as missed", () => {
    const r = abcDiagResult(diag, new Map());
    expect(r.dimensions.map((d) => d.level)).toEqual(["a-travailler", "a-travailler", "a-travailler"]);
  });
});
