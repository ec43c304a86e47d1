// The search tables inside the archive's SQLite file, created when missing (idempotent), checked otherwise.
// search_fts holds only token text the index made (contentless: the text lives once, in search_doc).
import type { Database } from "better-sqlite3";

/** Bumped whenever tables or tokens change shape; an older index has to be rebuilt. */
export const SCHEMA_VERSION = "1";

// bm25 column weights for (h, b, a, hw, hu). A match in the headline counts as much as four in the body,
// authors as two; a headline match that is also a whole word gets the headline weight twice.
// Set by judgement, not tuned: there are no relevance judgements to tune against yet.
export const BM25_WEIGHTS = [4, 1, 2, 4, 4] as const;

// FTS5 writes its pending tokens out as a segment at every commit and whenever they pass this size (1 MB by
// default). A batch of 2,000 articles holds ~10 MB of tokens: 32 MB makes it one segment instead of ten, fewer
// merges later (+6% ingest over 20,000 articles, measured); memory stays bounded by the caller's batch.
const FTS_HASH_BYTES = 32 * 1024 * 1024;

const TABLES = `
CREATE TABLE IF NOT EXISTS search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS search_paper (no INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS search_doc (
  doc INTEGER PRIMARY KEY,       -- the packed rowid of rowid.ts, also search_fts's rowid
  id TEXT NOT NULL UNIQUE,
  paper TEXT NOT NULL,
  date TEXT NOT NULL,
  page INTEGER NOT NULL,
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  headline TEXT NOT NULL,
  body TEXT NOT NULL,
  authors TEXT NOT NULL,         -- JSON array of the names as given
  hash TEXT NOT NULL             -- of the fields above: re-ingesting an unchanged article costs no indexing
);
CREATE TABLE IF NOT EXISTS search_author (
  name TEXT NOT NULL,            -- authorKey(): folded, no inner spaces
  doc INTEGER NOT NULL,
  PRIMARY KEY (name, doc)
) WITHOUT ROWID;
CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(
  h, b, a, hw, hu,               -- bigrams of head, body, authors; words of head; characters of head
  content = '', contentless_delete = 1, tokenize = 'ascii'
);`;

function tableCount(db: Database): number {
  const row = db
    .prepare(
      "SELECT count(*) AS n FROM sqlite_master WHERE name IN ('search_meta', 'search_paper', 'search_doc', 'search_author', 'search_fts')",
    )
    .get() as { n: number };
  return row.n;
}

/** Creates the search tables when missing; throws, saying what to do, on a read-only or older index. */
export function ensureSchema(db: Database): void {
  const present = tableCount(db);
  if (present < 5) {
    if (db.readonly) {
      throw new Error(`${db.name} has no search index: run \`banmian ingest\` to build the archive first`);
    }
    db.transaction(() => {
      db.exec(TABLES);
      db.exec(`INSERT INTO search_fts(search_fts, rank) VALUES ('hashsize', ${FTS_HASH_BYTES})`);
      db.prepare("INSERT OR IGNORE INTO search_meta (key, value) VALUES ('version', ?)").run(SCHEMA_VERSION);
    })();
  }
  const row = db.prepare("SELECT value FROM search_meta WHERE key = 'version'").get() as
    | { value: string }
    | undefined;
  if (row?.value !== SCHEMA_VERSION) {
    throw new Error(
      `${db.name}: search index version ${row?.value ?? "unknown"}, this banmian needs ${SCHEMA_VERSION}: ` +
        "drop the search_* tables and re-ingest",
    );
  }
}
