// Character-bigram profiles and Sørensen–Dice similarity, the measure of "same text" across banmian.

const WS = /[\s\u3000\u00a0]+/gu;

export function stripWhitespace(s: string): string {
  return s.replace(WS, "");
}

/** Multiset of character bigrams of a text, whitespace removed. */
export function bigramCounts(text: string): Map<string, number> {
  const s = stripWhitespace(text);
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) {
    const g = s.slice(i, i + 2);
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  return counts;
}

function total(counts: ReadonlyMap<string, number>): number {
  let n = 0;
  for (const v of counts.values()) n += v;
  return n;
}

/** Dice over bigram multisets: 2·|A∩B| / (|A|+|B|). Two texts too short for a bigram are equal or not. */
export function diceCounts(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const na = total(a);
  const nb = total(b);
  if (na === 0 || nb === 0) return na === nb ? 1 : 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [g, v] of small) {
    const w = large.get(g);
    if (w !== undefined) shared += Math.min(v, w);
  }
  return (2 * shared) / (na + nb);
}

export function dice(a: string, b: string): number {
  const sa = stripWhitespace(a);
  const sb = stripWhitespace(b);
  if (sa.length < 2 || sb.length < 2) return sa === sb ? 1 : 0;
  return diceCounts(bigramCounts(sa), bigramCounts(sb));
}
