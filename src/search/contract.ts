// The search contract: what the archive hands to a search index and what a query gives back.
// Implementations: SQLite (FTS5 + n-gram index) now, PostgreSQL later; both must pass one contract suite.
import type { ArticleKind } from "../model/index.js";
import type { WritablePrepared } from "./prepare.js";

/** One searchable article, as the archive indexes it. */
export interface SearchDoc {
  /** Stable archive id: <paper>-<YYYY-MM-DD>-<edition>-p<NN>-a<NN>, e.g. lcrb-2025-04-24-a-p01-a04. */
  id: string;
  /** Paper registry id, e.g. lcrb. */
  paper: string;
  /** ISO date of the issue. */
  date: string;
  page: number;
  kind: ArticleKind;
  /** The headline as shown in a hit: kicker, title and subtitle joined (label in front when present). */
  title: string;
  /** Headline text that ranks higher than body text: label, kicker, title, subtitle. */
  headline: string;
  /** Everything else that is text: dateline, editor's note, paragraphs, captions, contents entries. */
  body: string;
  /** Author names (bylines, credits). */
  authors: string[];
  /**
   * Places the article names in its dateline (新华社北京4月23日电: 北京). With the authors, the words the index
   * keeps whole when it segments (the papers' own dictionary); not stored, not matched on their own.
   */
  places?: string[];
}

export interface SearchQuery {
  /** User query: words, "quoted phrases", AND / OR, -excluded; never interpreted as SQL or FTS syntax. */
  q: string;
  paper?: string;
  /** Inclusive ISO dates. */
  from?: string;
  to?: string;
  page?: number;
  kind?: ArticleKind;
  author?: string;
  /** Defaults 20 and 0. */
  limit?: number;
  offset?: number;
  /**
   * Count every match: total and facets exact however broad the query (a research count), where they would
   * otherwise be estimated past 10,000 matches. Slower on broad queries (every matching rowid is listed: ~0.7 s
   * for a million). An inexact query's candidates (terms of 3+ characters) are each checked against their text,
   * up to 200,000 of them (seconds: ~0.2 ms each at a million articles); beyond, its counts stay estimates, and
   * `approximate` says so.
   */
  exact?: boolean;
}

export interface SearchHit {
  id: string;
  paper: string;
  date: string;
  page: number;
  kind: ArticleKind;
  title: string;
  /** A short passage around the best match, matches wrapped in «» (the web layer turns them into <mark>). */
  snippet: string;
  score: number;
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  /** Counts over all matching articles (not just this page of hits). */
  facets: { paper: Record<string, number>; year: Record<string, number>; page: Record<string, number> };
  /**
   * Present when total or facets are estimates (very broad queries at scale; see the implementation's notes):
   * which of them. Absent: both are exact.
   */
  approximate?: { total: boolean; facets: boolean };
}

export interface SearchIndex {
  /** Add or replace documents; runs inside the caller's transaction when there is one. */
  upsert(docs: readonly SearchDoc[]): void;
  /**
   * upsert() for documents already made ready by src/search/prepare.ts (e.g. in worker threads while the writer
   * writes). Optional: an index that prepares differently leaves it out and is given the documents.
   */
  upsertPrepared?(docs: readonly WritablePrepared[]): void;
  remove(ids: readonly string[]): void;
  search(query: SearchQuery): SearchResult;
  /**
   * After a bulk load: tidies the index for faster queries (SQLite: merges FTS5 segments into one); returns
   * the steps taken, 0 when there was nothing to do. Optional: an index that needs no tidying leaves it out.
   */
  merge?(): number;
  /**
   * During a bulk load that will end with merge(): the index may put off tidying until then (SQLite: FTS5 stops
   * merging segments as it writes). Optional, like merge.
   */
  deferMerges?(): void;
  /** Undoes deferMerges without tidying now (a bulk load that failed). */
  resumeMerges?(): void;
  /**
   * The words the index keeps whole when it segments (src/search/words.ts: names from bylines, places from
   * datelines): what a thread preparing documents for upsertPrepared cuts with, besides each issue's own.
   * Optional: an index that segments otherwise leaves it out.
   */
  userWords?(): string[];
}
