import { actionFromForm } from "./action-from-form";

function form(entries: [string, string][]): FormData {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
}

test.each([
  ["a counter and one field", [["seq", "3"], ["op", "open"], ["message", "m2"]], 3, { op: "open", message: "m2" }],
  ["a repeated name becomes a list", [["seq", "0"], ["op", "move"], ["file", "a"], ["file", "b"]], 0, { op: "move", file: ["a", "b"] }],
  ["no counter", [["op", "open"]], -1, { op: "open" }],
  ["a counter that is not a number", [["seq", "1e3"], ["op", "open"]], -1, { op: "open" }],
] as const)("%s", (_name, entries, seq, action) => {
  expect(actionFromForm(form(entries as unknown as [string, string][]))).toEqual({ seq, action });
});
