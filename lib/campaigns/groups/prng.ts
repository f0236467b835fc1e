// Seeded pseudo-random numbers for the grouping: same seed string, same sequence. No Math.random.
import { hash32 } from "@/lib/engine/hash";

/** A generator of floats in [0, 1). */
export type Random = () => number;

/**
 * Small 32-bit generator (a Weyl sequence stepped by a golden-ratio constant, then mixed with
 * multiply/xor-shift rounds). Good enough to spread k-means++ draws; not for anything secret.
 */
export function seededRandom(seed: string): Random {
  let state = hash32(seed);
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    z ^= z >>> 15;
    return (z >>> 0) / 0x1_0000_0000;
  };
}
