// Searching the SQLite index. One FTS5 pass reads the newest RANK_WINDOW + 1 matches with their BM25 scores:
// for most queries all matches, so total, facets and ranking all come from it; a broader query adds one
// counting pass over rowids (rowid.ts) for total and facets. Hits and snippets come from search_doc.
import type { Database, Statement } from "better-sqlite3";
import { type Cut, compileMatch } from "./compile.js";
import type { SearchHit, SearchQuery, SearchResult } from "./contract.js";
import { resolveFilters } from "./filters.js";
import type { PaperNumbers } from "./papers.js";
import { parseQuery, positiveTerms } from "./query.js";
import { asKind, facetKey, facetKeyParts } from "./rowid.js";
import { BM25_WEIGHTS } from "./schema.js";
import { snippet } from "./snippet.js";
import { RecentSearches } from "./sqlite-cache.js";
import { type Conditions, filterConditions } from "./sqlite-filters.js";

interface DocRow {
  id: string;
  paper: string;
  date: string;
  page: number;
  kind: string;
  title: string;
  body: string;
}

/** A query ready to run: FROM … WHERE for search_fts, and the two MATCH expressions (compile.ts). */
interface Plan {
  from: string;
  params: Conditions["params"];
  /** Bigrams and headline characters only: the cheaper expression, for counting. */
  countMatch: string;
  /** The same matches, plus headline words that add to BM25. */
  rankMatch: string;
}

/** [rowid, bm25] of a match. */
type Scored = [number, number];

/**
 * Matches beyond which BM25 ranks only the newest ones (see page()). At 1M articles BM25 costs 1–7 µs a match
 * (more for longer phrases) after a pass over every match; 2,000 keeps ranking within ~10 ms.
 */
export const RANK_WINDOW = 2_000;

/** What a search's first pass found; paging through the same query reuses it (sqlite-cache.ts). */
interface FirstPass {
  /** The window's matches in rank order: every match, when complete. */
  ranked: Scored[];
  complete: boolean;
  /** The lowest rowid in the window: the older matches come after the window, newest first. */
  floor: number;
  /** [facet key, count] over every match. */
  counts: [number, number][];
}

/** Counts per facet key of some scored rows. */
function keyCounts(rows: readonly Scored[]): [number, number][] {
  const counts = new Map<number, number>();
  for (const [rowid] of rows) counts.set(facetKey(rowid), (counts.get(facetKey(rowid)) ?? 0) + 1);
  return [...counts];
}

/** Recent first passes kept for paging. */
export const RECENT_SEARCHES = 32;
const EMPTY: SearchResult = { total: 0, hits: [], facets: { paper: {}, year: {}, page: {} } };
const FACETS = "banmian_search_facets";
const SCORE = `bm25(search_fts, ${BM25_WEIGHTS.join(", ")})`;

export class SearchReader {
  private readonly statements = new Map<string, Statement<unknown[]>>();
  private readonly docRow: Statement<[number], DocRow>;
  private readonly recent: RecentSearches<FirstPass>;

  constructor(
    private readonly db: Database,
    private readonly papers: PaperNumbers,
    private readonly cut: Cut,
    private readonly window: number,
    recentSearches: number,
  ) {
    this.docRow = db.prepare("SELECT id, paper, date, page, kind, title, body FROM search_doc WHERE doc = ?");
    this.recent = new RecentSearches(db, recentSearches);
    // Counts per facet key in the one pass that also gives the total. A JS aggregate, not GROUP BY, whose sort
    // costs twice as much (0.26 against 0.53 µs a match, for 775,000 matches of 1M articles). The counts live
    // in a sparse array indexed by the 27-bit key; the result is its [key, count] pairs as JSON.
    db.aggregate(FACETS, {
      start: () => [] as number[],
      step: (counts, rowid) => {
        const key = facetKey(rowid);
        counts[key] = (counts[key] ?? 0) + 1;
        return counts;
      },
      result: (counts) => JSON.stringify(Object.entries(counts)),
    });
  }

  /** Rows of `SELECT <columns> FROM search_fts WHERE MATCH … <rest>`, as arrays. */
  private rows<T>(
    plan: Plan,
    match: string,
    columns: string,
    rest: string,
    ...more: (number | bigint)[]
  ): T[] {
    const sql = `SELECT ${columns} ${plan.from} ${rest}`;
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql).raw();
      this.statements.set(sql, statement);
    }
    return statement.all(match, ...plan.params, ...more) as T[];
  }

  readonly search = (query: SearchQuery): SearchResult => {
    const filters = resolveFilters(query);
    const tree = parseQuery(query.q);
    const countMatch = compileMatch(tree, null);
    const conditions = countMatch === null ? null : filterConditions(filters, this.papers);
    if (countMatch === null || conditions === null) return structuredClone(EMPTY);
    const plan: Plan = {
      from: `FROM search_fts WHERE search_fts MATCH ?${conditions.sql}`,
      params: conditions.params,
      countMatch,
      rankMatch: compileMatch(tree, this.cut) ?? countMatch,
    };
    const key = JSON.stringify([plan.from, plan.rankMatch, conditions.params.map(String)]);
    const first = this.recent.get(key, () => this.firstPass(plan));
    const result = this.facets(first.counts);
    if (result.total === 0 || filters.limit === 0) return result;
    const terms = positiveTerms(tree);
    result.hits = this.page(plan, first, filters.limit, filters.offset).map(([rowid, rank]) =>
      this.hit(rowid, -rank, terms),
    );
    return result;
  };

  private firstPass(plan: Plan): FirstPass {
    // 1. The newest window + 1 matches with their BM25 scores, in one pass: all of them, for most queries.
    const limit = Number.isFinite(this.window) ? this.window + 1 : -1;
    const newest = this.rows<Scored>(
      plan,
      plan.rankMatch,
      `rowid, ${SCORE}`,
      "ORDER BY rowid DESC LIMIT ?",
      limit,
    );
    const complete = !Number.isFinite(this.window) || newest.length <= this.window;
    // 2. Total and facets: from those rows when they are all the matches, else from a counting pass over all.
    const counts = complete ? keyCounts(newest) : this.countAll(plan);
    // 3. The window in rank order: BM25, ties newest first.
    const window = complete ? newest : newest.slice(0, this.window);
    const floor = window.at(-1)?.[0] ?? 0;
    return { ranked: window.sort((a, b) => a[1] - b[1] || b[0] - a[0]), complete, floor, counts };
  }

  private countAll(plan: Plan): [number, number][] {
    const [[counts]] = this.rows<[string]>(plan, plan.countMatch, `${FACETS}(rowid)`, "") as [[string]];
    return (JSON.parse(counts) as [string, number][]).map(([key, n]) => [Number(key), n]);
  }

  /**
   * One page of [rowid, bm25] in rank order. Up to `window` (RANK_WINDOW) matches, all are ranked by BM25. A
   * broader query ranks its `window` newest matches by BM25 and lists the older ones after them, newest first,
   * so that paging stays consistent.
   */
  private page(plan: Plan, first: FirstPass, limit: number, offset: number): Scored[] {
    const hits = first.ranked.slice(offset, offset + limit);
    if (first.complete || hits.length === limit) return hits;
    const rest = "AND rowid < ? ORDER BY rowid DESC LIMIT ? OFFSET ?";
    const skip = Math.max(0, offset - this.window);
    // The bound as BigInt, an INTEGER, which FTS5 seeks to (see sqlite-filters.ts).
    const floor = BigInt(first.floor);
    return hits.concat(
      this.rows<Scored>(plan, plan.rankMatch, `rowid, ${SCORE}`, rest, floor, limit - hits.length, skip),
    );
  }

  private facets(groups: readonly [number, number][]): SearchResult {
    const result = structuredClone(EMPTY);
    const { facets } = result;
    for (const [key, n] of groups) {
      const { year, paper, page } = facetKeyParts(key);
      const paperId = this.papers.idOf(paper);
      result.total += n;
      facets.paper[paperId] = (facets.paper[paperId] ?? 0) + n;
      facets.year[year] = (facets.year[year] ?? 0) + n;
      facets.page[page] = (facets.page[page] ?? 0) + n;
    }
    return result;
  }

  private hit(rowid: number, score: number, terms: readonly string[]): SearchHit {
    const row = this.docRow.get(rowid);
    if (!row) throw new Error(`search index: rowid ${rowid} is in search_fts but not in search_doc`);
    return {
      id: row.id,
      paper: row.paper,
      date: row.date,
      page: row.page,
      kind: asKind(row.kind),
      title: row.title,
      snippet: snippet(row.body, terms),
      score,
    };
  }
}
