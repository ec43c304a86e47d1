// Keyword overlap of two articles: cosine of tf-idf weighted character bigrams, the idf taken over the
// issue, so words every story uses (发展, 工作) count for little and a story's own names for much.
import type { Article } from "../model/index.js";
import { countKeys } from "../text/index.js";

export type KeywordSimilarity = (a: string, b: string) => number;

/** Body text as compared: paragraphs only (the headline is evidence of its own). */
export function bodyOf(article: Article): string {
  return article.paragraphs.join("");
}

/** Per UTF-16 unit of the BMP, once: 1 for a Han character (Unicode's Script=Han), 2 for white space. */
const KIND = ((): Uint8Array => {
  const kind = new Uint8Array(0x10000);
  const han = /\p{Script=Han}/u;
  const white = /[\s\u3000\u00a0]/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue; // halves of a pair: characters beyond the BMP count as neither
    const s = String.fromCharCode(c);
    kind[c] = han.test(s) ? 1 : white.test(s) ? 2 : 0;
  }
  return kind;
})();

/**
 * Bigrams of Han characters, each as one number (first unit · 65536 + second), in text order, repeats kept;
 * white space between two Han characters does not part them, anything else does (punctuation and digits pair
 * up with anything).
 */
function hanBigrams(text: string): Uint32Array {
  const keys = new Uint32Array(Math.max(0, text.length - 1));
  let n = 0;
  let previous = -1; // the last Han unit since anything that was neither Han nor white space
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const kind = KIND[c];
    if (kind === 2) continue;
    if (kind !== 1) {
      previous = -1;
      continue;
    }
    if (previous >= 0) keys[n++] = previous * 0x10000 + c;
    previous = c;
  }
  return keys.subarray(0, n);
}

/** An article's distinct bigrams (sorted) with their tf-idf weights, and the vector's length. */
interface Vector {
  keys: Uint32Array;
  weights: Float64Array;
  norm: number;
}

/** Distinct keys with how often each occurs. */
export interface Grams {
  keys: Uint32Array;
  counts: Uint32Array;
}

// A key and its count as one number, key · COUNT_SPAN + count, to sort them together: below 2⁵³ for any count
// under COUNT_SPAN (a bigram 2 million times in one article); beyond, the pairs are sorted the slow way.
const COUNT_SPAN = 2 ** 21;

/** The same keys and counts in key order (the order cosine() merges in); `span` for the tests. */
export function sortedGrams(g: Grams, span = COUNT_SPAN): Grams {
  const n = g.keys.length;
  const keys = new Uint32Array(n);
  const counts = new Uint32Array(n);
  if (g.counts.every((c) => c < span)) {
    const pairs = new Float64Array(n);
    for (let i = 0; i < n; i++) pairs[i] = (g.keys[i] as number) * span + (g.counts[i] as number);
    pairs.sort();
    for (let i = 0; i < n; i++) {
      const pair = pairs[i] as number;
      keys[i] = Math.floor(pair / span);
      counts[i] = pair % span;
    }
    return { keys, counts };
  }
  const order = Array.from(g.keys.keys()).sort((a, b) => (g.keys[a] as number) - (g.keys[b] as number));
  for (const [i, at] of order.entries()) {
    keys[i] = g.keys[at] as number;
    counts[i] = g.counts[at] as number;
  }
  return { keys, counts };
}

/**
 * How many articles hold each bigram: an open-addressing table of keys + 1 (a key is below 2³² − 1: no
 * unit is 0xffff twice over), sized to twice the keys. A sort of all the keys and a binary search
 * per key cost twice as much.
 */
class DocumentFrequency {
  private readonly slots: Uint32Array;
  private readonly counts: Uint32Array;
  private readonly bits: number;

  constructor(size: number) {
    let bits = 4;
    while (1 << bits < size * 2) bits++;
    this.bits = bits;
    this.slots = new Uint32Array(1 << bits);
    this.counts = new Uint32Array(1 << bits);
  }

  private slot(key: number): number {
    const mask = (1 << this.bits) - 1;
    let at = Math.imul(key, 0x9e3779b1) >>> (32 - this.bits);
    for (;;) {
      const held = this.slots[at] as number;
      if (held === 0 || held === key + 1) return at;
      at = (at + 1) & mask;
    }
  }

  add(key: number): void {
    const at = this.slot(key);
    this.slots[at] = key + 1;
    this.counts[at] = (this.counts[at] as number) + 1;
  }

  get(key: number): number {
    return this.counts[this.slot(key)] as number;
  }
}

/**
 * tf-idf vectors of the articles' bodies, the idf over these articles, each made when first asked for:
 * typed arrays throughout (an issue's Maps of bigram strings ran at 22 % of a bulk ingest's CPU, bench:serve's
 * archive with a jump in every issue). Every article's bigrams are counted in a hash table (sorting them all, and
 * building the model, was ~10 % of the reading thread in a perf profile of bench:ingest); only an asked article's
 * distinct ones are sorted.
 */
function vectorsOf(
  articles: readonly { id: string; article: Article }[],
): (id: string) => Vector | undefined {
  const grams = new Map(
    articles.map((a): [string, Grams] => [a.id, countKeys(hanBigrams(bodyOf(a.article)))]),
  );
  let size = 0;
  for (const g of grams.values()) size += g.keys.length;
  const df = new DocumentFrequency(size);
  for (const g of grams.values()) for (const key of g.keys) df.add(key);
  const n = Math.max(1, grams.size);
  const vectors = new Map<string, Vector>();
  return (id) => {
    let vector = vectors.get(id);
    const counted = grams.get(id);
    if (vector !== undefined || counted === undefined) return vector;
    const g = sortedGrams(counted);
    const weights = new Float64Array(g.keys.length);
    let sum = 0;
    for (let i = 0; i < g.keys.length; i++) {
      const w = (1 + Math.log(g.counts[i] as number)) * Math.log(1 + n / df.get(g.keys[i] as number));
      weights[i] = w;
      sum += w * w;
    }
    vector = { keys: g.keys, weights, norm: Math.sqrt(sum) };
    vectors.set(id, vector);
    return vector;
  };
}

/** Cosine of two vectors: a merge of their sorted keys. */
function cosine(x: Vector, y: Vector): number {
  if (x.norm === 0 || y.norm === 0) return 0;
  let [i, j, dot] = [0, 0, 0];
  while (i < x.keys.length && j < y.keys.length) {
    const [a, b] = [x.keys[i] as number, y.keys[j] as number];
    if (a === b) dot += (x.weights[i++] as number) * (y.weights[j++] as number);
    else if (a < b) i++;
    else j++;
  }
  return dot / (x.norm * y.norm);
}

/**
 * The measure over the articles (by id); similarity of ids outside it is 0. Built on the first
 * question, so an issue without jump lines costs nothing.
 */
export function keywordModel(articles: readonly { id: string; article: Article }[]): KeywordSimilarity {
  let vector: ((id: string) => Vector | undefined) | null = null;
  return (a, b) => {
    vector ??= vectorsOf(articles);
    const x = vector(a);
    const y = vector(b);
    return x === undefined || y === undefined ? 0 : cosine(x, y);
  };
}
