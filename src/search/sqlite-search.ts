// Searching the SQLite index. 1. The newest RANK_WINDOW (or FACET_ROWS) + 1 candidates of the MATCH
// expression: for most queries all of them, which then give total and facets exactly; a broader query is
// tallied from its samples' rowids (count.ts). 2. BM25 over the window (rank.ts), from a few feature queries
// limited to the window's rowids. 3. Hits in rank order, each checked against its text when the expression is
// inexact (compile.ts), with snippets.
import type { Database, Statement } from "better-sqlite3";
import { type Attributes, DayReader } from "./attrs.js";
import { docColumns } from "./columns.js";
import { type Cut, compileMatch } from "./compile.js";
import type { SearchHit, SearchQuery, SearchResult } from "./contract.js";
import {
  type Counter,
  estimateTally,
  evenSample,
  FACET_ROWS,
  facetsOf,
  groupRowids,
  scaleTally,
  type Tally,
} from "./count.js";
import { resolveFilters } from "./filters.js";
import type { PaperNumbers } from "./papers.js";
import { parseQuery, positiveTerms, type QueryNode } from "./query.js";
import { type Feature, featureExprs, idf, RANKED_TERMS, score, type TermEvidence } from "./rank.js";
import { nodeMatches } from "./reference.js";
import { asKind } from "./rowid.js";
import type { DocRow } from "./schema.js";
import { snippet } from "./snippet.js";
import { RecentSearches } from "./sqlite-cache.js";
import { filterConditions } from "./sqlite-filters.js";
import type { ArticleTexts } from "./texts.js";
import { MARK } from "./tokens.js";

/** A query ready to run. */
interface Plan {
  tree: QueryNode;
  /** The MATCH expression, filter tokens included. */
  match: string;
  /** Every candidate is a match; else each is checked against its text. */
  exact: boolean;
  /** FROM search_fts WHERE search_fts MATCH ? AND <filters>, and the filters' parameters. */
  from: string;
  params: (bigint | string)[];
  /** The query's own expression, without filter tokens. */
  expr: string;
  /** Whether every candidate holds every positive term (no OR): BM25 need not ask which terms it has. */
  allTerms: boolean;
  /** Counts asked for exact (SearchQuery.exact). */
  countAll: boolean;
}

/** [rowid, score] of a candidate. */
type Scored = [number, number];

/**
 * Matches beyond which BM25 ranks only the newest ones (see page()): ranking costs a few feature queries over
 * the window's rowids, and for a 2-character query that matches most of the archive the newest 2,000 are
 * what a reader can page through anyway.
 */
export const RANK_WINDOW = 2_000;
/**
 * Candidates of an inexact query (compile.ts) checked against their text, all of them when there are no more,
 * else an even sample of this many. Reading and folding an article costs 20–40 µs (100,000 articles, shared
 * machine): 32 keep it near 1 ms.
 */
export const VERIFY_ALL = 32;
/** Terms whose document frequency is kept (documentFrequency()); a few hundred KB. */
const FREQUENCIES = 4096;
/** Recent first passes kept for paging. */
export const RECENT_SEARCHES = 32;
/**
 * Candidates of an inexact query checked against their text when its counts are asked for exact; a query with
 * more keeps its estimates. On the 1M bench archive (17 GB) a check cost ~0.2 ms: 25,000 candidates took 8 s.
 */
export const EXACT_CHECKS = 200_000;
// Candidates read per step when paging past the window of an inexact query.
const CHUNK = 200;

/** What a search's first pass found; paging through the same query reuses it (sqlite-cache.ts). */
interface FirstPass {
  /** The window's candidates in rank order: every candidate, when complete. */
  ranked: Scored[];
  complete: boolean;
  /** The lowest rowid in the window: older candidates come after the window, newest first. */
  floor: number;
  tally: Tally;
  /** Candidates checked against their text so far (inexact plans only). */
  checked: Map<number, boolean>;
}

const EMPTY: SearchResult = { total: 0, hits: [], facets: { paper: {}, year: {}, page: {} } };

export class SearchReader {
  private readonly statements = new Map<string, Statement<unknown[]>>();
  private readonly docRow: Statement<[number], DocRow>;
  private readonly recent: RecentSearches<FirstPass>;
  private readonly days: DayReader;
  private readonly frequencies = { docs: 0, counts: new Map<string, number>() };

  constructor(
    private readonly db: Database,
    private readonly papers: PaperNumbers,
    private readonly cut: Cut,
    private readonly window: number,
    recentSearches: number,
    /** The archive's texts, where search_doc keeps no bodies (texts.ts). */
    private readonly texts?: ArticleTexts,
  ) {
    this.docRow = db.prepare(
      "SELECT id, paper, date, page, kind, title, headline, body, authors FROM search_doc WHERE doc = ?",
    );
    this.recent = new RecentSearches(db, recentSearches);
    this.days = new DayReader(db);
  }

  private statement(sql: string): Statement<unknown[]> {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  /** Rowids of `SELECT rowid <plan.from> <rest>` for a MATCH expression. */
  private rowids(plan: Plan, match: string, rest: string, ...more: (number | bigint)[]): number[] {
    const statement = this.statement(`SELECT rowid ${plan.from} ${rest}`).pluck();
    return statement.all(match, ...plan.params, ...more) as number[];
  }

  readonly search = (query: SearchQuery): SearchResult => {
    const filters = resolveFilters(query);
    const tree = parseQuery(query.q);
    const compiled = compileMatch(tree);
    const conditions = compiled.expr === null ? null : filterConditions(filters, this.papers);
    if (compiled.expr === null || conditions === null) return structuredClone(EMPTY);
    const plan: Plan = {
      tree,
      match: [compiled.expr, ...conditions.tokens].join(" AND "),
      expr: compiled.expr,
      exact: compiled.exact,
      from: `FROM search_fts WHERE search_fts MATCH ?${conditions.sql}`,
      params: conditions.params,
      allTerms: tree.kind === "and" && tree.items.every((i) => i.kind === "term" || i.kind === "not"),
      countAll: query.exact === true,
    };
    const key = JSON.stringify([
      plan.from,
      plan.match,
      plan.exact,
      plan.countAll,
      conditions.params.map(String),
    ]);
    const first = this.recent.get(key, () => this.firstPass(plan));
    const result: SearchResult = {
      total: first.tally.total,
      hits: [],
      facets: facetsOf(first.tally.groups, (no) => this.papers.idOf(no)),
    };
    const { total, facets } = first.tally.approximate;
    if (total || facets) result.approximate = { total, facets };
    if (result.total === 0 || filters.limit === 0) return result;
    const terms = positiveTerms(tree);
    const rows = new Map<number, DocRow>();
    result.hits = this.page(plan, first, filters.limit, filters.offset, rows).map(([rowid, s]) =>
      this.hit(rowid, s, terms, rows),
    );
    return result;
  };

  private firstPass(plan: Plan): FirstPass {
    const attrs = this.days.attributes();
    const checked = new Map<number, boolean>();
    // 1. The newest candidates, up to the window + 1 or FACET_ROWS + 1: all of them, for most queries.
    const listing = Math.max(this.window, FACET_ROWS);
    const limit = Number.isFinite(listing) ? listing + 1 : -1;
    const newest = this.rowids(plan, plan.match, "ORDER BY rowid DESC LIMIT ?", limit);
    const complete = !Number.isFinite(this.window) || newest.length <= this.window;
    const listed = !Number.isFinite(listing) || newest.length <= listing;
    let window = complete ? newest : newest.slice(0, this.window);
    // 2. Total and facets: from the listing when it holds every candidate, else tallied (count.ts). Listing
    //    past the window gives what a tally would: at a million articles a query of 2,000–4,096 matches cost
    //    more queries (10–20 ms on a loaded machine), and a broader one costs 0.2–3 ms more for the longer
    //    listing. The candidates of an inexact plan are checked against their text: all of a few, else an even
    //    sample whose share of true matches scales the counts (and the result says they are estimates).
    let tally: Tally = listed
      ? {
          total: newest.length,
          groups: groupRowids(newest, attrs),
          approximate: { total: false, facets: false },
        }
      : estimateTally(this.counter(plan), attrs, plan.exact);
    if (!plan.exact) {
      const rows = new Map<number, DocRow>();
      const all = complete && window.length <= VERIFY_ALL;
      const probe = all ? window : evenSample(window, VERIFY_ALL);
      const matches = probe.filter((rowid) => this.check(plan, rowid, checked, rows)).length;
      window = window.filter((rowid) => checked.get(rowid) !== false);
      tally = all
        ? {
            total: window.length,
            groups: groupRowids(window, attrs),
            approximate: { total: false, facets: false },
          }
        : scaleTally(tally, probe.length === 0 ? 1 : matches / probe.length);
    }
    // 2b. Counts asked for exact: every candidate listed and, for an inexact plan, checked against its text
    //     (up to EXACT_CHECKS of them; beyond, the estimate stands).
    if (plan.countAll && (tally.approximate.total || tally.approximate.facets)) {
      const candidates = listed ? newest : this.rowids(plan, plan.match, "");
      if (plan.exact || candidates.length <= EXACT_CHECKS) {
        const scratch = new Map<number, DocRow>();
        const matches = candidates.filter((rowid) => {
          const ok = this.check(plan, rowid, checked, scratch);
          scratch.clear(); // rows are not kept: up to EXACT_CHECKS of them
          return ok;
        });
        window = window.filter((rowid) => checked.get(rowid) !== false);
        tally = {
          total: matches.length,
          groups: groupRowids(matches, attrs),
          approximate: { total: false, facets: false },
        };
      }
    }
    // 3. The window in rank order: BM25, ties newest first.
    const floor = window.at(-1) ?? 0;
    const evidence = this.evidence(plan, window, attrs, tally.total);
    const ranked: Scored[] = window.map((rowid) => [
      rowid,
      score(rowid, attrs.length(rowid), attrs.meanLength, evidence),
    ]);
    ranked.sort((a, b) => b[1] - a[1] || b[0] - a[0]);
    return { ranked, complete, floor, tally, checked };
  }

  private counter(plan: Plan): Counter {
    const sampled = (level: number | null) =>
      level === null ? plan.match : `${plan.match} AND "${MARK.sample}${level}"`;
    return {
      rowids: (level) => this.rowids(plan, sampled(level), ""),
    };
  }

  /**
   * Per ranked term: IDF and the window's rowids that have each feature. A feature query is limited to the
   * window's rowid range and intersected with the cheapest expression that still holds the whole window: the
   * rarest term's own when every term is required (a feature of a term implies the term; re-evaluating a
   * phrase of many bigrams for each feature costs 3–4 times as much), else the whole MATCH expression.
   */
  private evidence(plan: Plan, window: readonly number[], attrs: Attributes, total: number): TermEvidence[] {
    if (window.length === 0) return [];
    const [lo, hi] = [BigInt(Math.min(...window)), BigInt(Math.max(...window))];
    const terms = [...new Set(positiveTerms(plan.tree))].slice(0, RANKED_TERMS);
    // One term, no exclusion, no filter: the query's total is the term's document frequency.
    const single =
      terms.length === 1 &&
      plan.tree.kind === "and" &&
      plan.tree.items.length === 1 &&
      plan.match === plan.expr &&
      plan.params.length === 0;
    const exprs = terms.map((term) => featureExprs(term, this.cut));
    const frequency = exprs.map((e) =>
      single ? total : this.documentFrequency(e.present as string, attrs.docs),
    );
    const rarest = frequency.indexOf(Math.min(...frequency));
    return exprs.map((expr, i) => {
      const sets: TermEvidence["sets"] = {};
      for (const [feature, featureExpr] of Object.entries(expr) as [Feature, string][]) {
        if (feature === "present" && plan.allTerms) continue;
        const within = !plan.allTerms
          ? `(${plan.match}) AND `
          : i === rarest
            ? ""
            : `${exprs[rarest]?.present} AND `;
        const rows = this.rowids(plan, within + featureExpr, "AND rowid BETWEEN ? AND ?", lo, hi);
        sets[feature] = new Set(rows);
      }
      // A rare term may be missing from the sample: it has at least as many articles as the window shows.
      const inWindow =
        sets.present === undefined ? window.length : window.filter((r) => sets.present?.has(r)).length;
      return { idf: idf(attrs.docs, Math.max(frequency[i] as number, inWindow)), sets };
    });
  }

  /**
   * How many articles hold a term (BM25's n), estimated from the 1/64 sample (a count over the term's
   * candidates: 2–4 ms at a million articles). Kept per term until the index has grown or shrunk by 1 %:
   * an IDF that old ranks the same, and words recur across searches (社会, 发展).
   */
  private documentFrequency(expr: string, docs: number): number {
    if (Math.abs(docs - this.frequencies.docs) > docs / 100) {
      this.frequencies.counts.clear();
      this.frequencies.docs = docs;
    }
    let n = this.frequencies.counts.get(expr);
    if (n === undefined) {
      const sample = this.statement("SELECT count(*) FROM search_fts WHERE search_fts MATCH ?").pluck();
      n = (sample.get(`${expr} AND "${MARK.sample}64"`) as number) * 64;
      if (this.frequencies.counts.size >= FREQUENCIES) this.frequencies.counts.clear();
      this.frequencies.counts.set(expr, n);
    }
    return n;
  }

  /** Whether a candidate is a match, by its text; remembered in `checked`. */
  private check(
    plan: Plan,
    rowid: number,
    checked: Map<number, boolean>,
    rows: Map<number, DocRow>,
  ): boolean {
    if (plan.exact) return true;
    let ok = checked.get(rowid);
    if (ok === undefined) {
      const row = this.row(rowid, rows);
      const authors = JSON.parse(row.authors) as string[];
      ok = nodeMatches(plan.tree, docColumns({ ...row, authors }));
      checked.set(rowid, ok);
    }
    return ok;
  }

  private row(rowid: number, rows: Map<number, DocRow>): DocRow {
    let row = rows.get(rowid);
    if (row === undefined) {
      row = this.docRow.get(rowid);
      if (!row) throw new Error(`search index: rowid ${rowid} is in search_fts but not in search_doc`);
      // An article a writer has just replaced may be gone from the archive: no text, as if it were empty.
      if (row.body === "" && this.texts !== undefined) row.body = this.texts(row.id) ?? "";
      rows.set(rowid, row);
    }
    return row;
  }

  /**
   * One page of [rowid, score] in rank order. Up to `window` (RANK_WINDOW) candidates, all are ranked by BM25.
   * A broader query ranks its `window` newest candidates by BM25 and lists the older ones after them, newest
   * first, so that paging stays consistent. Candidates of an inexact plan that are not matches are skipped.
   */
  private page(
    plan: Plan,
    first: FirstPass,
    limit: number,
    offset: number,
    rows: Map<number, DocRow>,
  ): Scored[] {
    if (plan.exact) {
      const hits = first.ranked.slice(offset, offset + limit);
      if (first.complete || hits.length === limit) return hits;
      const skip = Math.max(0, offset - first.ranked.length);
      // The bound as BigInt, an INTEGER, which FTS5 seeks to (see sqlite-filters.ts).
      const older = this.rowids(
        plan,
        plan.match,
        "AND rowid < ? ORDER BY rowid DESC LIMIT ? OFFSET ?",
        BigInt(first.floor),
        limit - hits.length,
        skip,
      );
      return hits.concat(older.map((rowid) => [rowid, 0]));
    }
    const out: Scored[] = [];
    let seen = 0;
    const take = (scored: Scored): boolean => {
      if (this.check(plan, scored[0], first.checked, rows)) {
        if (seen >= offset) out.push(scored);
        seen++;
      }
      return out.length < limit;
    };
    for (const scored of first.ranked) if (!take(scored)) return out;
    if (first.complete) return out;
    for (let below = first.floor; ; ) {
      const older = this.rowids(
        plan,
        plan.match,
        "AND rowid < ? ORDER BY rowid DESC LIMIT ?",
        BigInt(below),
        CHUNK,
      );
      for (const rowid of older) if (!take([rowid, 0])) return out;
      if (older.length < CHUNK) return out;
      below = older.at(-1) as number;
    }
  }

  private hit(rowid: number, score: number, terms: readonly string[], rows: Map<number, DocRow>): SearchHit {
    const row = this.row(rowid, rows);
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
