import { fold, queryTerms, terms } from "./text";

describe("word handling", () => {
  test.each([
    ["Horaires d'ÉTÉ", ["horaire", "ete"]],
    ["l'acte de naissance", ["acte", "naissance"]],
    ["Bonjour, je voudrais la pharmacie de garde", ["bonjour", "voudrai", "pharmacie", "garde"]],
    ["bus ligne 4", ["bus", "ligne", "4"]],
    ["Œufs", ["oeuf"]],
    ["  ", []],
    ["le la les de", []],
  ])("%s", (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });

  test("accents, case and plurals are folded the same way on both sides", () => {
    expect(terms("CARTES D'IDENTITÉ")).toEqual(terms("carte identite"));
    expect(fold("Déjà Noël")).toBe("deja noel");
  });

  test("a query's words are kept once, in order", () => {
    expect(queryTerms("avocat recette avocats")).toEqual(["avocat", "recette"]);
  });
});
