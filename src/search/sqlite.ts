// The SQLite search index: FTS5 (detail=none) over character bigrams and marked tokens for headline, authors,
// term frequency, filters and samples, with rowids in date order and paper, page and length beside them.
// Lives in the archive's database, beside the store's tables.
import type { Database } from "better-sqlite3";
import type { SearchIndex } from "./contract.js";
import { migrate } from "./migrate.js";
import { PaperNumbers } from "./papers.js";
import type { WritablePrepared } from "./prepare.js";
import { ensureSchema } from "./schema.js";
import { RANK_WINDOW, RECENT_SEARCHES, SearchReader } from "./sqlite-search.js";
import { ArchiveWords } from "./sqlite-words.js";
import { SearchWriter } from "./sqlite-write.js";
import { type ArticleTexts, hasArchiveTexts, markArchiveTexts } from "./texts.js";
import { cutWords, segmenter, userWord } from "./words.js";

export interface SqliteSearchOptions {
  /**
   * Words to keep whole besides the archive's own (search_word: the names of bylines, the places of datelines,
   * learned as articles are indexed). They shape ranking, not what matches.
   */
  userWords?: string[];
  /** Candidates beyond which BM25 ranks only the newest (sqlite-search.ts, RANK_WINDOW); Infinity: never. */
  rankWindow?: number;
  /** First passes of recent searches kept for paging (sqlite-cache.ts, RECENT_SEARCHES); 0: none. */
  recentSearches?: number;
  /**
   * The archive's article texts (texts.ts), for an index inside the archive: search_doc then keeps no second
   * copy of each body. An index written with them cannot be opened without them.
   */
  texts?: ArticleTexts;
}

export interface SqliteSearchIndex extends SearchIndex {
  /** upsert() for articles already made ready by prepareDoc (prepare.ts), e.g. in worker threads. */
  upsertPrepared(docs: readonly WritablePrepared[]): void;
  /** After a bulk load: merges the index into one segment, in steps of their own (SearchWriter.merge). */
  merge(): number;
  /** During a bulk load that will end with merge(): no merging of segments until then (SearchWriter.deferMerges). */
  deferMerges(): void;
  /** Undoes deferMerges without merging (a bulk load that failed): FTS5 merges as it writes again. */
  resumeMerges(): void;
  userWords(): string[];
}

/**
 * A search index in `db`, creating its tables when missing and rebuilding an older index in place (which
 * takes as long as ingesting its articles did). Upserts run inside the caller's transaction when there is
 * one (better-sqlite3 nests them as savepoints). On a read-only database the tables must exist.
 */
export function createSqliteSearchIndex(db: Database, options: SqliteSearchOptions = {}): SqliteSearchIndex {
  const state = ensureSchema(db);
  const { texts } = options;
  if (texts === undefined && hasArchiveTexts(db))
    throw new Error(
      `${db.name}: its search index keeps its article texts in the archive's articles; open it with them (texts)`,
    );
  if (texts !== undefined && !db.readonly) markArchiveTexts(db);
  const words = new ArchiveWords(db);
  words.set.add((options.userWords ?? []).map(userWord).filter((w) => w !== null));
  // jieba loads on the first cut, not here: opening an index to look at its facets costs nothing.
  const cut = (folded: string) => cutWords(segmenter(), folded, words.set);
  const papers = new PaperNumbers(db);
  let writer: SearchWriter | null = null;
  const writing = () => {
    writer ??= new SearchWriter(db, papers, cut, words, texts === undefined);
    return writer;
  };
  if (state === "migrate") migrate(db, writing);
  const window = options.rankWindow ?? RANK_WINDOW;
  const reader = new SearchReader(db, papers, cut, window, options.recentSearches ?? RECENT_SEARCHES, texts);
  // A query is cut with the words the archive knows now (another process may have added some).
  const search: SearchIndex["search"] = (query) => {
    words.refresh();
    return reader.search(query);
  };
  const userWords = () => words.refresh().all();
  if (db.readonly) {
    const readOnly = (): never => {
      throw new Error(`${db.name} is open read-only: the search index cannot change`);
    };
    return {
      upsert: readOnly,
      upsertPrepared: readOnly,
      remove: readOnly,
      merge: readOnly,
      deferMerges: readOnly,
      resumeMerges: readOnly,
      search,
      userWords,
    };
  }
  const w = writing();
  // A write is cut with the words the archive knows now (another process may have added some since).
  const fresh =
    <T>(write: (arg: T) => void) =>
    (arg: T) => {
      words.refresh();
      write(arg);
    };
  return {
    upsert: fresh(w.upsert),
    upsertPrepared: fresh(w.upsertPrepared),
    remove: w.remove,
    merge: () => w.merge(),
    deferMerges: () => w.deferMerges(),
    resumeMerges: () => w.resumeMerges(),
    search,
    userWords,
  };
}
