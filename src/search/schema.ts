// The search tables inside the archive's SQLite file, created when missing (idempotent), checked otherwise;
// an index of schema 1 is rebuilt in place (migrate.ts) when the file is open for writing.
// search_fts holds only token text the index made (contentless: the text lives once, in search_doc).
import type { Database } from "better-sqlite3";

/**
 * Bumped whenever tables or tokens change shape; an older index is rebuilt (migrate.ts), or, from 2, taken as it
 * is. 3: search_doc's body may be empty, the text living in the archive (texts.ts); a banmian that knows only 2
 * would read such rows as articles without text, so it is told to upgrade instead.
 */
export const SCHEMA_VERSION = "3";
/** Versions this code reads and writes as they are: 2's rows all keep their bodies, which 3 reads the same. */
const READABLE = "2";
/**
 * What search_meta's version says while an older index is being rebuilt. Not 2's "2-migrating", which a banmian
 * that knows only 2 would finish as its own and stamp 2 over rows without bodies; that marker is still taken for
 * a rebuild to finish (LEGACY_MIGRATING).
 */
export const MIGRATING = "3-migrating";
const LEGACY_MIGRATING = "2-migrating";

// FTS5 writes its pending tokens out as a segment at every commit and whenever they pass this size (1 MB by
// default). It should hold a bulk load's batch of 8,192 articles as one segment: fewer, larger segments, far
// less merging (bench:search at 100,000 articles: ~2,000 articles/s with batches of 2,000, ~4,000 with
// 4,000–16,000). 32 MB did for articles of ~600 characters; corpus-sized ones (~1,200, ~1,000 distinct bigrams)
// overflowed it mid-batch (bench:ingest, 100,000 articles: final merge 6.6 s with 128 MB against 9.1 s).
// Memory stays bounded by the caller's batch.
const FTS_HASH_BYTES = 128 * 1024 * 1024;
// FTS5's leaf size (its `pgsz`, 4,050 bytes by default): a leaf is one row of search_fts_data and should fill
// most of one database page without spilling over. Set for 16 KiB pages (store/sqlite/open.ts); a file of
// 4 KiB pages keeps FTS5's default.
const FTS_LEAF_BYTES: ReadonlyMap<number, number> = new Map([[16384, 16000]]);
// automerge stays FTS5's 4: with 8 (fewer levels, less merging while writing) bench:search's writer did 1,338
// articles per CPU second at 200,000 against 1,329 with 4 (the two run side by side, load 7–9), though a bare
// FTS5 load of 400,000 articles' tokens had gained 23 %. A bulk load turns it off (SearchWriter.deferMerges)
// and ends with SearchWriter.merge(), which sets it back; a load killed before that finds it here again.
/** FTS5 settings, as [name, value] pairs. */
export type FtsSettings = ReadonlyArray<[string, number]>;
/**
 * How FTS5 merges as the index is written: automerge (a level with 4 segments is merged into the next) and
 * crisismerge (its default 16: a level that many segments long is merged at once, automerge or not).
 */
export const MERGING: FtsSettings = [
  ["automerge", 4],
  ["crisismerge", 16],
];
/** FTS5 settings (kept in search_fts_config) the index wants in a file of `pageBytes` pages. */
export function ftsSettings(pageBytes: number): FtsSettings {
  const leaf = FTS_LEAF_BYTES.get(pageBytes);
  const leaves: FtsSettings = leaf === undefined ? [] : [["pgsz", leaf]];
  return [["hashsize", FTS_HASH_BYTES], ...leaves, ...MERGING];
}

export const TABLES = `
CREATE TABLE IF NOT EXISTS search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS search_paper (no INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS search_doc (
  doc INTEGER PRIMARY KEY,       -- the rowid of rowid.ts (day, sequence), also search_fts's rowid
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
CREATE TABLE IF NOT EXISTS search_day (
  day INTEGER PRIMARY KEY,       -- rowid.ts's date key
  gen INTEGER NOT NULL,          -- the write that last changed the row: readers reload what moved
  attrs BLOB NOT NULL            -- per sequence number: paper · 512 + page + 1, length (attrs.ts)
);
CREATE INDEX IF NOT EXISTS search_day_gen ON search_day (gen);
CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(
  t,                             -- the article's tokens, each once (tokens.ts)
  content = '', contentless_delete = 1, detail = none, tokenize = 'ascii'
);`;

/** A row of search_doc as the readers select it (doc aside): its columns as SQLite gives them back. */
export interface DocRow {
  id: string;
  paper: string;
  date: string;
  page: number;
  kind: string;
  title: string;
  headline: string;
  body: string;
  authors: string;
}

const NAMES = ["search_meta", "search_paper", "search_doc", "search_author", "search_day", "search_fts"];

function tableCount(db: Database): number {
  const list = NAMES.map((n) => `'${n}'`).join(", ");
  const row = db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE name IN (${list})`).get() as {
    n: number;
  };
  return row.n;
}

export function readVersion(db: Database): string | null {
  const meta = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'search_meta'").get();
  if (meta === undefined) return null;
  const row = db.prepare("SELECT value FROM search_meta WHERE key = 'version'").get() as
    | { value: string }
    | undefined;
  return row?.value ?? null;
}

/** Sets the FTS5 settings of ftsSettings() that an index (maybe made by an older banmian) does not have yet. */
export function tuneFts(db: Database): void {
  const rows = db.prepare("SELECT k, v FROM search_fts_config").raw().all() as [string, unknown][];
  const current = new Map(rows);
  const pageBytes = db.pragma("page_size", { simple: true }) as number;
  setFts(
    db,
    ftsSettings(pageBytes).filter(([name, value]) => current.get(name) !== value),
  );
}

/**
 * Writes FTS5 settings into search_fts_config, inside the caller's transaction when there is one, else in one
 * of their own. (FTS5 writes its pending tokens out as a segment when a setting is written.)
 */
export function setFts(db: Database, settings: FtsSettings): void {
  if (settings.length === 0) return;
  const set = db.prepare("INSERT INTO search_fts (search_fts, rank) VALUES (?, ?)");
  const write = () => {
    // As an integer: FTS5 refuses a REAL, and better-sqlite3 binds a number as one.
    for (const [name, value] of settings) set.run(name, BigInt(value));
  };
  (db.inTransaction ? write : db.transaction(write))();
}

/** Creates the current tables (those missing) and, when `version` is given, records it. */
export function createTables(db: Database, version: string | null): void {
  db.exec(TABLES);
  tuneFts(db);
  if (version !== null)
    db.prepare("INSERT OR REPLACE INTO search_meta (key, value) VALUES ('version', ?)").run(version);
}

/**
 * Creates the search tables when missing. Returns "ready", or "migrate" when the file holds an index of an
 * older schema (or a rebuild that did not finish) that the caller rebuilds; throws, saying what to do, on a
 * read-only file that has no current index.
 */
export function ensureSchema(db: Database): "ready" | "migrate" {
  const version = readVersion(db);
  if (version === null || (version === SCHEMA_VERSION && tableCount(db) < NAMES.length)) {
    if (db.readonly) {
      throw new Error(`${db.name} has no search index: run \`banmian ingest\` to build the archive first`);
    }
    db.transaction(() => createTables(db, SCHEMA_VERSION))();
    return "ready";
  }
  if (version === SCHEMA_VERSION || version === READABLE) {
    if (db.readonly) return "ready";
    // createTables tunes FTS5 too, and stamps schema 2 as 3.
    if (version === READABLE) createTables(db, SCHEMA_VERSION);
    else tuneFts(db);
    return "ready";
  }
  if (version === "1" || version === MIGRATING || version === LEGACY_MIGRATING) {
    if (db.readonly)
      throw new Error(
        `${db.name}: its search index has schema ${version === "1" ? "1" : "1 (rebuild unfinished)"}, this banmian ` +
          `needs ${SCHEMA_VERSION}: run \`banmian ingest\` on it once (with no files, or any) to rebuild the index`,
      );
    return "migrate";
  }
  throw new Error(
    `${db.name}: search index version ${version}, this banmian knows ${SCHEMA_VERSION}: upgrade banmian`,
  );
}
