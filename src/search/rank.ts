// Ranking: BM25 (Robertson's, with FTS5's constants and IDF) over what the index knows of each article and
// term: whether the term occurs, whether its bigrams occur twice or more, whether it occurs in the headline
// and as whole headline words (tokens.ts). Those give the term frequency
//   f = 1 + [twice or more] + 4·[in the headline] + 4·[whole headline words]
// (schema 1's column weights: headline 4, whole headline words 4 more), and the article's length in bigrams
// normalises it. Pure: the reader asks FTS5 for the feature sets, one query each.
import { allOf, type Cut, compileTerm, termBigrams } from "./compile.js";
import { termLength } from "./query.js";
import { MARK, tokenForm } from "./tokens.js";

const K1 = 1.2;
const B = 0.75;
/** Terms of a query that count for ranking, and bigrams of a term that its feature expressions use. */
export const RANKED_TERMS = 8;
const FEATURE_BIGRAMS = 8;

export type Feature = "present" | "twice" | "head" | "word";
const WEIGHTS: Record<Feature, number> = { present: 1, twice: 1, head: 4, word: 4 };

/** A term's MATCH expression per feature; a feature the term cannot have is absent. */
export function featureExprs(term: string, cut: Cut): Partial<Record<Feature, string>> {
  const words = cut(term)
    .filter((w) => w.trim() !== "")
    .map(tokenForm);
  const word = words.length === 0 ? {} : { word: allOf(words, MARK.word) };
  const present = compileTerm(term).expr as string;
  // A one-character term is a headline character: present is in the headline.
  if (termLength(term) === 1) return { present, head: present, ...word };
  const bigrams = termBigrams(term).slice(0, FEATURE_BIGRAMS);
  return {
    present,
    twice: allOf(bigrams, MARK.twice),
    head: allOf(bigrams, MARK.head),
    ...word,
  };
}

/** FTS5's IDF: log((N − n + ½) / (n + ½)), at least 10⁻⁶ so that a very common term still counts a little. */
export function idf(docs: number, matching: number): number {
  const value = Math.log((docs - matching + 0.5) / (matching + 0.5));
  return value > 0 ? value : 1e-6;
}

export interface TermEvidence {
  idf: number;
  /** Rowids that have each feature; `present` absent: every article ranked has the term. */
  sets: Partial<Record<Feature, ReadonlySet<number>>>;
}

/** BM25 of one article over the terms, higher is better. */
export function score(
  rowid: number,
  length: number,
  meanLength: number,
  terms: readonly TermEvidence[],
): number {
  const norm = K1 * (1 - B + (B * length) / (meanLength || 1));
  let total = 0;
  for (const term of terms) {
    if (term.sets.present !== undefined && !term.sets.present.has(rowid)) continue;
    let f = 0;
    for (const [feature, weight] of Object.entries(WEIGHTS) as [Feature, number][]) {
      const set = term.sets[feature];
      if (feature === "present" ? true : set?.has(rowid)) f += weight;
    }
    total += (term.idf * f * (K1 + 1)) / (f + norm);
  }
  return total;
}
