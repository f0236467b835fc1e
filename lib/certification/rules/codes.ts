// Certification codes (DESIGN.md section 7): the session access code, the invigilator password
// and the certificate verification code. Pure: randomness is passed in as a byte source
// (services pass `crypto.randomBytes`, tests a fixed sequence).
import { z } from "zod";

/** Capital letters that cannot be mistaken for another letter or a digit (no vowel, no L, N, S, Z). */
export const CODE_LETTERS = "BCDFGHJKMPQRTVWXY";
/** Digits that cannot be mistaken for a letter (no 0, 1, 5). */
export const CODE_DIGITS = "2346789";
/** Letters then digits: the alphabet of passwords and verification codes (24 characters). */
export const CODE_CHARACTERS = CODE_LETTERS + CODE_DIGITS;

/** Session access code: 4 letters then 2 digits, e.g. BCDF23. */
export const ACCESS_CODE = /^[BCDFGHJKMPQRTVWXY]{4}[2346789]{2}$/;
/** Invigilator password: 5 letters or digits, e.g. K7TMB. */
export const INVIGILATOR_PASSWORD = /^[BCDFGHJKMPQRTVWXY2346789]{5}$/;
/** Certificate verification code: "P-" then 8 letters or digits, e.g. P-K7XB3M9Q. */
export const VERIFICATION_CODE = /^P-[BCDFGHJKMPQRTVWXY2346789]{8}$/;

export const VERIFICATION_CODE_PREFIX = "P-";
const VERIFICATION_CODE_BODY_LENGTH = 8;

/**
 * A source of random bytes: returns `size` bytes. Services pass `crypto.randomBytes` (a Buffer is
 * a Uint8Array); tests pass a deterministic sequence.
 */
export type RandomBytes = (size: number) => Uint8Array;

/**
 * A uniform index in [0, n) with no modulo bias: bytes at or above the largest multiple of n
 * below 256 are thrown away and drawn again (rejection sampling).
 */
function drawIndexes(n: number, count: number, random: RandomBytes): number[] {
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new RangeError(`alphabet size must be in 1..256, got ${n}`);
  const limit = 256 - (256 % n);
  const out: number[] = [];
  let emptyDraws = 0;
  while (out.length < count) {
    // ask for a little more than needed: most bytes are accepted (for n = 24, 240/256)
    const bytes = random(count - out.length + 4);
    let accepted = 0;
    for (const b of bytes) {
      if (b >= limit) continue;
      out.push(b % n);
      accepted++;
      if (out.length === count) break;
    }
    // a broken source (always rejected bytes, or none at all) must not loop forever
    emptyDraws = accepted === 0 ? emptyDraws + 1 : 0;
    if (emptyDraws > 64) throw new Error("the random source gives no usable bytes");
  }
  return out;
}

/** `length` characters drawn uniformly and independently from `alphabet`. */
export function randomString(alphabet: string, length: number, random: RandomBytes): string {
  if (!Number.isInteger(length) || length < 0) throw new RangeError(`invalid length ${length}`);
  return drawIndexes(alphabet.length, length, random)
    .map((i) => alphabet[i])
    .join("");
}

/** A session access code: 4 letters then 2 digits. */
export function generateAccessCode(random: RandomBytes): string {
  return randomString(CODE_LETTERS, 4, random) + randomString(CODE_DIGITS, 2, random);
}

/** An invigilator password: 5 letters or digits. */
export function generateInvigilatorPassword(random: RandomBytes): string {
  return randomString(CODE_CHARACTERS, 5, random);
}

/** A certificate verification code: "P-" then 8 letters or digits (24^8 ≈ 1.1 × 10^11 codes). */
export function generateVerificationCode(random: RandomBytes): string {
  return VERIFICATION_CODE_PREFIX + randomString(CODE_CHARACTERS, VERIFICATION_CODE_BODY_LENGTH, random);
}

/** What people type: letter case, spaces and dashes are forgiven (" bcdf-23 " is BCDF23). */
export function normalizeAccessCode(raw: string): string {
  return raw.replace(/[\s-]+/g, "").toUpperCase();
}

/** Letter case and spaces are forgiven (" k7t mb " is K7TMB). */
export function normalizeInvigilatorPassword(raw: string): string {
  return raw.replace(/\s+/g, "").toUpperCase();
}

/**
 * Letter case, spaces and dashes are forgiven, and the "P-" prefix may be left out or written
 * without its dash: "p-k7xb 3m9q", "PK7XB3M9Q" and "K7XB3M9Q" are all P-K7XB3M9Q. Without an
 * explicit "P-", the length decides: 9 characters starting with P carry the prefix, 8 do not.
 */
export function normalizeVerificationCode(raw: string): string {
  const explicit = /^\s*P\s*-/i.exec(raw);
  // an explicit "P-": what follows is the whole body, even when it is too short
  if (explicit) return VERIFICATION_CODE_PREFIX + raw.slice(explicit[0].length).replace(/[\s-]+/g, "").toUpperCase();
  const compact = raw.replace(/[\s-]+/g, "").toUpperCase();
  if (compact.length === VERIFICATION_CODE_BODY_LENGTH + 1 && compact.startsWith("P")) {
    return VERIFICATION_CODE_PREFIX + compact.slice(1);
  }
  if (compact.length === VERIFICATION_CODE_BODY_LENGTH) return VERIFICATION_CODE_PREFIX + compact;
  return compact;
}

export const isAccessCode = (code: string): boolean => ACCESS_CODE.test(code);
export const isInvigilatorPassword = (code: string): boolean => INVIGILATOR_PASSWORD.test(code);
export const isVerificationCode = (code: string): boolean => VERIFICATION_CODE.test(code);

/**
 * Compares two normalised codes in a time that does not depend on where they differ (for the
 * invigilator password and any code checked against a stored value).
 */
export function codesEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}

export const CODE_MESSAGES = {
  accessCodeMissing: "Saisissez le code d'accès de la session.",
  accessCode: "Le code d'accès comporte 4 lettres et 2 chiffres, par exemple BCDF23.",
  invigilatorPasswordMissing: "Saisissez le mot de passe de surveillance.",
  invigilatorPassword: "Le mot de passe de surveillance comporte 5 lettres ou chiffres, par exemple K7TMB.",
  verificationCodeMissing: "Saisissez le code de vérification du certificat.",
  verificationCode: "Le code de vérification commence par P- suivi de 8 lettres ou chiffres, par exemple P-K7XB3M9Q.",
} as const;

function codeSchema(normalize: (raw: string) => string, pattern: RegExp, missing: string, invalid: string) {
  return z
    .string({ error: missing })
    .transform(normalize)
    .pipe(z.string().min(1, missing).regex(pattern, invalid));
}

/** The session access code a candidate types; parses to the normalised code. */
export const accessCodeSchema = codeSchema(normalizeAccessCode, ACCESS_CODE, CODE_MESSAGES.accessCodeMissing, CODE_MESSAGES.accessCode);

/** The invigilator password; parses to the normalised password. Never echo the input back. */
export const invigilatorPasswordSchema = codeSchema(
  normalizeInvigilatorPassword,
  INVIGILATOR_PASSWORD,
  CODE_MESSAGES.invigilatorPasswordMissing,
  CODE_MESSAGES.invigilatorPassword,
);

/** The verification code typed on the public page; parses to "P-XXXXXXXX". */
export const verificationCodeSchema = codeSchema(
  normalizeVerificationCode,
  VERIFICATION_CODE,
  CODE_MESSAGES.verificationCodeMissing,
  CODE_MESSAGES.verificationCode,
);
