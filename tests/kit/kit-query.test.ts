import { KIT_ERRORS, kitErrorsByField, kitErrorUrl, parseKitQuery } from "@/lib/kit/kit-query";

const q = (s: string) => new URLSearchParams(s);

describe("the kit's download query", () => {
  test.each([
    ["structure=EPN%20de%20Brest&format=A3", { structure: "EPN de Brest", format: "A3" }],
    ["structure=%20%20EPN%20%20%20de%20Brest%20", { structure: "EPN de Brest", format: "A4" }],
    ["structure=EPN&format=", { structure: "EPN", format: "A4" }],
    ["structure=EPN&format=A4&campagne=", { structure: "EPN", format: "A4" }],
    ["structure=EPN&campagne=6f1c1b1e-1111-4111-8111-111111111111", { structure: "EPN", format: "A4", campagne: "6f1c1b1e-1111-4111-8111-111111111111" }],
    [`structure=${"é".repeat(120)}`, { structure: "é".repeat(120), format: "A4" }],
  ])("accepts %s", (query, expected) => {
    expect(parseKitQuery(q(query))).toEqual({ ok: true, query: expected });
  });

  test.each([
    ["", ["structure-vide"]],
    ["structure=%20%20", ["structure-vide"]],
    [`structure=${"é".repeat(121)}`, ["structure-longue"]],
    ["structure=EPN&format=A5", ["format"]],
    ["structure=&format=Letter", ["structure-vide", "format"]],
    [`structure=EPN&campagne=${"x".repeat(101)}`, ["campagne"]],
  ])("refuses %j with %j", (query, errors) => {
    expect(parseKitQuery(q(query))).toEqual({ ok: false, errors });
  });

  test("the way back to the kit page keeps what was typed and points at the first field in error", () => {
    const url = kitErrorUrl(["format"], q("structure=EPN de Brest&format=A5&x=1"));
    expect(url).toBe("/mediation-numerique/kit?erreur=format&structure=EPN+de+Brest&format=A5#champ-format");
  });

  test("the page reads ?erreur= back into one French message per field, ignoring unknown codes", () => {
    expect(kitErrorsByField("structure-vide,format,inconnu")).toEqual({ structure: KIT_ERRORS["structure-vide"].message, format: KIT_ERRORS.format.message });
    expect(kitErrorsByField(["campagne-archivee"])).toEqual({ campagne: KIT_ERRORS["campagne-archivee"].message });
    expect(kitErrorsByField(undefined)).toEqual({});
  });
});
