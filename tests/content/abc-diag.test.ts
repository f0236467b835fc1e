/**
 * The shipped ABC Diag (content/abc-diag.yaml): its shape (10 questions over the 3 dimensions),
 * what works without JavaScript, and the result of playing it all right or all wrong
 * (lib/abc-diag/result.ts).
 */
import type { AnswerStatus } from "@/lib/answers";
import { abcDiagResult } from "@/lib/abc-diag/result";
import { getReferential } from "@/lib/content";
import type { AbcDiag, Challenge } from "@/lib/content/types";
import { simulatorNamed } from "@/lib/simulators/registry";

const diag = getReferential().abcDiag as AbcDiag;

/** A question works without JavaScript unless it is played in a simulator that needs it (the gestures). */
function worksWithoutJavaScript(c: Challenge): boolean {
  return c.solution.type !== "SIMULATOR" || !simulatorNamed(c.solution.simulator)?.needsJavaScript;
}

/** The simulator's name, or the type of a question that is not played in a simulator. */
const kind = (c: Challenge) => (c.solution.type === "SIMULATOR" ? c.solution.simulator : c.type);

const statuses = (status: AnswerStatus) => new Map(diag.questions.map((q) => [q.challenge.id, status]));

describe("the shipped ABC Diag", () => {
  test("exists, with its name and duration", () => {
    expect(diag).not.toBeNull();
    expect(diag.name).toBe("ABC Diag");
    expect(diag.minutes).toEqual({ min: 5, max: 15 });
  });

  test("has 10 questions over identifier, gestes and naviguer: 3, 4 and 3, asked in that order", () => {
    expect(diag.dimensions.map((d) => d.id)).toEqual(["identifier", "gestes", "naviguer"]);
    expect(diag.questions).toHaveLength(10);
    expect(diag.questions.map((q) => q.dimension)).toEqual([
      ...Array(3).fill("identifier"),
      ...Array(4).fill("gestes"),
      ...Array(3).fill("naviguer"),
    ]);
    expect(diag.questions.map((q) => q.challenge.id)).toEqual(Array.from({ length: 10 }, (_, i) => `ch-abcDiag-${String(i + 1).padStart(2, "0")}`));
  });

  test("every dimension has a name, a description and advice for the mediator; every question names its gesture", () => {
    for (const d of diag.dimensions) {
      expect(d.name.trim()).not.toBe("");
      expect(d.description.trim()).not.toBe("");
      expect(d.workOn.trim()).not.toBe("");
    }
    for (const q of diag.questions) expect(q.gesture.trim()).not.toBe("");
    expect(new Set(diag.questions.map((q) => q.gesture)).size).toBe(10);
  });

  test("the questions feed no profile", () => {
    for (const q of diag.questions) expect(q.challenge.skillId).toBe("abc-diag");
  });

  test("every dimension has at least 2 questions that work without JavaScript", () => {
    for (const d of diag.dimensions) {
      const withoutJs = diag.questions.filter((q) => q.dimension === d.id && worksWithoutJavaScript(q.challenge));
      expect({ dimension: d.id, withoutJs: withoutJs.length >= 2 }).toEqual({ dimension: d.id, withoutJs: true });
    }
  });

  test("in gestes, typing and downloading work without JavaScript; the mouse exercises need it", () => {
    const gestes = diag.questions.filter((q) => q.dimension === "gestes");
    const withoutJs = gestes.filter((q) => worksWithoutJavaScript(q.challenge));
    expect(withoutJs.map((q) => kind(q.challenge)).sort()).toEqual(["QROC", "fichiers"]);
    const withJs = gestes.filter((q) => !worksWithoutJavaScript(q.challenge));
    expect(withJs.map((q) => kind(q.challenge))).toEqual(["gestes", "gestes"]);
  });

  test("identifier questions are QCU with an illustration; naviguer questions are simulators", () => {
    for (const q of diag.questions.filter((x) => x.dimension === "identifier")) {
      expect(q.challenge.type).toBe("QCU");
      expect(q.challenge.illustration?.alt).toBeTruthy();
    }
    const navigation = diag.questions.filter((x) => x.dimension === "naviguer").map((q) => q.challenge);
    expect(navigation.map(kind)).toEqual(["demarche", "service", "webmail"]);
  });

  test("everything right → autonome, nothing to work on", () => {
    const r = abcDiagResult(diag, statuses("ok"));
    expect(r.dimensions.map((d) => d.level)).toEqual(["acquis", "acquis", "acquis"]);
    expect(r.orientation).toBe("autonome");
    expect(r.workOnFirst).toBeNull();
  });

  test("everything wrong → accompagnement, starting with the first dimension and its missed gestures", () => {
    const r = abcDiagResult(diag, statuses("ko"));
    expect(r.dimensions.map((d) => d.level)).toEqual(["a-travailler", "a-travailler", "a-travailler"]);
    expect(r.orientation).toBe("accompagnement");
    expect(r.workOnFirst).toEqual({
      dimension: diag.dimensions[0]!.name,
      advice: diag.dimensions[0]!.workOn,
      gestures: diag.questions.filter((q) => q.dimension === "identifier").map((q) => q.gesture),
    });
  });

  test("without JavaScript, everything else right still gives autonome: the mouse exercises are not counted", () => {
    const noJs = new Map(diag.questions.map((q) => [q.challenge.id, worksWithoutJavaScript(q.challenge) ? "ok" : "unplayable"] as const));
    const r = abcDiagResult(diag, noJs);
    expect(r.dimensions.find((d) => d.id === "gestes")).toMatchObject({ right: 2, played: 2, level: "acquis" });
    expect(r.orientation).toBe("autonome");
  });
});
