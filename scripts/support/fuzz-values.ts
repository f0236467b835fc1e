// The hostile values the fuzzer sends, and how it mutates a form. Every string value carries the
// marker MARK, so that whatever the app kept of it can be found in the database afterwards.
import { BODY_LIMIT_BYTES } from "../../lib/http/proxy-rules";

export const MARK = "FUZZ§";
/** What must never appear unescaped in a page: our script and image tags. */
export const UNESCAPED = [`<script>${MARK}`, `<img src=x onerror=alert(1)>${MARK}`];

const MB = 1024 * 1024;

/** Named so the report can say which kind of value caused a failure. */
export const HOSTILE: [string, string][] = [
  ["html-script", `<script>${MARK}alert(1)</script>`],
  ["html-attr", `"><img src=x onerror=alert(1)>${MARK}`],
  ["sql", `' OR 1=1; DROP TABLE users; --${MARK}`],
  ["sql-quote", `${MARK}'); DELETE FROM users WHERE ('1'='1`],
  ["lone-surrogate", `${MARK}\uD800x\uDFFF`],
  ["rtl-override", `${MARK}\u202Etxt.exe`],
  ["zero-width", `${MARK}\u200B\u200D\uFEFF\u2060`],
  ["nul", `${MARK}\u0000nul`],
  ["control", `${MARK}\u0001\u0007\u001B[31m\u007F`],
  ["crlf", `${MARK}\r\nSet-Cookie: fuzz=1`],
  ["emoji", `😀👩‍👩‍👧‍👦${MARK}🏳️‍🌈`],
  ["combining", `${MARK}e\u0301\u0301\u0301\u0301\u0301`],
  ["template", `${MARK}\${7*7}{{7*7}}%s%n%x`],
  ["path", `../../../../etc/passwd${MARK}`],
  ["json", `{"__proto__":{"polluted":"${MARK}"}}`],
  ["long-10k", MARK + "a".repeat(10_000)],
  ["long-1M", MARK + "b".repeat(MB)],
  ["empty", ""],
  ["spaces", "   \t  "],
  ["email-bad", `${MARK}@`],
  ["email-html", `<b>${MARK}</b>@exemple.fr`],
  ["email-long", `${"x".repeat(300)}${MARK}@exemple.fr`],
  ["num-string", "12abc"],
  ["num-huge", "99999999999999999999999999999"],
  ["num-exp", "1e309"],
  ["num-neg", "-1"],
  ["num-negzero", "-0"],
  ["num-float", "2.5"],
  ["num-nan", "NaN"],
  ["num-inf", "Infinity"],
  ["num-hex", "0x10"],
  ["num-int-max", "2147483648"],
  ["date-zero", "0000-00-00"],
  ["date-feb30", "2026-02-30"],
  ["date-far", "9999-12-31"],
  ["date-old", "0001-01-01"],
  ["date-month13", "2026-13-01"],
  ["date-fr", "31/12/2026"],
  ["uuid-nil", "00000000-0000-0000-0000-000000000000"],
  ["uuid-bad", `not-a-uuid-${MARK}`],
  ["bool-word", "true"],
  ["array-text", `["${MARK}",1]`],
];

export type Random = () => number;
export const pick = <T>(r: Random, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

/** A hostile value; long ones are rarer so that the run stays short. */
export function hostile(r: Random): [string, string] {
  for (;;) {
    const v = pick(r, HOSTILE);
    if (v[0] === "long-1M" && r() > 0.15) continue;
    return v;
  }
}

export type Field = { name: string; type: string; value: string; options?: string[] };

/** The form as a person would fill it, before mutation. */
export function plausible(f: Field, r: Random): string {
  if (f.type === "hidden") return f.value;
  if (f.options?.length) return pick(r, f.options);
  if (f.type === "email") return `fuzz.${Math.floor(r() * 1e6)}@exemple.fr`;
  if (f.type === "number") return String(1 + Math.floor(r() * 5));
  if (f.type === "date") return "2030-06-15";
  if (f.type === "time") return "10:30";
  if (f.type === "checkbox") return f.value || "on";
  if (f.type === "password") return "Mauvais-Mot-De-Passe-9";
  if (f.type === "file") return "";
  return f.value || `Texte ${MARK} ordinaire`;
}

export type Mutation = { kind: string; fields: [string, string][]; valueKind: string };

/** One mutated submission of a form: a hostile value somewhere, or a field missing, doubled, extra… */
export function mutate(fields: Field[], r: Random): Mutation {
  const isProtocol = (n: string) => n.startsWith("$ACTION");
  const base: [string, string][] = [];
  const seenRadio = new Set<string>();
  for (const f of fields) {
    if ((f.type === "radio" || f.type === "checkbox") && seenRadio.has(f.name)) continue;
    if (f.type === "radio") seenRadio.add(f.name);
    if (f.type === "submit" || f.type === "button") continue;
    base.push([f.name, plausible(f, r)]);
  }
  const editable = base.map((_, i) => i).filter((i) => !isProtocol(base[i]![0]));
  const [vk, value] = hostile(r);
  const roll = r();
  if (!editable.length || roll < 0.05) return { kind: "extra-field", fields: [...base, [`extra_${MARK}`, value], ["__proto__", value]], valueKind: vk };
  const at = pick(r, editable);
  if (roll < 0.45) {
    base[at] = [base[at]![0], value];
    return { kind: "one-field", fields: base, valueKind: vk };
  }
  if (roll < 0.6) {
    for (const i of editable) if (!/^(orgId|centerId|sessionId|campaignId)$/.test(base[i]![0]) || r() < 0.3) base[i] = [base[i]![0], hostile(r)[1]];
    return { kind: "all-fields", fields: base, valueKind: "mixed" };
  }
  if (roll < 0.7) return { kind: "missing-field", fields: base.filter((_, i) => i !== at), valueKind: "-" };
  if (roll < 0.8) return { kind: "array-field", fields: [...base, [base[at]![0], value]], valueKind: vk };
  if (roll < 0.87) {
    // every non-protocol field removed: an empty submission
    return { kind: "empty-form", fields: base.filter(([n]) => isProtocol(n)), valueKind: "-" };
  }
  if (roll < 0.93) {
    const hidden = fields.filter((f) => f.type === "hidden" && !isProtocol(f.name)).map((f) => f.name);
    if (hidden.length) {
      const name = pick(r, hidden);
      return { kind: "hidden-field", fields: base.map(([n, v]) => [n, n === name ? value : v]), valueKind: vk };
    }
    base[at] = [base[at]![0], value];
    return { kind: "one-field", fields: base, valueKind: vk };
  }
  // the plausible submission itself (valid values reach deeper code paths)
  return { kind: "plausible", fields: base, valueKind: "-" };
}

/** A raw body just over the proxy's limit, or of 1 MB (under it), with invalid UTF-8 inside (a lone surrogate as CESU bytes, 0xFF). */
export function rawBody(r: Random, kind: "multipart" | "urlencoded", names: string[], protocol: [string, string][] = []): { body: Buffer; contentType: string } {
  const bad = Buffer.from([0xed, 0xa0, 0x80, 0xff, 0x00]);
  // over the body limit of proxy.ts and the server actions (answered 413), or 1 MB (under it, so the app parses it)
  const filler = Buffer.alloc(r() < 0.5 ? BODY_LIMIT_BYTES + 1024 : MB, r() < 0.5 ? 0x61 : 0x25); // "a…" or "%%%…" (bad percent-encoding)
  const name = names.length ? pick(r, names) : "champ";
  if (kind === "urlencoded") {
    return {
      body: Buffer.concat([Buffer.from(protocol.map(([k, v]) => `${enc(k)}=${enc(v)}&`).join("") + `${encodeURIComponent(name)}=${encodeURIComponent(MARK)}`), bad, filler, Buffer.from("&a[]=1&a[]=2&=&&==")]),
      contentType: "application/x-www-form-urlencoded",
    };
  }
  const b = `----fuzz${Math.floor(r() * 1e9)}`;
  const parts = [
    ...protocol.map(([k, v]) => Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)),
    Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${MARK}`),
    bad,
    filler,
    Buffer.from(`\r\n--${b}\r\nContent-Disposition: form-data; name="fichier"; filename="../../${MARK}.csv"\r\nContent-Type: text/csv\r\n\r\nnom;prenom\r\n${MARK};\u0000\r\n`),
    // the closing boundary is sometimes left out: a truncated upload
    Buffer.from(r() < 0.7 ? `--${b}--\r\n` : ""),
  ];
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${b}` };
}

/** encodeURIComponent that also encodes lone surrogates (as their invalid UTF-8 bytes) instead of throwing. */
export function enc(v: string): string {
  return encodeURIComponent(v.replace(/[\uD800-\uDFFF]/g, (c, i: number, s: string) => {
    const code = c.charCodeAt(0);
    const paired = code < 0xdc00 ? /[\uDC00-\uDFFF]/.test(s[i + 1] ?? "") : /[\uD800-\uDBFF]/.test(s[i - 1] ?? "");
    return paired ? c : "\uFFFF";
  })).replace(/%EF%BF%BF/g, "%ED%A0%80");
}

/** A hostile query string. */
export function hostileQuery(r: Random, names: string[]): string {
  const keys = [...names, "page", "q", "tri", "filtre", "archivees", "k", "jeton", "fait", "depuis", "retour"];
  const n = 1 + Math.floor(r() * 3);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const [kind, v] = hostile(r);
    const value = kind === "long-1M" ? v.slice(0, 6000) : v; // a URL of 1 MB is refused by Node before the app
    parts.push(`${enc(pick(r, keys))}=${enc(value)}`);
  }
  if (r() < 0.2) parts.push("page=1&page=2&page[]=3");
  return parts.join("&");
}
