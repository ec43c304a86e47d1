// The SQLite search index: FTS5 over character bigrams, jieba words and headline characters, with the
// filter and facet fields packed into rowids. Lives in the archive's database, beside the store's tables.
import type { Database } from "better-sqlite3";
import type { SearchIndex } from "./contract.js";
import { PaperNumbers } from "./papers.js";
import { ensureSchema } from "./schema.js";
import { RANK_WINDOW, RECENT_SEARCHES, SearchReader } from "./sqlite-search.js";
import { SearchWriter } from "./sqlite-write.js";
import { cutWords, segmenter } from "./words.js";

export interface SqliteSearchOptions {
  /** Words jieba should keep whole: names from bylines, places. They shape ranking, not what matches. */
  userWords?: string[];
  /** Matches beyond which BM25 ranks only the newest (sqlite-search.ts, RANK_WINDOW); Infinity: never. */
  rankWindow?: number;
  /** First passes of recent searches kept for paging (sqlite-cache.ts, RECENT_SEARCHES); 0: none. */
  recentSearches?: number;
}

/**
 * A search index in `db`, creating its tables when missing. Upserts run inside the caller's transaction when
 * there is one (better-sqlite3 nests them as savepoints). On a read-only database the tables must exist.
 */
export function createSqliteSearchIndex(db: Database, options: SqliteSearchOptions = {}): SearchIndex {
  ensureSchema(db);
  // jieba loads on the first cut, not here: opening an index to look at its facets costs nothing.
  const cut = (folded: string) => cutWords(segmenter(options.userWords), folded);
  const papers = new PaperNumbers(db);
  const window = options.rankWindow ?? RANK_WINDOW;
  const reader = new SearchReader(db, papers, cut, window, options.recentSearches ?? RECENT_SEARCHES);
  if (db.readonly) {
    const readOnly = (): never => {
      throw new Error(`${db.name} is open read-only: the search index cannot change`);
    };
    return { upsert: readOnly, remove: readOnly, search: reader.search };
  }
  const writer = new SearchWriter(db, papers, cut);
  return { upsert: writer.upsert, remove: writer.remove, search: reader.search };
}
