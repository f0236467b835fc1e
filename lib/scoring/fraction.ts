// Exact fractions of pix. Skill pix values are 8/n (n = active skills of one competence and
// level), so sums stay small rationals: keep them exact and floor only at the end.
import type { Fraction } from "@/lib/content/types";

export type { Fraction };

export const ZERO: Fraction = Object.freeze({ num: 0, den: 1 }) as Fraction;

function gcd(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

export function fraction(num: number, den = 1): Fraction {
  if (!Number.isInteger(num) || !Number.isInteger(den) || den === 0) {
    throw new RangeError(`invalid fraction ${num}/${den}`);
  }
  if (den < 0) {
    num = -num;
    den = -den;
  }
  const g = gcd(num, den) || 1;
  return { num: num / g, den: den / g };
}

export function add(a: Fraction, b: Fraction): Fraction {
  if (a.den === b.den) return fraction(a.num + b.num, a.den);
  const g = gcd(a.den, b.den);
  const den = (a.den / g) * b.den;
  const num = a.num * (den / a.den) + b.num * (den / b.den);
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den)) {
    throw new RangeError("pix fraction overflow");
  }
  return fraction(num, den);
}

export function sub(a: Fraction, b: Fraction): Fraction {
  return add(a, { num: -b.num, den: b.den });
}

export function sum(values: Iterable<Fraction>): Fraction {
  let acc: Fraction = ZERO;
  for (const v of values) acc = add(acc, v);
  return acc;
}

/** Largest integer ≤ a, exactly. */
export function floor(a: Fraction): number {
  // float division may round up to the next integer: correct it exactly
  const f = Math.floor(a.num / a.den);
  return f * a.den > a.num ? f - 1 : f;
}

/** Smallest integer ≥ a, exactly. */
export function ceil(a: Fraction): number {
  const f = floor(a);
  return f * a.den === a.num ? f : f + 1;
}

/** Negative, zero or positive as a <, =, > b. */
export function compare(a: Fraction, b: Fraction): number {
  return a.num * b.den - b.num * a.den;
}

export function toNumber(a: Fraction): number {
  return a.num / a.den;
}

export function isZero(a: Fraction): boolean {
  return a.num === 0;
}
