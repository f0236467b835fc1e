const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Levenshtein distance between a and b if it is at most max, otherwise max + 1.
 * Works on code points (an emoji counts as one character) and only explores a band of width
 * 2 × max + 1 around the diagonal, so the cost is O(length × max) and a 10,000-character answer
 * against a short variant is rejected at once by the length check.
 */
export function boundedLevenshtein(a: string, b: string, max: number): number {
  max = Math.max(0, Math.floor(max));
  // Code units are code points unless a surrogate pair (emoji…) is present.
  const s: ArrayLike<string> = SURROGATE.test(a) ? Array.from(a) : a;
  const t: ArrayLike<string> = SURROGATE.test(b) ? Array.from(b) : b;
  if (Math.abs(s.length - t.length) > max) return max + 1;
  if (s.length === 0) return t.length;
  if (t.length === 0) return s.length;

  const big = max + 1;
  let prev = new Array<number>(t.length + 1);
  let curr = new Array<number>(t.length + 1);
  for (let j = 0; j <= t.length; j++) prev[j] = j <= max ? j : big;

  for (let i = 1; i <= s.length; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(t.length, i + max);
    curr.fill(big);
    curr[0] = i <= max ? i : big;
    let rowMin = curr[0];
    for (let j = from; j <= to; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      const value = Math.min(prev[j - 1] + cost, prev[j] + 1, curr[j - 1] + 1);
      curr[j] = value > big ? big : value;
      if (curr[j] < rowMin) rowMin = curr[j];
    }
    if (rowMin > max) return big;
    [prev, curr] = [curr, prev];
  }
  return Math.min(prev[t.length], big);
}
