// The simulated site's own checks of each kind of field, with the French messages it shows,
// and the normalised forms used to compare what was sent with the goal. Pure.
import type { Field } from "./schemas";

export const DATE_PARTS = ["jour", "mois", "annee"] as const;

/** Trim, lower case, strip accents, one space between words. */
export function normalizeText(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .trim()
    .toLowerCase();
}

/** "7/3/1985", "07/03/1985", "1985-03-07" → "07/03/1985"; null when not a real date. */
export function normalizeDate(value: string): string | null {
  const t = value.trim();
  let m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(t);
  let d: number, mo: number, y: number;
  if (m) [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else {
    m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
    if (!m) return null;
    [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  }
  if (!isRealDate(d, mo, y)) return null;
  return `${String(d).padStart(2, "0")}/${String(mo).padStart(2, "0")}/${y}`;
}

function isRealDate(d: number, mo: number, y: number): boolean {
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[mo - 1]!;
}

/** "dd/mm/yyyy" → a number that sorts like the date. */
function dateRank(ddmmyyyy: string): number {
  const [d, m, y] = ddmmyyyy.split("/").map(Number);
  return y! * 10000 + m! * 100 + d!;
}

/** 06 12 34 56 78, 06.12.34.56.78, +33 6 12 34 56 78 → "0612345678"; null when not a French number. */
export function normalizePhone(value: string): string | null {
  let digits = value.replace(/[\s.\-()\u00a0]/g, "");
  if (/^\+33\d{9}$/.test(digits)) digits = "0" + digits.slice(3);
  else if (/^0033\d{9}$/.test(digits)) digits = "0" + digits.slice(4);
  return /^0\d{9}$/.test(digits) ? digits : null;
}

export function formatPhone(digits: string): string {
  return digits.replace(/(\d{2})(?=\d)/g, "$1 ");
}

/** How a field's value is compared with an expected one. */
export function comparable(field: Field, value: string): string {
  switch (field.type) {
    case "date":
      return normalizeDate(value) ?? normalizeText(value);
    case "tel":
      return normalizePhone(value) ?? normalizeText(value);
    case "postcode":
      return value.replace(/\s/g, "");
    case "email":
      return value.trim().toLowerCase();
    case "select":
    case "radio": {
      const n = normalizeText(value);
      const opt = field.options?.find((o) => normalizeText(o.value) === n || normalizeText(o.label) === n);
      return opt ? opt.value : n;
    }
    case "checkbox": {
      const n = normalizeText(value);
      return n === "oui" || n === "true" || n === "on" ? "oui" : n === "non" || n === "false" || n === "" ? "" : n;
    }
    default:
      return normalizeText(value);
  }
}

export type Checked = { ok: true; value: string } | { ok: false; message: string };

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * Checks one field from the inputs as posted (by input name without the f_ prefix) and returns
 * the value to keep or the message the site shows next to the field.
 */
export function checkField(field: Field, inputs: Record<string, string>): Checked {
  const raw = (inputs[field.key] ?? "").trim();
  const empty = field.type === "date" ? DATE_PARTS.every((p) => !(inputs[`${field.key}__${p}`] ?? "").trim()) : raw === "";
  if (empty) {
    if (!field.required) return { ok: true, value: "" };
    if (field.requiredMessage) return { ok: false, message: field.requiredMessage };
    if (field.type === "checkbox") return { ok: false, message: "Cochez cette case pour continuer." };
    if (field.type === "select" || field.type === "radio") return { ok: false, message: `Choisissez une réponse : ${lowerFirst(field.label)}.` };
    return { ok: false, message: `Ce champ est obligatoire : ${lowerFirst(field.label)}.` };
  }
  switch (field.type) {
    case "email":
      return /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(raw)
        ? { ok: true, value: raw }
        : { ok: false, message: "L'adresse e-mail n'est pas valide. Elle doit ressembler à : nom@exemple.fr" };
    case "tel": {
      const p = normalizePhone(raw);
      return p ? { ok: true, value: formatPhone(p) } : { ok: false, message: "Le numéro de téléphone doit avoir 10 chiffres, par exemple : 06 12 34 56 78." };
    }
    case "postcode": {
      const p = raw.replace(/\s/g, "");
      return /^\d{5}$/.test(p) ? { ok: true, value: p } : { ok: false, message: "Le code postal doit avoir 5 chiffres, par exemple : 75015." };
    }
    case "date": {
      const parts = DATE_PARTS.map((p) => (inputs[`${field.key}__${p}`] ?? "").trim());
      if (parts.some((p) => p === "")) return { ok: false, message: "Remplissez le jour, le mois et l'année." };
      if (!parts.every((p) => /^\d+$/.test(p)) || parts[2]!.length !== 4)
        return { ok: false, message: "Écrivez la date en chiffres, l'année avec 4 chiffres. Par exemple : 14 7 1990." };
      const d = normalizeDate(parts.join("/"));
      if (!d) return { ok: false, message: "Cette date n'existe pas. Vérifiez le jour et le mois." };
      if (field.min && dateRank(d) < dateRank(field.min)) return { ok: false, message: `La date doit être le ${field.min} ou après.` };
      if (field.max && dateRank(d) > dateRank(field.max)) return { ok: false, message: `La date doit être le ${field.max} ou avant.` };
      return { ok: true, value: d };
    }
    case "select":
    case "radio": {
      const opt = field.options?.find((o) => o.value === raw);
      return opt ? { ok: true, value: opt.value } : { ok: false, message: `Choisissez une réponse dans la liste : ${lowerFirst(field.label)}.` };
    }
    case "checkbox":
      return { ok: true, value: "oui" };
    case "text":
      if (field.pattern && !new RegExp(`^(?:${field.pattern})$`).test(raw)) return { ok: false, message: field.patternMessage ?? "Le format n'est pas le bon." };
      return { ok: true, value: raw.replace(/\s+/g, " ") };
    default:
      return { ok: true, value: raw };
  }
}

/** The inputs that show a kept value again (a date is split into its three boxes). */
export function inputsFor(field: Field, value: string): Record<string, string> {
  if (field.type !== "date") return { [field.key]: value };
  const [d = "", m = "", y = ""] = value ? value.split("/") : [];
  return { [`${field.key}__jour`]: d, [`${field.key}__mois`]: m, [`${field.key}__annee`]: y };
}

/** The value as the summary shows it. */
export function displayValue(field: Field, value: string): string {
  if (value === "") return "Non renseigné";
  if (field.type === "select" || field.type === "radio") return field.options?.find((o) => o.value === value)?.label ?? value;
  if (field.type === "checkbox") return "Oui";
  return value;
}
