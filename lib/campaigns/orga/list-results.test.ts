import { resultsQuerySchema } from "./list-results";

describe("resultsQuerySchema (filters of the results table, read from the address)", () => {
  it("keeps a theme id and its threshold", () => {
    expect(resultsQuerySchema.parse({ theme: "t-messagerie", sous: "50" })).toMatchObject({ theme: "t-messagerie", sous: 50 });
  });

  it("ignores a theme holding NUL or another control character (PostgreSQL refused it: HTTP 500)", () => {
    for (const theme of ["FUZZ\u0000 nul", "a\u0001b", "x\u007f"]) expect(resultsQuerySchema.parse({ theme, sous: "3" }).theme).toBeUndefined();
  });

  it("ignores a theme over 100 characters", () => {
    expect(resultsQuerySchema.parse({ theme: "x".repeat(101) }).theme).toBeUndefined();
  });
});
