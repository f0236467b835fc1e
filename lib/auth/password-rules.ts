import { z } from "zod";

/**
 * Password rule: at least 8 characters with an upper-case letter, a lower-case letter and a
 * digit, and not one of the most common passwords (nor such a word followed by digits or
 * symbols, the usual way people pass the rule: "Azerty123", "Motdepasse1!").
 */

// Words and sequences found at the top of every published list of leaked passwords,
// plus their French favourites.
const COMMON_WORDS = [
  "password", "passw0rd", "motdepasse", "azerty", "azertyuiop", "qwerty", "qwertyuiop", "abc", "abcdef",
  "abcd", "abcdefgh", "iloveyou", "jetaime", "bonjour", "soleil", "doudou", "loulou", "chouchou", "marseille",
  "paris", "lyon", "toulouse", "nantes", "lille", "bordeaux", "france", "football", "foot", "psg", "om",
  "olympique", "dragon", "monkey", "letmein", "welcome", "bienvenue", "admin", "administrateur", "root",
  "user", "utilisateur", "login", "master", "princess", "princesse", "sunshine", "shadow", "superman",
  "batman", "pokemon", "naruto", "nicolas", "camille", "julien", "thomas", "pierre", "marie", "sophie",
  "chocolat", "pixpix", "pix", "changeme", "secret", "test", "demo", "coucou", "amour", "maison", "vacances",
  "nounours", "caramel", "cheval", "chaton", "minou", "bisous", "liberte", "mercredi", "samedi", "dimanche",
  "janvier", "fevrier", "avril", "juillet", "septembre", "octobre", "novembre", "decembre", "hello",
  "trustno", "access", "starwars", "whatever", "computer", "ordinateur", "internet", "google", "facebook",
];

const COMMON_SEQUENCES = [
  "123456", "1234567", "12345678", "123456789", "1234567890", "987654321", "111111", "000000", "121212",
  "123123", "654321", "112233", "11111111", "00000000", "aaaaaa", "a1b2c3", "1q2w3e4r", "1qaz2wsx", "zaq12wsx",
  "q1w2e3r4", "azer1234", "aze123", "qwe123", "abc123", "a123456", "p@ssw0rd", "pa55word",
];

const commonWords = new Set(COMMON_WORDS);
const commonSequences = new Set(COMMON_SEQUENCES);

function stripAccents(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "");
}

export function isCommonPassword(password: string): boolean {
  const p = stripAccents(password.toLowerCase());
  if (commonSequences.has(p) || commonWords.has(p)) return true;
  // a common word followed (or preceded) by digits and symbols only
  const core = p.replace(/^[\d\W_]+/, "").replace(/[\d\W_]+$/, "");
  if (core.length === 0) return true;
  if (commonWords.has(core)) return true;
  // leetspeak of a common word
  const unleet = core.replace(/0/g, "o").replace(/1/g, "i").replace(/3/g, "e").replace(/4|@/g, "a").replace(/5|\$/g, "s");
  if (commonWords.has(unleet)) return true;
  // one repeated character, or a keyboard sequence inside
  if (/^(.)\1+$/.test(core)) return true;
  return false;
}

export const PASSWORD_HINT =
  "Au moins 8 caractères, dont une majuscule, une minuscule et un chiffre. Évitez les mots de passe trop connus.";

export const passwordSchema = z
  .string({ error: "Saisissez un mot de passe." })
  .min(1, "Saisissez un mot de passe.")
  .max(200, "Le mot de passe ne peut pas dépasser 200 caractères.")
  .superRefine((p, ctx) => {
    if (p.length < 8) ctx.addIssue({ code: "custom", message: "Le mot de passe doit contenir au moins 8 caractères." });
    else if (!/\p{Lu}/u.test(p)) ctx.addIssue({ code: "custom", message: "Le mot de passe doit contenir au moins une majuscule." });
    else if (!/\p{Ll}/u.test(p)) ctx.addIssue({ code: "custom", message: "Le mot de passe doit contenir au moins une minuscule." });
    else if (!/\d/.test(p)) ctx.addIssue({ code: "custom", message: "Le mot de passe doit contenir au moins un chiffre." });
    else if (isCommonPassword(p))
      ctx.addIssue({ code: "custom", message: "Ce mot de passe est trop connu : il serait deviné très vite. Choisissez-en un autre." });
  });
