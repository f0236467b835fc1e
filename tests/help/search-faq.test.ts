import { AUDIENCES, FAQ, type FaqEntry } from "@/lib/help/faq";
import { fold, MAX_QUERY_LENGTH, searchFaq, searchFaqDetailed, searchWords, stem } from "@/lib/help/search-faq";

const ids = (entries: FaqEntry[]) => entries.map((e) => e.id);

describe("the FAQ data", () => {
  test("has 30 to 40 entries with unique slugs, each audience present", () => {
    expect(FAQ.length).toBeGreaterThanOrEqual(30);
    expect(FAQ.length).toBeLessThanOrEqual(40);
    expect(new Set(ids(FAQ)).size).toBe(FAQ.length);
    for (const e of FAQ) expect(e.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const a of AUDIENCES) expect(FAQ.some((e) => e.audience === a)).toBe(true);
  });

  test("links point to paths of the app", () => {
    for (const e of FAQ)
      for (const p of e.answer) if (typeof p !== "string") for (const piece of p) if (typeof piece !== "string") expect(piece.href).toMatch(/^\/[a-z]/);
  });

  test("keeps the four answers of the former help page", () => {
    for (const id of ["connexion-impossible", "compte-bloque", "ordinateur-partage", "sans-javascript"]) expect(ids(FAQ)).toContain(id);
  });
});

describe("folding", () => {
  test.each([
    ["BLOQUÉ", "bloque"],
    ["Mot de passe ?", "mot de passe"],
    ["l'accès", "l acces"],
    ["  Œuvre  ", "oeuvre"],
  ])("fold(%j) = %j", (input, expected) => expect(fold(input)).toBe(expected));

  test.each([
    ["bloque", "bloqu"],
    ["bloquee", "bloqu"],
    ["resultats", "resultat"],
    ["certification", "certific"],
    ["code", "code"],
    ["mot", "mot"],
  ])("stem(%j) = %j", (input, expected) => expect(stem(input)).toBe(expected));

  test("little words are left out", () => {
    expect(searchWords("Comment je fais pour le mot de passe ?")).toEqual(["fai", "mot", "pass"]);
  });
});

describe("searchFaq", () => {
  test.each<[string, string, (found: string[]) => void]>([
    ["mot de passe: the password entries come first", "mot de passe", (f) => expect(f[0]).toBe("mot-de-passe-oublie")],
    ["mot de passe: the blocked account is found too", "mot de passe", (f) => expect(f).toContain("compte-bloque")],
    ["bloqué", "bloqué", (f) => expect(f[0]).toBe("compte-bloque")],
    ["bloque", "bloque", (f) => expect(f[0]).toBe("compte-bloque")],
    ["BLOQUÉ", "BLOQUÉ", (f) => expect(f[0]).toBe("compte-bloque")],
    ["bloquée (feminine)", "ma session est bloquée", (f) => expect(f).toContain("compte-bloque")],
    ["certificat finds certification entries", "certificat", (f) => expect(f).toEqual(expect.arrayContaining(["verifier-certificat", "code-verification", "eligibilite"]))],
    ["certificat: a question about certificates first", "certificat", (f) => expect(["verifier-certificat", "code-verification"]).toContain(f[0])],
    ["a prefix finds longer words", "certif", (f) => expect(f).toContain("creer-session")],
    ["plural folds", "résultats", (f) => expect(f).toEqual(expect.arrayContaining(["envoyer-resultats", "voir-resultats"]))],
    ["AND: both words needed", "exporter csv", (f) => expect(f).toEqual(["export-csv"])],
    ["OR fallback when no entry has every word", "export zzzqqq", (f) => expect(f).toEqual(["export-csv"])],
    ["nonsense finds nothing", "xylophone zzzqqq", (f) => expect(f).toEqual([])],
    ["only little words: everything, in order", "le la les", (f) => expect(f).toEqual(ids(FAQ))],
    ["empty query: everything, in order", "   ", (f) => expect(f).toEqual(ids(FAQ))],
  ])("%s", (_name, query, check) => check(ids(searchFaq(FAQ, query))));

  test.each([
    ["apprenant", "code"],
    ["mediateur", "code"],
    ["centre", "code"],
  ] as const)("audience %s keeps only its entries", (audience, query) => {
    const found = searchFaq(FAQ, query, audience);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((e) => e.audience === audience)).toBe(true);
  });

  test("empty query with an audience: that audience's entries, in data order", () => {
    expect(ids(searchFaq(FAQ, "", "centre"))).toEqual(ids(FAQ.filter((e) => e.audience === "centre")));
  });

  test("a centre question is not found among the learners' entries", () => {
    expect(ids(searchFaq(FAQ, "surveillant", "apprenant"))).toEqual([]);
    expect(ids(searchFaq(FAQ, "surveillant", "centre"))[0]).toBe("surveillance");
  });

  test("question matches rank above answer matches", () => {
    const entries: FaqEntry[] = [
      { id: "dans-reponse", audience: "apprenant", question: "Autre chose", answer: ["Parle du tutoriel."], keywords: [] },
      { id: "dans-mots", audience: "apprenant", question: "Encore autre", answer: ["Rien."], keywords: ["tutoriel"] },
      { id: "dans-question", audience: "apprenant", question: "Les tutoriels", answer: ["Rien."], keywords: [] },
    ];
    expect(ids(searchFaq(entries, "tutoriel"))).toEqual(["dans-question", "dans-mots", "dans-reponse"]);
  });

  test("reports whether every word was found", () => {
    expect(searchFaqDetailed(FAQ, "exporter csv").mode).toBe("all");
    expect(searchFaqDetailed(FAQ, "export zzzqqq").mode).toBe("some");
    expect(searchFaqDetailed(FAQ, "").mode).toBe("browse");
  });

  test("a 10 kB query is cut and answers quickly", () => {
    const huge = "mot de passe ".repeat(800);
    expect(huge.length).toBeGreaterThan(10_000);
    const start = performance.now();
    const found = searchFaq(FAQ, huge);
    expect(performance.now() - start).toBeLessThan(500);
    expect(ids(found)[0]).toBe("mot-de-passe-oublie");
    // only the first MAX_QUERY_LENGTH characters count
    expect(ids(searchFaq(FAQ, "x".repeat(MAX_QUERY_LENGTH) + " mot de passe"))).toEqual([]);
  });
});
