// The site's own password rules, shown as a checklist and checked when an account is created. Pure.
import type { PasswordRules } from "./schemas";

export type RuleId = "length" | "uppercase" | "lowercase" | "digit" | "special" | "noName";

export type Rule = { id: RuleId; text: string };

function fold(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

/** The rules in the order the site lists them. */
export function rulesOf(rules: PasswordRules): Rule[] {
  const out: Rule[] = [{ id: "length", text: `Au moins ${rules.minLength} caractères` }];
  if (rules.uppercase) out.push({ id: "uppercase", text: "Au moins une lettre majuscule (A, B, C…)" });
  if (rules.lowercase) out.push({ id: "lowercase", text: "Au moins une lettre minuscule (a, b, c…)" });
  if (rules.digit) out.push({ id: "digit", text: "Au moins un chiffre (0 à 9)" });
  if (rules.special) out.push({ id: "special", text: "Au moins un caractère spécial (! ? # - _ …)" });
  if (rules.noName) out.push({ id: "noName", text: "Ne contient ni votre nom ni votre prénom" });
  return out;
}

function passes(id: RuleId, password: string, rules: PasswordRules, names: string[]): boolean {
  switch (id) {
    case "length":
      return [...password].length >= rules.minLength;
    case "uppercase":
      return /\p{Lu}/u.test(password);
    case "lowercase":
      return /\p{Ll}/u.test(password);
    case "digit":
      return /\d/.test(password);
    case "special":
      return /[^\p{L}\p{N}\s]/u.test(password);
    case "noName": {
      const p = fold(password);
      const words = names.flatMap((n) => fold(n).split(/[^a-z]+/)).filter((w) => w.length >= 3);
      return words.every((w) => !p.includes(w));
    }
  }
}

/** The ids of the rules the password breaks (empty: the password is accepted). */
export function brokenRules(password: string, rules: PasswordRules, names: string[]): RuleId[] {
  return rulesOf(rules)
    .filter((r) => !passes(r.id, password, rules, names))
    .map((r) => r.id);
}
