import fs from "node:fs";
import path from "node:path";
import { checkAnswer } from "@/lib/answers";
import { ContentError, buildContentIndex, loadContent, loadReferentialFrom, sumFractions } from "@/lib/content";
import { selfCheckChallenge } from "@/lib/content/load";
import type { Challenge } from "@/lib/content/types";
import { VALID, brokenCopy, cleanUp, replaceIn, writeIn } from "./helpers";

afterAll(cleanUp);

// Temporary folders must not leave parse-cache files behind.
const NO_CACHE = { cacheDir: false } as const;

describe("the valid fixture", () => {
  const ref = loadReferentialFrom(VALID);
  const index = buildContentIndex(ref);

  test("loads areas, competences, tubes, skills, challenges, tutorials, target profiles", () => {
    expect(ref.areas.map((a) => a.code)).toEqual(["1", "4"]);
    expect(ref.competences.map((c) => c.id)).toEqual(["competence-1.1", "competence-1.2", "competence-4.1"]);
    expect(ref.tubes.map((t) => t.id).sort()).toEqual(["@motDePasse", "@rechercheWeb", "@sources", "@veille"]);
    expect(ref.skills).toHaveLength(9);
    expect(ref.challenges).toHaveLength(11);
    expect(ref.tutorials.map((t) => t.id).sort()).toEqual(["tuto-moteur", "tuto-mots-cles"]);
    expect(ref.targetProfiles[0]).toMatchObject({ id: "decouverte", family: "general", tubes: [{ tubeId: "@rechercheWeb", maxLevel: 2 }, { tubeId: "@veille", maxLevel: 8 }] });
    expect(ref.version).toMatch(/^[0-9a-f]{12}$/);
  });

  test("derives ids: tube id = name, skill id = tube + level, competence from the folder", () => {
    const skill = index.skillById.get("@rechercheWeb2")!;
    expect(skill).toMatchObject({ tubeId: "@rechercheWeb", competenceId: "competence-1.1", level: 2, active: true });
    expect(index.tubeById.get("@motDePasse")!.competenceId).toBe("competence-4.1");
    expect(index.challengeById.get("ch-rechercheWeb2-a")!.skillId).toBe("@rechercheWeb2");
  });

  test("pix values are exact fractions 8/n of active skills per competence and level, at most 4", () => {
    const pix = (id: string) => index.skillById.get(id)!.pix;
    expect(pix("@rechercheWeb1")).toEqual({ num: 8, den: 3 }); // three level-1 skills in 1.1
    expect(index.skillById.get("@veille1")!.pixValue).toBeCloseTo(8 / 3);
    expect(pix("@rechercheWeb3")).toEqual({ num: 4, den: 1 }); // two level-3 skills
    expect(pix("@rechercheWeb2")).toEqual({ num: 4, den: 1 }); // two level-2 skills (@veille2 too)
    expect(pix("@motDePasse2")).toEqual({ num: 4, den: 1 }); // alone on its level: capped at 4
    expect(pix("@veille5")).toEqual({ num: 0, den: 1 }); // inactive
    const level1 = ref.skills.filter((s) => s.competenceId === "competence-1.1" && s.level === 1).map((s) => s.pix);
    expect(sumFractions(level1)).toEqual({ num: 8, den: 1 });
  });

  test("defaults: tolerances T1-T3, shuffle for QCU/QCM, timer null, focused false, active true", () => {
    const qcu = index.challengeById.get("ch-rechercheWeb1-a")!;
    expect(qcu).toMatchObject({ tolerances: ["T1", "T2", "T3"], shuffle: true, timer: null, focused: false, active: true });
    expect(qcu.proposals.map((p) => p.id)).toEqual(["1", "2", "3"]);
    expect(qcu.solution).toEqual({ type: "QCU", proposalId: "2" });
    expect(index.challengeById.get("ch-veille1-a")!.shuffle).toBe(false);
    const qroc = index.challengeById.get("ch-rechercheWeb2-a")!;
    expect(qroc).toMatchObject({ timer: 60, shuffle: false, attachment: "budget.csv", fields: [{ key: "reponse", format: "number", label: "Nombre de résultats" }] });
    expect(qroc.solution).toEqual({ type: "QROC", variants: { reponse: ["1250"] } });
    expect(index.challengeById.get("ch-rechercheWeb3-a")!.focused).toBe(true);
    expect(index.challengeById.get("ch-sources3-a")!.tolerances).toEqual([]);
    expect(index.challengeById.get("ch-rechercheWeb1-a")!.illustration).toEqual({ file: "illustrations/resultats.svg", alt: "Une page de résultats de recherche avec trois liens." });
  });

  test("the solutions loaded are accepted by the checker", () => {
    expect(checkAnswer(index.challengeById.get("ch-rechercheWeb1-b")!, { proposalIds: ["3", "1"] })).toBe("ok");
    expect(checkAnswer(index.challengeById.get("ch-rechercheWeb2-a")!, { fields: { reponse: "1 250" } })).toBe("ok");
    expect(checkAnswer(index.challengeById.get("ch-rechercheWeb3-b")!, { fields: { n1: "edge", n2: "firefox" } })).toBe("ok");
  });

  test("indexes: skills by tube sorted by level, tubes by competence, challenges by skill, competence by code", () => {
    expect(index.skillsByTube.get("@veille")!.map((s) => s.level)).toEqual([1, 2, 5]);
    expect(index.tubesByCompetence.get("competence-1.1")!.map((t) => t.id)).toEqual(["@rechercheWeb", "@sources", "@veille"]);
    expect(index.tubesByCompetence.get("competence-1.2")).toBeUndefined();
    expect(index.challengesBySkill.get("@rechercheWeb1")!.map((c) => c.id)).toEqual(["ch-rechercheWeb1-a", "ch-rechercheWeb1-b"]);
    expect(index.competenceByCode.get("4.1")!.id).toBe("competence-4.1");
    expect(index.skillAt("@sources", 3)!.id).toBe("@sources3");
    expect(index.playableChallenges("@veille5")).toEqual([]);
    expect(index.locate("ch-motDePasse2-a")!.area.code).toBe("4");
    expect(index.targetProfileSkills("decouverte").map((s) => s.id)).toEqual(["@rechercheWeb1", "@rechercheWeb2", "@veille1", "@veille2"]);
    expect(index.tutorialById.get("tuto-moteur")!.sources).toEqual([]);
  });

  test("a competence with no tube yet is a warning, not an error", () => {
    const { warnings } = loadContent(VALID);
    expect(warnings.map((w) => w.message)).toContain("competence has no tube yet");
  });

  test("the version changes when a content file changes, and only then", () => {
    const same = brokenCopy(() => {});
    expect(loadReferentialFrom(same, NO_CACHE).version).toBe(ref.version);
    const changed = brokenCopy((dir) => replaceIn(dir, "competences/4.1/motDePasse.yaml", "Long et varié.", "Long et varié !"));
    expect(loadReferentialFrom(changed, NO_CACHE).version).not.toBe(ref.version);
  });

  test("unknown top-level folders (e.g. abc-diag) are ignored", () => {
    const dir = brokenCopy((d) => writeIn(d, "abc-diag/questions.yaml", "anything: [goes"));
    expect(() => loadReferentialFrom(dir, NO_CACHE)).not.toThrow();
  });
});

/** Loads `dir`, expects a ContentError, returns its message. */
function failure(dir: string): string {
  try {
    loadReferentialFrom(dir, NO_CACHE);
  } catch (e) {
    expect(e).toBeInstanceOf(ContentError);
    return (e as Error).message;
  }
  throw new Error("expected the content to be refused");
}

const TUBE = "competences/1.1/rechercheWeb.yaml";
const VEILLE = "competences/1.1/veille.yaml";

describe("broken content is refused with a message naming the file, the id and the problem", () => {
  test.each<[string, (dir: string) => void, RegExp[]]>([
    [
      "duplicate challenge id across files",
      (d) => replaceIn(d, VEILLE, "id: ch-veille2-a", "id: ch-rechercheWeb1-a"),
      [/veille\.yaml \[ch-rechercheWeb1-a\]: duplicate challenge id \(also in .*rechercheWeb\.yaml\)/],
    ],
    [
      "duplicate tube name across files",
      (d) => replaceIn(d, "competences/4.1/motDePasse.yaml", 'name: "@motDePasse"', 'name: "@veille"'),
      [/motDePasse\.yaml \[@veille\]: duplicate tube name/, /duplicate skill id/],
    ],
    [
      "duplicate tutorial id",
      (d) => writeIn(d, "tutorials/4.1.yaml", 'tutorials:\n  - { id: tuto-moteur, title: "X", duration: 1, body: "Y" }\n'),
      [/tutorials\/4\.1\.yaml \[tuto-moteur\]: duplicate tutorial id/],
    ],
    [
      "two skills of the same level in a tube",
      (d) => replaceIn(d, VEILLE, "level: 5", "level: 2"),
      [/veille\.yaml \[@veille2\]: two skills of level 2/],
    ],
    [
      "dangling tutorial reference",
      (d) => replaceIn(d, TUBE, "success: [tuto-mots-cles]\n      learnMore", "success: [tuto-inexistant]\n      learnMore"),
      [/rechercheWeb\.yaml \[@rechercheWeb1\]: tutorials\.success: "tuto-inexistant" is not a tutorial/],
    ],
    [
      "a solution its checker rejects (T2 strips the only characters)",
      (d) => replaceIn(d, TUBE, 'variants: ["Clermont-Ferrand", "Clermont"]', 'variants: ["Clermont-Ferrand", "?!"]'),
      [/rechercheWeb\.yaml \[ch-rechercheWeb3-a\]: its own solution is refused by the checker: "\?!" for field "ville"/],
    ],
    [
      "a near miss that the checker accepts",
      (d) => replaceIn(d, TUBE, '- { cp: "63100" }', '- { ville: "Clermont-Ferant" }'),
      [/\[ch-rechercheWeb3-a\]: near miss \{"ville":"Clermont-Ferant"\} is accepted \(T3 forgives typos/],
    ],
    [
      "QROC without near misses",
      (d) => replaceIn(d, TUBE, /\n\s+nearMisses: \["1251", "125"\]/, ""),
      [/\[ch-rechercheWeb2-a\]: QROC must list at least one nearMisses/],
    ],
    [
      "QCM answer that names a proposal that does not exist",
      (d) => replaceIn(d, TUBE, "answer: [1, 3]", "answer: [1, 5]"),
      [/\[ch-rechercheWeb1-b\]: answer \[1,5\] has a number that is not a proposal/],
    ],
    [
      "QCM answer with a proposal twice",
      (d) => replaceIn(d, TUBE, "answer: [1, 3]", "answer: [1, 3, 3]"),
      [/\[ch-rechercheWeb1-b\]: a proposal number is listed twice/],
    ],
    [
      "missing alt text",
      (d) => replaceIn(d, TUBE, 'alt: "Une page de résultats de recherche avec trois liens."', 'alt: " "'),
      [/\[ch-rechercheWeb1-a\]: illustration "illustrations\/resultats\.svg" needs an alt text/],
    ],
    [
      "no alt key at all",
      (d) => replaceIn(d, "tutorials/1.1.yaml", ', alt: "Schéma d\'un moteur de recherche." }', " }"),
      [/tutorials\/1\.1\.yaml \[tuto-moteur\]: tutorials\[1\]\.illustration\.alt: alt text is required/],
    ],
    [
      "missing illustration file",
      (d) => fs.rmSync(path.join(d, "illustrations/resultats.svg")),
      [/\[ch-rechercheWeb1-a\]: illustration "illustrations\/resultats\.svg" does not exist/, /\[tuto-moteur\]: illustration/],
    ],
    [
      "missing attachment",
      (d) => fs.rmSync(path.join(d, "attachments/files/budget.csv")),
      [/\[ch-rechercheWeb2-a\]: attachment "budget\.csv" is missing from content\/attachments\/files\//],
    ],
    [
      "missing attachment whose source exists",
      (d) => {
        fs.rmSync(path.join(d, "attachments/files/budget.csv"));
        writeIn(d, "attachments/sources/budget.yaml", "output: budget.csv\nsheets:\n  - name: A\n    rows: [[1]]\n");
      },
      [/budget\.csv" is missing .*run npm run content:build-attachments/],
    ],
    [
      "level 0",
      (d) => replaceIn(d, VEILLE, "level: 5", "level: 0"),
      [/veille\.yaml \[@veille0\]: skills\[2\]\.level: level must be from 1 to 8 \(there is no level 0\)/],
    ],
    [
      "level 9",
      (d) => replaceIn(d, VEILLE, "level: 5", "level: 9"),
      [/\[@veille9\]: skills\[2\]\.level: level must be from 1 to 8/],
    ],
    [
      "a skill without challenge",
      (d) => writeIn(d, "competences/4.1/antivirus.yaml", 'tube: { name: "@antivirus", title: "A", description: "B" }\nskills:\n  - level: 1\n'),
      [/antivirus\.yaml \[@antivirus1\]: skill has no challenge/],
    ],
    [
      "a target profile naming an unknown tube",
      (d) => replaceIn(d, "target-profiles/decouverte.yaml", '"@veille"', '"@inconnu"'),
      [/decouverte\.yaml \[decouverte\]: tube "@inconnu" does not exist/],
    ],
    [
      "a typo in a key",
      (d) => replaceIn(d, TUBE, "explanation: \"Tout est dans l'en-tête.\"", "explication: \"Tout est dans l'en-tête.\""),
      [/\[ch-rechercheWeb3-a\]: .*explanation: /, /Unrecognized key: "explication"/],
    ],
    [
      "a YAML syntax error",
      (d) => writeIn(d, "competences/4.1/casse.yaml", "tube: [unclosed\n"),
      [/casse\.yaml: YAML syntax/],
    ],
    [
      "a folder that is not a competence code",
      (d) => writeIn(d, "competences/9.9/x.yaml", "tube: {}\n"),
      [/competences\/9\.9: "9\.9" is not a competence code/],
    ],
    [
      "a number field whose variant is not a number",
      (d) => replaceIn(d, TUBE, 'variants: ["1250"]', 'variants: ["mille"]'),
      [/\[ch-rechercheWeb2-a\]: field "reponse": "mille" is not a number/],
    ],
    [
      "QROCM-dep with fewer groups than fields",
      (d) => replaceIn(d, TUBE, /\s+- \["Chrome", "Google Chrome"\]\n\s+- \["Edge", "Microsoft Edge"\]/, ""),
      [/\[ch-rechercheWeb3-b\]: QROCM-dep needs at least as many groups \(1\) as fields \(2\)/],
    ],
    [
      "QCU answer out of range",
      (d) => replaceIn(d, TUBE, "answer: 2", "answer: 4"),
      [/\[ch-rechercheWeb1-a\]: answer 4 is not a proposal number \(1 to 3\)/],
    ],
  ])("%s", (_name, edit, patterns) => {
    const message = failure(brokenCopy(edit));
    for (const p of patterns) expect(message).toMatch(p);
  });

  test("every problem is reported at once, not just the first", () => {
    const message = failure(
      brokenCopy((d) => {
        replaceIn(d, VEILLE, "level: 5", "level: 0");
        replaceIn(d, TUBE, "success: [tuto-mots-cles]\n      learnMore", "success: [tuto-inexistant]\n      learnMore");
        fs.rmSync(path.join(d, "attachments/files/budget.csv"));
      }),
    );
    expect(message).toMatch(/Invalid content: 3 problems/);
    expect(message).toMatch(/level 0/);
    expect(message).toMatch(/tuto-inexistant/);
    expect(message).toMatch(/budget\.csv/);
  });

  test("a missing content folder is refused", () => {
    expect(() => loadReferentialFrom(path.join(VALID, "nope"))).toThrow(ContentError);
  });
});

describe("selfCheckChallenge catches a checker that accepts wrong answers", () => {
  const qcm = buildContentIndex(loadReferentialFrom(VALID)).challengeById.get("ch-rechercheWeb1-b")!;
  test("a QCM that accepts a wrong set (a lax checker accepting subsets) is reported", () => {
    const lax = (c: Challenge, answer: unknown) => {
      const ids = (answer as { proposalIds: string[] }).proposalIds;
      const expected = (c.solution as { proposalIds: string[] }).proposalIds;
      return ids.every((id) => expected.includes(id)) ? ("ok" as const) : ("ko" as const);
    };
    expect(selfCheckChallenge(qcm, lax as never)).toEqual(["a wrong answer is accepted: the answer without proposal 1", "a wrong answer is accepted: the answer without proposal 3"]);
  });
  test("a checker that accepts any set is reported for one option more and one less", () => {
    const problems = selfCheckChallenge(qcm, () => "ok");
    expect(problems).toHaveLength(4);
    expect(problems).toContain("a wrong answer is accepted: the answer plus proposal 2");
  });
  test("the real checker reports nothing", () => {
    expect(selfCheckChallenge(qcm)).toEqual([]);
  });
});

describe("the shipped content/", () => {
  test("loads without error", () => {
    const ref = loadReferentialFrom(path.join(process.cwd(), "content"));
    expect(ref.areas).toHaveLength(5);
    expect(ref.competences).toHaveLength(16);
    expect(ref.competences.map((c) => c.code)).toEqual(["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4", "4.1", "4.2", "4.3", "5.1", "5.2"]);
  });
});
