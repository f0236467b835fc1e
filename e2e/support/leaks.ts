// What a served challenge page gives away, read from the raw HTTP response: the HTML as sent and
// the framework's data embedded in it (`self.__next_f.push(...)`) or sent alone (RSC requests).
import fs from "node:fs";
import path from "node:path";
import type { Challenge } from "@/lib/content/types";

/** The RSC payload carried by an HTML page: the strings pushed with self.__next_f.push([1, "…"]). */
export function embeddedFlight(html: string): string {
  const out: string[] = [];
  for (const m of html.matchAll(/self\.__next_f\.push\((\[[\s\S]*?\])\)\s*<\/script>/g)) {
    const pushed = JSON.parse(m[1]!) as unknown[];
    if (typeof pushed[1] === "string") out.push(pushed[1]);
  }
  return out.join("");
}

/**
 * Every string of an RSC payload that could carry text: the JSON string literals, without the
 * object keys, the class names, and the framework's own references ("$…", chunk paths).
 */
export function flightStrings(flight: string): string[] {
  const out: string[] = [];
  let lastKey = "";
  for (const m of flight.matchAll(/"((?:[^"\\\n]|\\.)*)"(\s*:)?/g)) {
    let s: string;
    try {
      s = JSON.parse(`"${m[1]!}"`) as string;
    } catch {
      s = m[1]!;
    }
    if (m[2]) {
      lastKey = s;
      continue;
    }
    if (lastKey === "className" || lastKey === "style") {
      lastKey = "";
      continue;
    }
    lastKey = "";
    if (/^\$/.test(s) || /^\/?_next\//.test(s) || /^static\/chunks\//.test(s)) continue;
    out.push(s);
  }
  return out;
}

/** The object keys used in an RSC payload (props names: a "solution" or "correct" prop would show here). */
export function flightKeys(flight: string): string[] {
  return [...flight.matchAll(/"((?:[^"\\\n]|\\.)*)"\s*:/g)].map((m) => m[1]!);
}

function decodeEntities(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&");
}

/** The HTML without its scripts and styles: text and every attribute value but class and style, unescaped. */
export function htmlReadable(html: string): string {
  const noScripts = html.replace(/<script\b[\s\S]*?<\/script>/gi, " ").replace(/<style\b[\s\S]*?<\/style>/gi, " ");
  const attrs = [...noScripts.matchAll(/\s([\w:-]+)="([^"]*)"/g)].filter((m) => m[1] !== "class" && m[1] !== "style").map((m) => m[2]!);
  const text = noScripts.replace(/<[^>]+>/g, " ");
  return decodeEntities([text, ...attrs].join(" \n "));
}

/** The inline scripts of the page that are not the framework's data pushes. */
export function otherInlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]!).filter((s) => s.trim() && !s.includes("self.__next_f"));
}

export function containsWord(haystack: string, needle: string): boolean {
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, "iu").test(haystack);
}

const normalize = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * What the learner must not get before answering: accepted answers (variants, groups), near
 * misses, the explanation (whole, its opening, its sentences), the explanation of a simulator task. Texts of
 * fewer than 3 characters ("3", "B") are too common to look for as words; the structural
 * checks (no prefilled field, no correctness key, opaque option values) cover them.
 */
export function secretsOf(c: Challenge): string[] {
  const s = c.solution;
  const out: string[] = [];
  if (s.type === "QROC" || s.type === "QROCM-ind") out.push(...Object.values(s.variants).flat());
  if (s.type === "QROCM-dep") out.push(...s.groups.flat());
  // A simulator's goal names things the instruction names too ("send it to mairie@…"): its
  // secret is the check itself, which stays on the server; the explanation is checked below.
  for (const nm of c.nearMisses) out.push(...(typeof nm === "string" ? [nm] : Object.values(nm)));
  const explanation = normalize(c.explanation);
  out.push(explanation, explanation.slice(0, 60));
  out.push(...explanation.split(/(?<=[.!?])\s+/).filter((x) => x.length >= 25));
  return [...new Set(out.map(normalize))].filter((x) => x.length >= 3);
}

/** What the learner is meant to read on the page; a secret that is also one of these words is not a leak. */
export function publicTextsOf(c: Challenge): string {
  return [c.instruction, ...c.proposals.map((p) => p.text), ...c.fields.map((f) => `${f.label} ${f.placeholder ?? ""}`), c.illustration?.alt ?? "", c.attachment ?? ""].join("\n");
}

/** Prop names that would carry a solution or a correctness flag. */
export const FORBIDDEN_KEYS = /^(solution|solutions|nearMisses|nearMiss|explanation|variants|groups|proposalId|proposalIds|correct|isCorrect|isRight|right|answer|expected|goal|tolerances|skillId)$/;

/**
 * The source of a page and of the app's components it imports, followed recursively: its fixed
 * wording ("Question", "Je passe", "Temps restant"…) is legitimately in every response. Taken
 * from the source rather than from the page served, so that text the page should not have sent
 * is never counted as wording.
 */
export function sourceWording(entry: string): string {
  const seen = new Set<string>();
  const out: string[] = [];
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const src = fs.readFileSync(file, "utf8");
    out.push(src);
    for (const m of src.matchAll(/from\s+"((?:@\/components|@\/app|\.{1,2})\/[^"]+)"/g)) {
      const spec = m[1]!;
      const base = spec.startsWith("@/") ? path.join(process.cwd(), spec.slice(2)) : path.resolve(path.dirname(file), spec);
      const found = [".tsx", ".ts", "/index.tsx", "/index.ts"].map((ext) => base + ext).find((f) => fs.existsSync(f));
      if (found) visit(found);
    }
  };
  visit(path.resolve(entry));
  return out.join("\n");
}
