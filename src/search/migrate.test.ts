// An index of schema 1 is rebuilt in place when the file is opened for writing, and a read-only open says
// what to do. Schema 1's tables are written out here as that version made them (search_doc is unchanged).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { createSqliteSearchIndex } from "./index.js";
import { createTables, readVersion, SCHEMA_VERSION } from "./schema.js";

const SCHEMA_1 = `
CREATE TABLE search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE search_paper (no INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE);
CREATE TABLE search_doc (doc INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, paper TEXT NOT NULL, date TEXT NOT NULL,
  page INTEGER NOT NULL, kind TEXT NOT NULL, title TEXT NOT NULL, headline TEXT NOT NULL, body TEXT NOT NULL,
  authors TEXT NOT NULL, hash TEXT NOT NULL);
CREATE TABLE search_author (name TEXT NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (name, doc)) WITHOUT ROWID;
CREATE VIRTUAL TABLE search_fts USING fts5(h, b, a, hw, hu, content = '', contentless_delete = 1, tokenize = 'ascii');
INSERT INTO search_meta VALUES ('version', '1');
INSERT INTO search_paper VALUES (1, 'lcrb');`;

function schemaOne(path: string, articles: number): Database.Database {
  const db = new Database(path);
  db.exec(SCHEMA_1);
  const insert = db.prepare(
    "INSERT INTO search_doc VALUES (?, ?, 'lcrb', ?, 1, 'article', ?, ?, ?, ?, 'old')",
  );
  for (let i = 0; i < articles; i++) {
    const date = `2025-04-${String(1 + (i % 28)).padStart(2, "0")}`;
    // Schema 1's packed rowids: any increasing numbers do here.
    insert.run(
      i * 1000 + 7,
      `lcrb-${date}-a-p01-a${i}`,
      date,
      `第${i}号标题`,
      `第${i}号标题`,
      `双拥简报第${i}期`,
      '["邹　辉"]',
    );
  }
  return db;
}

const dir = mkdtempSync(join(tmpdir(), "banmian-migrate-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("rebuilding a schema 1 index", () => {
  it("rebuilds it in place from search_doc when opened for writing", () => {
    const db = schemaOne(":memory:", 30);
    const index = createSqliteSearchIndex(db);
    expect(readVersion(db)).toBe(SCHEMA_VERSION);
    expect(index.search({ q: "双拥" }).total).toBe(30);
    expect(index.search({ q: "双拥", author: "邹辉", from: "2025-04-28" }).hits.map((h) => h.id)).toEqual([
      "lcrb-2025-04-28-a-p01-a27",
    ]);
    expect(index.search({ q: "第7号" }).hits.map((h) => h.id)).toEqual(["lcrb-2025-04-08-a-p01-a7"]);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'search_doc_v1'").pluck().get()).toBe(
      0,
    );
  });

  it("marks a rebuild in progress so that a banmian of schema 2 refuses it, and finishes it at the next open", () => {
    // Killed after the first batch (8,000 articles): the old rows' 8,001st deletion fails (the trigger follows
    // search_doc as the rebuild renames it).
    const db = schemaOne(":memory:", 8001);
    let deleted = 0;
    db.function("killed", () => (++deleted > 8000 ? 1 : 0));
    db.exec(`CREATE TEMP TRIGGER kill BEFORE DELETE ON search_doc
      WHEN killed() BEGIN SELECT RAISE(ABORT, 'killed'); END`);
    expect(() => createSqliteSearchIndex(db)).toThrow("killed");
    // Schema 2's code took "1", "2" and its own "2-migrating" for an index it could use or finish: it would have
    // read this one's empty bodies as articles without text.
    expect(["1", "2", "2-migrating"]).not.toContain(readVersion(db));
    db.exec("DROP TRIGGER kill");
    expect(createSqliteSearchIndex(db).search({ q: "双拥" }).total).toBe(8001);
    expect(readVersion(db)).toBe(SCHEMA_VERSION);
  });

  it("finishes a rebuild that a banmian of schema 2 began (2-migrating)", () => {
    const db = schemaOne(":memory:", 30);
    db.exec(
      "ALTER TABLE search_doc RENAME TO search_doc_v1; DROP TABLE search_fts; DROP TABLE search_author",
    );
    createTables(db, "2-migrating");
    expect(createSqliteSearchIndex(db).search({ q: "双拥" }).total).toBe(30);
    expect(readVersion(db)).toBe(SCHEMA_VERSION);
  });

  it("says to run an ingest when the file is read-only", () => {
    const path = join(dir, "old.db");
    schemaOne(path, 3).close();
    const db = new Database(path, { readonly: true });
    try {
      expect(() => createSqliteSearchIndex(db)).toThrow(/schema 1.*run `banmian ingest`/u);
    } finally {
      db.close();
    }
  });
});
