import {
  AUDIENCES,
  PEOPLE_PER_YEAR,
  REFERENCE_ALPHABET,
  REFERENCE_PATTERN,
  escapeLike,
  foldText,
  isValidPostalCode,
  isValidSiret,
  normalisePhone,
  normaliseSiret,
  requestReference,
} from "@/lib/access-requests/rules";
import { accessRequestSchema } from "@/lib/access-requests/schemas";

describe("isValidSiret", () => {
  test.each([
    ["a valid SIRET (Luhn)", "73282932000074", true],
    ["another valid SIRET", "44306184100047", true],
    ["spaces are ignored", "732 829 320 00074", true],
    ["non-breaking spaces are ignored", "732\u00a0829\u00a0320\u00a000074", true],
    ["one wrong digit", "73282932000075", false],
    ["two digits swapped", "73282932000047", false],
    ["13 digits", "7328293200007", false],
    ["15 digits", "732829320000740", false],
    ["letters", "7328293200007A", false],
    ["empty", "", false],
    ["La Poste: digit sum multiple of 5", "35600000049837", true],
    ["La Poste: digit sum 15", "35600000000010", true],
    ["La Poste's head office (Luhn-valid, digit sum 26)", "35600000000048", true],
    ["La Poste: digit sum 16", "35600000000011", false],
  ])("%s", (_name, siret, expected) => {
    expect(isValidSiret(siret)).toBe(expected);
  });

  test.each([
    ["Luhn-valid, digit sum 14: accepted", "35600000000014", true],
    ["Luhn-invalid but digit sum 15: accepted", "35600000000001", true],
    ["Luhn-invalid, digit sum 16: refused", "35600000000011", false],
  ])("La Poste: Luhn, or its own digit-sum rule: %s", (_name, siret, expected) => {
    expect(isValidSiret(siret)).toBe(expected);
  });

  test("normaliseSiret removes spaces and dots", () => {
    expect(normaliseSiret(" 732.829.320 00074 ")).toBe("73282932000074");
  });
});

describe("isValidPostalCode", () => {
  test.each([
    ["69003", true],
    ["01000", true],
    ["97400", true],
    [" 75011 ", true],
    ["7500", false],
    ["750011", false],
    ["00100", false],
    ["2A004", false],
    ["", false],
  ])("%s → %s", (code, expected) => {
    expect(isValidPostalCode(code)).toBe(expected);
  });
});

describe("normalisePhone", () => {
  test.each([
    ["0123456789", "01 23 45 67 89"],
    ["01 23 45 67 89", "01 23 45 67 89"],
    ["01.23.45.67.89", "01 23 45 67 89"],
    ["06-12-34-56-78", "06 12 34 56 78"],
    ["+33 6 12 34 56 78", "06 12 34 56 78"],
    ["+33 (0)6 12 34 56 78", "06 12 34 56 78"],
    ["0033612345678", "06 12 34 56 78"],
    ["012345678", null],
    ["00 23 45 67 89", null],
    ["01234567890", null],
    ["téléphone", null],
  ])("%s → %s", (raw, expected) => {
    expect(normalisePhone(raw)).toBe(expected);
  });
});

describe("requestReference", () => {
  test.each([
    [[0, 0, 0, 0, 0, 0], "DEM-AAAAAA"],
    [[31, 31, 31, 31, 31, 31], "DEM-999999"],
    [[32, 33, 255, 8, 14, 24], "DEM-AB9JQ2"],
  ])("bytes %j → %s", (bytes, expected) => {
    expect(requestReference(Uint8Array.from(bytes))).toBe(expected);
  });

  test("never uses I, O, 0 or 1, and always matches the reference pattern", () => {
    expect(REFERENCE_ALPHABET).toHaveLength(32);
    expect(REFERENCE_ALPHABET).not.toMatch(/[IO01]/);
    for (let b = 0; b < 256; b += 1) {
      const ref = requestReference(Uint8Array.from([b, b, b, b, b, b]));
      expect(ref).toMatch(REFERENCE_PATTERN);
    }
  });

  test("refuses fewer than 6 random bytes", () => {
    expect(() => requestReference(Uint8Array.from([1, 2, 3]))).toThrow();
  });
});

describe("lists and text helpers", () => {
  test("audiences and people-per-year choices have unique ids and French labels", () => {
    for (const list of [AUDIENCES, PEOPLE_PER_YEAR]) {
      expect(new Set(list.map((a) => a.id)).size).toBe(list.length);
      for (const a of list) expect(a.label.length).toBeGreaterThan(3);
    }
    expect(AUDIENCES.map((a) => a.id)).toEqual(expect.arrayContaining(["seniors", "demandeurs-emploi", "jeunes", "allocataires", "handicap", "tout-public"]));
  });

  test.each([
    ["50%", "50\\%"],
    ["a_b", "a\\_b"],
    ["c\\d", "c\\\\d"],
    ["plain", "plain"],
  ])("escapeLike(%s) → %s", (raw, expected) => {
    expect(escapeLike(raw)).toBe(expected);
  });

  test("foldText drops accents and case", () => {
    expect(foldText("Médiathèque ÉLÉONORE")).toBe("mediatheque eleonore");
  });
});

describe("accessRequestSchema", () => {
  const valid = {
    structureName: "  Espace numérique  ",
    siret: "732 829 320 00074",
    structureType: "mediation",
    address: "3 rue des Lilas",
    postalCode: "69003",
    city: "Lyon",
    contactFirstName: "Inès",
    contactLastName: "Martin",
    contactEmail: "Ines.Martin@Exemple.fr",
    contactPhone: "",
    contactRole: "Conseillère numérique",
    audiences: "seniors",
    peoplePerYear: "50-200",
    motivation: "Nous accompagnons des seniors au numérique depuis 2019, chaque semaine.",
    consent: "on",
  };

  test("a valid form is normalised", () => {
    const r = accessRequestSchema.parse(valid);
    expect(r).toMatchObject({ structureName: "Espace numérique", siret: "73282932000074", contactEmail: "ines.martin@exemple.fr", audiences: ["seniors"] });
    expect(r.contactPhone).toBeUndefined();
    // parsing the parsed value again gives the same (the services parse again)
    expect(accessRequestSchema.parse(r)).toEqual(r);
  });

  test.each([
    ["siret", { siret: "73282932000075" }, /n'est pas valide/],
    ["siret", { siret: "1234" }, /14 chiffres/],
    ["structureType", { structureType: "club" }, /type de votre structure/],
    ["postalCode", { postalCode: "690" }, /5 chiffres/],
    ["contactEmail", { contactEmail: "pas-une-adresse" }, /adresse e-mail valide/],
    ["contactPhone", { contactPhone: "12" }, /10 chiffres/],
    ["audiences", { audiences: undefined }, /au moins un public/],
    ["audiences", { audiences: ["seniors", "martiens"] }, /liste proposée/],
    ["peoplePerYear", { peoplePerYear: "beaucoup" }, /combien de personnes/],
    ["motivation", { motivation: "Trop court." }, /au moins 30 caractères/],
    ["motivation", { motivation: "x".repeat(3001) }, /3 000 caractères/],
    ["consent", { consent: undefined }, /Cochez la case/],
    ["structureName", { structureName: "   " }, /nom de votre structure/],
  ])("%s: %j is refused with a French message", (field, change, message) => {
    const r = accessRequestSchema.safeParse({ ...valid, ...change });
    expect(r.success).toBe(false);
    const issue = r.error!.issues.find((i) => i.path[0] === field);
    expect(issue?.message).toMatch(message);
  });

  test("several audiences are kept once each; a phone is normalised", () => {
    const r = accessRequestSchema.parse({ ...valid, audiences: ["seniors", "jeunes", "seniors"], contactPhone: "+33 6 12 34 56 78" });
    expect(r.audiences).toEqual(["seniors", "jeunes"]);
    expect(r.contactPhone).toBe("06 12 34 56 78");
  });
});
