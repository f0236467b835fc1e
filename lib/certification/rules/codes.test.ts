import {
  ACCESS_CODE,
  CODE_CHARACTERS,
  CODE_DIGITS,
  CODE_LETTERS,
  INVIGILATOR_PASSWORD,
  VERIFICATION_CODE,
  accessCodeSchema,
  codesEqual,
  generateAccessCode,
  generateInvigilatorPassword,
  generateVerificationCode,
  invigilatorPasswordSchema,
  normalizeAccessCode,
  normalizeInvigilatorPassword,
  normalizeVerificationCode,
  randomString,
  verificationCodeSchema,
  type RandomBytes,
} from "./codes";

/** Every byte value in turn, 0, 1, …, 255, 0, 1, …: a perfectly uniform source. */
function cyclingBytes(): RandomBytes {
  let next = 0;
  return (size) => Uint8Array.from({ length: size }, () => next++ % 256);
}

/** A deterministic pseudo-random source (xorshift32). */
function xorshiftBytes(seed: number): RandomBytes {
  let x = seed >>> 0 || 1;
  return (size) =>
    Uint8Array.from({ length: size }, () => {
      x ^= x << 13;
      x >>>= 0;
      x ^= x >>> 17;
      x ^= x << 5;
      x >>>= 0;
      return x & 0xff;
    });
}

/** Plays back the given bytes, then fails. */
function fixedBytes(bytes: number[]): RandomBytes {
  let i = 0;
  return (size) => {
    const out = bytes.slice(i, i + size);
    i += out.length;
    return Uint8Array.from(out);
  };
}

describe("alphabet", () => {
  it("has 17 unambiguous letters and 7 digits, no vowel, no 0, 1 or 5", () => {
    expect(CODE_LETTERS).toBe("BCDFGHJKMPQRTVWXY");
    expect(CODE_DIGITS).toBe("2346789");
    expect(CODE_CHARACTERS).toHaveLength(24);
    expect(CODE_CHARACTERS).not.toMatch(/[AEIOU015LNSZ]/);
  });
});

describe("generated codes: shape and alphabet", () => {
  const random = xorshiftBytes(42);
  it.each([
    ["access code", () => generateAccessCode(random), ACCESS_CODE, 6],
    ["invigilator password", () => generateInvigilatorPassword(random), INVIGILATOR_PASSWORD, 5],
    ["verification code", () => generateVerificationCode(random), VERIFICATION_CODE, 10],
  ] as const)("%s: 1000 draws, all well-formed", (_name, generate, pattern, length) => {
    for (let i = 0; i < 1000; i++) {
      const code = generate();
      expect(code).toHaveLength(length);
      expect(code).toMatch(pattern);
    }
  });
  it("access code: 4 letters then 2 digits", () => {
    const code = generateAccessCode(random);
    expect([...code.slice(0, 4)].every((c) => CODE_LETTERS.includes(c))).toBe(true);
    expect([...code.slice(4)].every((c) => CODE_DIGITS.includes(c))).toBe(true);
  });
  it("verification code: P- then 8 characters of the alphabet", () => {
    const code = generateVerificationCode(random);
    expect(code.startsWith("P-")).toBe(true);
    expect([...code.slice(2)].every((c) => CODE_CHARACTERS.includes(c))).toBe(true);
  });
  it("the same bytes give the same code (the source decides everything)", () => {
    expect(generateVerificationCode(xorshiftBytes(7))).toBe(generateVerificationCode(xorshiftBytes(7)));
    expect(generateVerificationCode(xorshiftBytes(7))).not.toBe(generateVerificationCode(xorshiftBytes(8)));
  });
});

describe("no modulo bias", () => {
  it.each([
    ["24 characters", CODE_CHARACTERS],
    ["17 letters", CODE_LETTERS],
    ["7 digits", CODE_DIGITS],
  ])("%s: a uniform byte source gives exactly uniform characters", (_name, alphabet) => {
    // 256 − (256 mod n) bytes are kept per cycle of 256, each character exactly (256 − 256 mod n) / n times;
    // a plain `byte % n` would give the first (256 mod n) characters one more each cycle
    const kept = 256 - (256 % alphabet.length);
    const cycles = 50;
    const text = randomString(alphabet, (kept * cycles), cyclingBytes());
    const counts = new Map<string, number>();
    for (const c of text) counts.set(c, (counts.get(c) ?? 0) + 1);
    expect(counts.size).toBe(alphabet.length);
    for (const c of alphabet) expect(counts.get(c)).toBe((kept / alphabet.length) * cycles);
  });
  it("bytes at or above the rejection limit are thrown away and drawn again", () => {
    // 24 characters: bytes 240..255 are rejected; 3 → "F", 27 → 27 mod 24 = 3 → "F"
    expect(randomString(CODE_CHARACTERS, 2, fixedBytes([240, 255, 3, 250, 27]))).toBe("FF");
  });
  it("over many pseudo-random draws every character shows up about equally often", () => {
    const text = randomString(CODE_CHARACTERS, 240_000, xorshiftBytes(2026));
    const counts = new Map<string, number>();
    for (const c of text) counts.set(c, (counts.get(c) ?? 0) + 1);
    for (const c of CODE_CHARACTERS) {
      // expected 10 000 each; a modulo bias would push the first 16 characters to ~10 600
      expect(Math.abs(counts.get(c)! - 10_000)).toBeLessThan(400);
    }
  });
  it("a source that never gives a usable byte fails instead of looping", () => {
    expect(() => randomString(CODE_CHARACTERS, 3, () => Uint8Array.from([255, 255]))).toThrow(/random source/);
    expect(() => randomString(CODE_CHARACTERS, 3, () => new Uint8Array(0))).toThrow(/random source/);
  });
});

describe("normalisers: case, spaces and dashes forgiven", () => {
  it.each([
    [normalizeAccessCode, "BCDF23", "BCDF23"],
    [normalizeAccessCode, " bcdf23 ", "BCDF23"],
    [normalizeAccessCode, "bc df 23", "BCDF23"],
    [normalizeAccessCode, "BCDF-23", "BCDF23"],
    [normalizeInvigilatorPassword, " k7t mb", "K7TMB"],
    [normalizeVerificationCode, "P-K7XB3M9Q", "P-K7XB3M9Q"],
    [normalizeVerificationCode, " p-k7xb 3m9q ", "P-K7XB3M9Q"],
    [normalizeVerificationCode, "PK7XB3M9Q", "P-K7XB3M9Q"],
    [normalizeVerificationCode, "k7xb3m9q", "P-K7XB3M9Q"],
    [normalizeVerificationCode, "P - K7XB-3M9Q", "P-K7XB3M9Q"],
    [normalizeVerificationCode, "pbcdfghjk", "P-BCDFGHJK"],
  ])("%p(%j) → %s", (normalize, raw, expected) => {
    expect(normalize(raw)).toBe(expected);
  });
});

describe("schemas: accept normalised codes, refuse with a clear French message", () => {
  it.each([
    [accessCodeSchema, " bcdf 23", "BCDF23"],
    [invigilatorPasswordSchema, "k7tmb", "K7TMB"],
    [verificationCodeSchema, "p-k7xb3m9q", "P-K7XB3M9Q"],
  ] as const)("accepts %#: %j → %s", (schema, raw, code) => {
    expect(schema.parse(raw)).toBe(code);
  });

  const accessMessage = "Le code d'accès comporte 4 lettres et 2 chiffres, par exemple BCDF23.";
  it.each([
    ["", "Saisissez le code d'accès de la session."],
    ["   ", "Saisissez le code d'accès de la session."],
    ["BCDF2", accessMessage],
    ["BCDF234", accessMessage],
    ["BCD234", accessMessage],
    ["23BCDF", accessMessage],
    ["ABCD23", accessMessage], // A is not in the alphabet
    ["BCDF15", accessMessage], // nor 1 and 5
  ])("access code %j → %s", (raw, message) => {
    const r = accessCodeSchema.safeParse(raw);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toBe(message);
  });
  it.each([["QQQQ"], ["QQQQQQ"], ["QQQQ0"], ["QQQQA"]])("invigilator password %j is refused, without echoing it", (raw) => {
    const r = invigilatorPasswordSchema.safeParse(raw);
    expect(r.success).toBe(false);
    const message = r.error!.issues[0]!.message;
    expect(message).toBe("Le mot de passe de surveillance comporte 5 lettres ou chiffres, par exemple K7TMB.");
    expect(message).not.toContain(raw);
  });
  it.each([["P-K7XB3M9"], ["p - k7xb3m9"], ["Q-K7XB3M9Q"], ["P-K7XB3M9QQ"], ["P-K7XB3M0Q"], ["K7XB3M9"]])("verification code %j is refused", (raw) => {
    const r = verificationCodeSchema.safeParse(raw);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toMatch(/^Le code de vérification commence par P- suivi de 8 lettres ou chiffres/);
  });
  it("a missing value gets the same French message as an empty one", () => {
    expect(accessCodeSchema.safeParse(undefined).error!.issues[0]!.message).toBe("Saisissez le code d'accès de la session.");
  });
});

describe("constant-time comparison", () => {
  it.each([
    ["K7TMB", "K7TMB", true],
    ["K7TMB", "K7TMC", false],
    ["K7TMB", "K7TM", false],
    ["", "", true],
  ])("%j vs %j → %s", (a, b, same) => expect(codesEqual(a, b)).toBe(same));
});
