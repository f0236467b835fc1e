// Deterministic 32-bit hash used for tie-breaks (seeded by the assessment id). No randomness.

/** FNV-1a over UTF-16 code units, then a murmur3 finaliser to spread the bits. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hash of a key under a seed (the assessment id). */
export function seededHash(seed: string, key: string): number {
  return hash32(seed + "\u0000" + key);
}
