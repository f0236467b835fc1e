import { sessionPath } from "./session-path";

describe("sessionPath (where the staff's session actions send back)", () => {
  it("goes to the session's page for a session id", () => {
    expect(sessionPath("9e4703f8-d7d9-4131-bb08-12bc7d0dfe50")).toBe("/admin/certification/9e4703f8-d7d9-4131-bb08-12bc7d0dfe50");
  });

  it("goes to the list for anything else, never copying the value into the address", () => {
    for (const id of ["", "x".repeat(1_048_576), "../../etc", "9e4703f8-d7d9-4131-bb08-12bc7d0dfe50?x=1"]) expect(sessionPath(id)).toBe("/admin/certification");
  });
});
