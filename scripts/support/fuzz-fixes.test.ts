// The fuzzer's pure helpers, and the small fixes its run led to: control characters refused by
// every validated form, NUL dropped from search patterns and hand-read form fields.
import { z } from "zod";
import { escapeLike } from "@/lib/access-requests/rules";
import { formText } from "@/lib/actions/form-data";
import { controlCharacterErrors, validatedAction } from "@/lib/actions/validated-action";
import { containsPattern } from "@/lib/search/like";
import { garbageIn } from "./fuzz-db";
import { enc, HOSTILE, MARK, mutate } from "./fuzz-values";
import { actionIdsIn, parseForms } from "./fuzz-http";
import { prng } from "./bench-http";

function form(entries: [string, string][]): FormData {
  const fd = new FormData();
  for (const [k, v] of entries) fd.append(k, v);
  return fd;
}

describe("control characters in a posted form", () => {
  test.each([
    ["NUL", `a\u0000b`, true],
    ["bell", `a\u0007b`, true],
    ["escape", `\u001B[31m`, true],
    ["DEL", `a\u007F`, true],
    ["tab", `a\tb`, false],
    ["line breaks", `a\r\nb`, false],
    ["zero-width and RTL (kept: they are printable Unicode)", `a\u200B\u202Eb`, false],
    ["accents", "Élodie", false],
  ])("%s", (_name, value, refused) => {
    const errors = controlCharacterErrors(form([["nom", value], ["$ACTION_ID_x", "\u0000"]]));
    expect(errors).toEqual(refused ? { nom: expect.stringMatching(/caractère/) } : null);
  });

  test("validatedAction refuses them before the handler runs, in French, next to the field", async () => {
    const handler = jest.fn(async () => ({ message: "ok" }));
    const action = validatedAction(z.object({ nom: z.string() }), handler);
    const state = await action({}, form([["nom", `Jean\u0000`]]));
    expect(handler).not.toHaveBeenCalled();
    expect(state.fieldErrors?.nom).toMatch(/non autorisé/);
    expect(state.formError).toBeTruthy();
    expect(await action({}, form([["nom", "Jean"]]))).toMatchObject({ message: "ok" });
  });
});

describe("NUL never reaches PostgreSQL", () => {
  test("search patterns drop it", () => {
    expect(escapeLike("a\u0000%_")).toBe("a\\%\\_");
    expect(containsPattern("a\u0000b")).toBe("%ab%");
  });
  test("formText drops it", () => {
    expect(formText(form([["x", "a\u0000b"]]), "x")).toBe("ab");
    expect(formText(form([]), "x")).toBe("");
  });
});

describe("fuzzer helpers", () => {
  test("every hostile string value carries the marker or is a short typed value", () => {
    for (const [, v] of HOSTILE) expect(v.includes(MARK) || v.length < 40).toBe(true);
  });
  test("enc encodes lone surrogates as invalid UTF-8 instead of throwing, pairs as usual", () => {
    expect(enc("a\uD800b")).toBe("a%ED%A0%80b");
    expect(enc("😀")).toBe(encodeURIComponent("😀"));
  });
  test("mutations keep the server action fields and are the same for the same seed", () => {
    const fields = [
      { name: "$ACTION_ID_abc", type: "hidden", value: "" },
      { name: "email", type: "email", value: "" },
      { name: "orgId", type: "hidden", value: "id-1" },
    ];
    for (let i = 0; i < 50; i++) {
      const m = mutate(fields, prng(i));
      expect(m.fields.some(([k]) => k === "$ACTION_ID_abc")).toBe(true);
      expect(mutate(fields, prng(i))).toEqual(m);
    }
  });
  test("forms and action ids are read from the HTML", () => {
    const html = `<form action="" method="POST"><input type="hidden" name="$ACTION_REF_1"/><input type="hidden" name="$ACTION_1:0" value="{&quot;id&quot;:&quot;7f12ab&quot;,&quot;bound&quot;:&quot;$@1&quot;}"/><input name="nom" value="x"><select name="role"><option value="a">A</option><option value="b">B</option></select><textarea name="msg">t&amp;t</textarea><button name="choix" value="oui">Oui</button></form><form><input type="hidden" name="$ACTION_ID_00ffee"/></form>`;
    const [a, b] = parseForms(html);
    expect(a!.actionIds).toEqual(["7f12ab"]);
    expect(a!.fields.find((f) => f.name === "role")!.options).toEqual(["a", "b"]);
    expect(a!.fields.find((f) => f.name === "msg")!.value).toBe("t&t");
    expect(a!.buttons).toEqual([{ name: "choix", value: "oui" }]);
    expect(b!.method).toBe("post");
    expect(actionIdsIn(html).sort()).toEqual(["00ffee", "7f12ab"]);
  });
  test.each([
    ["users", "first_name", `${MARK}\u0000`, ["octet NUL"]],
    ["users", "email", `${MARK}@`, ["adresse e-mail invalide"]],
    ["users", "email", `fuzz${MARK}@exemple.fr`, []],
    ["contact_messages", "message", `<script>${MARK}</script>`, []],
    ["contact_messages", "message", `${MARK}\uFFFD`, ["substitut isolé / UTF-8 invalide"]],
    ["contact_messages", "message", MARK + "a".repeat(6000), ["6005 caractères"]],
  ])("garbage in %s.%s", (_t, column, value, expected) => {
    expect(garbageIn(column, value)).toEqual(expected);
  });
});
