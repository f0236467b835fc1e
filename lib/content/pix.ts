import type { Fraction } from "./types";

/** Pix of one level of a competence, shared by its active skills. */
export const PIX_PER_LEVEL = 8;
/** A skill alone on its level is worth at most this (so a level needs 2 skills to be complete). */
export const MAX_PIX_PER_SKILL = 4;

function gcd(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b) [a, b] = [b, a % b];
  return a || 1;
}

export function fraction(num: number, den: number): Fraction {
  if (!Number.isInteger(num) || !Number.isInteger(den) || den === 0) throw new Error(`invalid fraction ${num}/${den}`);
  const sign = den < 0 ? -1 : 1;
  const g = gcd(num, den);
  return { num: (sign * num) / g, den: (sign * den) / g };
}

/** 8 / n, at most 4; 0 when n is 0 (no active skill: an inactive skill earns nothing). */
export function skillPix(activeSkillsOnLevel: number): Fraction {
  if (activeSkillsOnLevel <= 0) return { num: 0, den: 1 };
  const f = fraction(PIX_PER_LEVEL, activeSkillsOnLevel);
  return f.num > MAX_PIX_PER_SKILL * f.den ? { num: MAX_PIX_PER_SKILL, den: 1 } : f;
}

export function addFractions(a: Fraction, b: Fraction): Fraction {
  return fraction(a.num * b.den + b.num * a.den, a.den * b.den);
}

/** Exact sum of fractions (pix of validated skills). */
export function sumFractions(values: Iterable<Fraction>): Fraction {
  let total: Fraction = { num: 0, den: 1 };
  for (const v of values) total = addFractions(total, v);
  return total;
}

export function toNumber(f: Fraction): number {
  return f.num / f.den;
}

/** floor(num / den), exact (no floating-point 7.999…). */
export function floorFraction(f: Fraction): number {
  const rem = ((f.num % f.den) + f.den) % f.den;
  return (f.num - rem) / f.den;
}
