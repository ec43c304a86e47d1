// Opening the archive file: WAL (readers keep reading while one writer ingests), foreign keys on,
// the schema migrated to this code's version, the paper registry seeded from src/meta/papers.ts.
import { existsSync } from "node:fs";
import Database from "better-sqlite3";
import { PAPERS } from "../../meta/index.js";
import { MIGRATIONS, SCHEMA_VERSION } from "./migrations/index.js";

export type Db = Database.Database;

export type Opened = { ok: true; db: Db } | { ok: false; error: string };

export interface OpenOptions {
  /** Read only: the file must exist and have this code's schema; nothing is migrated or seeded. */
  readonly?: boolean;
  /** ISO timestamp source for migrations; defaults to the clock. */
  now?: () => Date;
}

// The page size of a new archive file. 16 KiB against SQLite's 4 KiB, with FTS5's leaves to match
// (search/schema.ts): fewer, larger pages written and checkpointed per article, and a quarter as many leaves for
// FTS5 to merge. `npm run bench` at 1M corpus-sized articles: 1,522 articles/s with 16 KiB pages and a 128 MB
// FTS5 hash, against 1,319–1,387 before; final merge 67.8 s against 79–92 s; archive 17.4 KB an article against
// 16.6 KB (a 16 KiB page holds fewer whole rows); query p95 lower in every class.
export const PAGE_BYTES = 16384;

// How long a connection waits for another's write lock before failing: an ingest commits one issue at a
// time, which takes well under a second, so a few seconds covers any wait a reader or writer will meet.
const BUSY_TIMEOUT_MS = 5000;

/** Opens (creating unless read-only) the archive at `path` (":memory:" for a throwaway one). */
export function openDatabase(path: string, options: OpenOptions = {}): Opened {
  const readonly = options.readonly === true;
  if (readonly && path !== ":memory:" && !existsSync(path))
    return { ok: false, error: `no archive at ${path} (run banmian ingest first, or pass --db)` };
  let db: Db;
  try {
    db = new Database(path, { readonly, fileMustExist: readonly, timeout: BUSY_TIMEOUT_MS });
  } catch (error) {
    return { ok: false, error: `cannot open archive ${path}: ${reason(error)}` };
  }
  try {
    if (!readonly) {
      // Only a new file takes it (an existing archive keeps the page size it was made with).
      db.pragma(`page_size = ${PAGE_BYTES}`);
      db.pragma("journal_mode = WAL");
      // NORMAL is durable against a killed process in WAL mode (only a power cut may lose the last commit).
      db.pragma("synchronous = NORMAL");
    }
    db.pragma("foreign_keys = ON");
    const version = readonly ? schemaVersion(db) : migrate(db, options.now ?? (() => new Date()));
    if (version > SCHEMA_VERSION)
      throw new Error(
        `its schema version ${version} is newer than this banmian's (${SCHEMA_VERSION}); upgrade banmian`,
      );
    if (version < SCHEMA_VERSION)
      throw new Error(
        `its schema version ${version} is older than this banmian's (${SCHEMA_VERSION}); run banmian ingest once to migrate it`,
      );
    if (!readonly) seedPapers(db);
    return { ok: true, db };
  } catch (error) {
    db.close();
    return { ok: false, error: `cannot use archive ${path}: ${reason(error)}` };
  }
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function schemaVersion(db: Db): number {
  const table = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")
    .get();
  if (table === undefined) return 0;
  const row = db.prepare<[], { v: number | null }>("SELECT MAX(version) AS v FROM schema_version").get();
  return row?.v ?? 0;
}

/** Applies the missing migrations, each in a write transaction that re-checks the version first. */
function migrate(db: Db, now: () => Date): number {
  db.exec(
    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT",
  );
  // By number, not by the highest applied: numbers are claimed out of order while work is in flight.
  const applied = db.prepare<[number], number>("SELECT 1 FROM schema_version WHERE version = ?").pluck();
  for (const migration of MIGRATIONS) {
    if (applied.get(migration.version) !== undefined) continue;
    db.transaction(() => {
      // Another process may have applied it while this one waited for the lock.
      if (applied.get(migration.version) !== undefined) return;
      db.exec(migration.sql);
      db.prepare("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)").run(
        migration.version,
        migration.name,
        now().toISOString(),
      );
    }).immediate();
  }
  return schemaVersion(db);
}

/** Registry papers in, names kept current; a row that already says the same is not touched. */
function seedPapers(db: Db): void {
  const upsert = db.prepare(
    `INSERT INTO papers (id, name, former_names) VALUES (?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, former_names = excluded.former_names
     WHERE papers.name IS NOT excluded.name OR papers.former_names IS NOT excluded.former_names`,
  );
  db.transaction(() => {
    for (const p of PAPERS) upsert.run(p.id, p.name, JSON.stringify(p.formerNames ?? []));
  }).immediate();
}
