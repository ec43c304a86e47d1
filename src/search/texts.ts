// Where an index's article texts live. A standalone index keeps each article's body in search_doc. An index
// inside the archive need not: the archive keeps every article's text already (articles.data), and a second
// copy took 4.7 GB of a million-article file of 17.4 GB (bench:ingest at 100,000 articles: 17,925 bytes an
// article with it, 13,572 without). There, the index is opened with the archive's texts (ArticleTexts), writes
// search_doc.body empty, and reads the body back from the archive when it checks a candidate or cuts a snippet.
// search_meta's `texts` says so, so that the index is never read without them: its inexact candidates would all
// fail their check, silently.
import type { Database } from "better-sqlite3";

/** An article's body as the index would have kept it (SearchDoc.body), by article id; undefined: no such article. */
export type ArticleTexts = (id: string) => string | undefined;

const KEY = "texts";
const ARCHIVE = "archive";

/** Records that search_doc's bodies from now on live in the archive (in the caller's transaction, if any). */
export function markArchiveTexts(db: Database): void {
  db.prepare("INSERT OR IGNORE INTO search_meta (key, value) VALUES (?, ?)").run(KEY, ARCHIVE);
}

/** Whether some of search_doc's bodies live in the archive. */
export function hasArchiveTexts(db: Database): boolean {
  return db.prepare("SELECT 1 FROM search_meta WHERE key = ? AND value = ?").get(KEY, ARCHIVE) !== undefined;
}
