import { campaignCodeSchema, externalIdSchema, normalizeCode } from "./code";

describe("campaign codes: case, spaces and dashes forgiven", () => {
  test.each([
    ["CAPDIA123", "CAPDIA123"],
    [" capdia123 ", "CAPDIA123"],
    ["cap dia 123", "CAPDIA123"],
    ["CAPDIA-123", "CAPDIA123"],
  ])("%j → %s", (raw, code) => {
    expect(normalizeCode(raw)).toBe(code);
    expect(campaignCodeSchema.parse(raw)).toBe(code);
  });
  test.each([[""], ["CAPDIA12"], ["CAPDI1234"], ["123CAPDIA"], ["CAPDIA1234"], ["CAPDIÀ123"]])("%j is refused with a French message", (raw) => {
    const r = campaignCodeSchema.safeParse(raw);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toMatch(/code/);
  });
});

describe("external ids by type", () => {
  test.each([
    ["number", " 12 345 ", true],
    ["number", "12a", false],
    ["email", "nom@exemple.fr", true],
    ["email", "nom@", false],
    ["text", "Dossier B-12", true],
    ["text", "", false],
  ] as const)("%s %j → %s", (type, value, ok) => expect(externalIdSchema("Numéro de dossier", type).safeParse(value).success).toBe(ok));
});
