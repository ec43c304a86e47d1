// Total and facets of a search whose matches are too many to list: exact up to EXACT_TOTAL, beyond, estimated
// from the sample tokens a random 1/8 or 1/64 of the articles carry (tokens.ts; the 1/512 one is no longer read).
import { type Attributes, placeParts } from "./attrs.js";
import type { SearchResult } from "./contract.js";
import { dayOfRowid, yearOfDay } from "./rowid.js";

/** Counting and listing the matches of one search, optionally only those in a sample (1/level). */
export interface Counter {
  rowids(level: number | null): number[];
}

export interface Tally {
  total: number;
  /** [year, place (attrs.ts), count] */
  groups: [number, number, number][];
  approximate: { total: boolean; facets: boolean };
}

// Every pass over a broad query's doclists costs about the same, whatever it returns: FTS5 decodes the doclists
// of its common bigrams end to end (a sample token does not let it skip: at 1/64, every leaf of a common bigram
// holds some of the sample). On 1M corpus-sized articles one pass of a two-word query took 10–30 ms, and the
// tally as it was (a count of the 1/64 sample, an exact count up to 100,000, then a sample's rowids for the
// facets: three passes) was most of the slowest searches' time. Now a tally is one pass, two at most.
/** Matches (by the 1/64 sample) up to which a tally lists every rowid: total and facets exact. */
export const EXACT_TOTAL = 10_000;
/** Rowids a sample for facets should hold at most (listing a rowid into JS costs ~0.7 µs). */
export const FACET_ROWS = 4096;
/** The sample listed first, which decides the rest. */
const FIRST_LEVEL = 64;
/** The finer sample, for queries too narrow for the first to show their facets well. */
const FINE_LEVEL = 8;

/** Groups of some rowids, each counted `weight` times. */
export function groupRowids(
  rowids: Iterable<number>,
  attrs: Attributes,
  weight = 1,
): [number, number, number][] {
  const counts = new Map<number, number>();
  for (const rowid of rowids) {
    // Year and place in one number: place < 2¹⁹.
    const key = yearOfDay(dayOfRowid(rowid)) * 2 ** 19 + attrs.place(rowid);
    counts.set(key, (counts.get(key) ?? 0) + weight);
  }
  return [...counts].map(([key, n]) => [Math.floor(key / 2 ** 19), key % 2 ** 19, n]);
}

/**
 * The tally of a search with more matches than it listed. `exact`: every candidate is a match (no
 * verification pending), so a count can be exact. The 1/64 sample's rowids first: up to EXACT_TOTAL matches
 * by them, every rowid is listed (total and facets exact); up to FACET_ROWS × 8, the 1/8 sample's rowids give
 * total and facets (1,250–4,096 of them: ±3–1.6 %); beyond, the 1/64 sample's own (512 and more: ±4.4 % at
 * most, ±1.6 % from 262,000 matches).
 */
export function estimateTally(counter: Counter, attrs: Attributes, exact: boolean): Tally {
  const first = counter.rowids(FIRST_LEVEL);
  const estimate = first.length * FIRST_LEVEL;
  if (estimate <= EXACT_TOTAL) {
    const all = counter.rowids(null);
    return {
      total: all.length,
      groups: groupRowids(all, attrs),
      approximate: { total: !exact, facets: !exact },
    };
  }
  const level = estimate <= FACET_ROWS * FINE_LEVEL ? FINE_LEVEL : FIRST_LEVEL;
  const sample = level === FIRST_LEVEL ? first : counter.rowids(level);
  return {
    total: sample.length * level,
    groups: groupRowids(sample, attrs, level),
    approximate: { total: true, facets: true },
  };
}

/** A tally of candidates of which only a share are matches (an inexact query's estimate). */
export function scaleTally(tally: Tally, share: number): Tally {
  return {
    total: Math.round(tally.total * share),
    groups: tally.groups.map(([year, place, n]) => [year, place, Math.round(n * share)]),
    approximate: { total: true, facets: true },
  };
}

/** At most `n` items spread evenly over the list, first and last included. */
export function evenSample<T>(list: readonly T[], n: number): T[] {
  if (list.length <= n) return [...list];
  return Array.from({ length: n }, (_, i) => list[Math.round((i * (list.length - 1)) / (n - 1))] as T);
}

/** Facets of a tally, paper numbers named. */
export function facetsOf(
  groups: readonly [number, number, number][],
  paperId: (no: number) => string,
): SearchResult["facets"] {
  const facets: SearchResult["facets"] = { paper: {}, year: {}, page: {} };
  for (const [year, place, n] of groups) {
    if (place === 0) continue; // an article removed since: nothing to count it under
    const { paper, page } = placeParts(place);
    const id = paperId(paper);
    facets.paper[id] = (facets.paper[id] ?? 0) + n;
    facets.year[year] = (facets.year[year] ?? 0) + n;
    facets.page[page] = (facets.page[page] ?? 0) + n;
  }
  return facets;
}
