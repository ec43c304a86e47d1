// What bench:serve asks for: article URLs and search queries drawn from the archive itself, in two mixes.
// "cold": every request a URL not asked before (what a cache cannot help with: first readers of an article,
// a query nobody typed yet); "zipf": requests over a pool with Zipf popularity (rank k asked ∝ 1/k), as readers
// crowd on a few front-page stories and common words. The two mixes draw from disjoint parts of the sample.
import Database from "better-sqlite3";
import { mulberry32, type Rng } from "../corpus/random.js";
import { articleUrlOf } from "../serve/urls.js";

export interface Pools {
  total: number;
  articles: { zipf: string[]; cold: string[] };
  queries: { zipf: string[]; cold: string[] };
}

export interface Sizes {
  zipf: number;
  cold: number;
}

/** The Zipf pool first, then the cold one; a small archive that gives fewer than asked is shared in the same ratio. */
function split<T>(list: readonly T[], sizes: Sizes): { zipf: T[]; cold: T[] } {
  const asked = sizes.zipf + sizes.cold;
  const zipf =
    list.length >= asked ? sizes.zipf : Math.round((list.length * sizes.zipf) / Math.max(1, asked));
  return { zipf: list.slice(0, zipf), cold: list.slice(zipf, zipf + sizes.cold) };
}

function hanPiece(rng: Rng, text: string, n: number): string | null {
  const runs = text.match(new RegExp(`[\\u3400-\\u9fff]{${n},}`, "gu")) ?? [];
  if (runs.length === 0) return null;
  const run = rng.pick(runs);
  const at = rng.int(0, run.length - n);
  return run.slice(at, at + n);
}

/** Distinct article URLs and queries (2 and 4 characters of headlines, two words), as many as asked for. */
export function samplePools(db: string, sizes: { articles: Sizes; queries: Sizes }): Pools {
  const articles = sizes.articles.zipf + sizes.articles.cold;
  const queries = sizes.queries.zipf + sizes.queries.cold;
  const conn = new Database(db, { readonly: true });
  try {
    const total = conn.prepare<[], number>("SELECT COUNT(*) FROM articles").pluck().get() ?? 0;
    const maxRow = conn.prepare<[], number>("SELECT MAX(rowid) FROM articles").pluck().get() ?? 0;
    const byRow = conn.prepare<[number], { id: string; title: string | null }>(
      "SELECT id, title FROM articles WHERE rowid >= ? LIMIT 1",
    );
    const rng = mulberry32(5);
    const ids = new Map<string, string>();
    const asked = new Set<string>();
    for (let tries = 0; (ids.size < articles || asked.size < queries) && tries < articles * 4; tries++) {
      const row = byRow.get(rng.int(1, maxRow));
      if (row === undefined) continue;
      if (ids.size < articles) ids.set(row.id, articleUrlOf(row.id) ?? "/");
      const t = row.title ?? "";
      const kind = rng.int(0, 2);
      const two = () => [hanPiece(rng, t, 2), hanPiece(rng, t, 3)].filter(Boolean).join(" ");
      const q = kind === 0 ? hanPiece(rng, t, 2) : kind === 1 ? hanPiece(rng, t, 4) : two();
      if (q !== null && q !== "" && asked.size < queries) asked.add(q);
    }
    return {
      total,
      articles: split([...ids.values()], sizes.articles),
      queries: split([...asked], sizes.queries),
    };
  } finally {
    conn.close();
  }
}

/** A sequence of `length` items drawn from `pool` with Zipf popularity (s = 1) over a shuffled rank order. */
export function zipfSequence<T>(pool: readonly T[], length: number, seed = 9): T[] {
  const rng = mulberry32(seed);
  const ranked = [...pool];
  for (let i = ranked.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [ranked[i], ranked[j]] = [ranked[j] as T, ranked[i] as T];
  }
  const cumulative: number[] = [];
  let sum = 0;
  for (let k = 1; k <= ranked.length; k++) {
    sum += 1 / k;
    cumulative.push(sum);
  }
  return Array.from({ length }, () => {
    const x = rng.next() * sum;
    let [lo, hi] = [0, cumulative.length - 1];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return ranked[lo] as T;
  });
}

/** The share of requests in a sequence that ask for something asked before in it: a cache's best hit rate. */
export function repeatShare(sequence: readonly string[]): number {
  return sequence.length === 0 ? 0 : 1 - new Set(sequence).size / sequence.length;
}
