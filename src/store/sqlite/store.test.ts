// The SQLite archive: the store contract, plus what is SQLite's own: the file (WAL, schema version,
// foreign keys, integrity), read-only opening, and the search index kept in the same transaction.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { linkIssue } from "../../link/index.js";
import type { SearchDoc, SearchIndex } from "../../search/contract.js";
import { createSqliteSearchIndex } from "../../search/index.js";
import { archiveStoreContract, issueOf, PARK, pageInput, STREET } from "../contract.test-suite.js";
import { MIGRATIONS, SCHEMA_VERSION } from "./migrations/index.js";
import { openSqliteStore, type SqliteArchiveStore } from "./store.js";

const dir = mkdtempSync(join(tmpdir(), "banmian-store-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshPath = () => join(dir, `archive-${++n}.db`);

function open(path: string, options: Parameters<typeof openSqliteStore>[1] = {}): SqliteArchiveStore {
  const opened = openSqliteStore(path, options);
  if (!opened.ok) throw new Error(opened.error);
  return opened.store;
}

archiveStoreContract("SQLite in memory", async () => open(":memory:"));
archiveStoreContract("SQLite file with the search index", async () =>
  open(freshPath(), { search: createSqliteSearchIndex }),
);

describe("SQLite archive file", () => {
  it("is in WAL mode with foreign keys on, at this code's schema version, and sound", async () => {
    const store = open(freshPath());
    expect(store.db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(store.db.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(store.db.prepare("SELECT MAX(version) AS v FROM schema_version").get()).toEqual({
      v: SCHEMA_VERSION,
    });
    await store.ingestIssue(issueOf(pageInput(1, [PARK])), linkIssue);
    expect(store.db.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(store.db.pragma("foreign_key_check")).toEqual([]);
    await store.close();
  });

  it("migrates once: reopening keeps the schema and the data", async () => {
    const path = freshPath();
    const first = open(path);
    await first.ingestIssue(issueOf(pageInput(1, [PARK])), linkIssue);
    await first.close();
    const again = open(path);
    expect(again.db.prepare("SELECT COUNT(*) AS n FROM schema_version").get()).toEqual({
      n: MIGRATIONS.length,
    });
    expect((await again.stats()).articles).toBe(1);
    await again.close();
  });

  it("opens read-only for readers: must exist, refuses to ingest, reads fine", async () => {
    const missing = openSqliteStore(join(dir, "nope.db"), { readonly: true });
    expect(missing).toEqual({ ok: false, error: expect.stringContaining("no archive at") });
    const path = freshPath();
    await open(path).ingestIssue(issueOf(pageInput(1, [PARK])), linkIssue);
    const reader = open(path, { readonly: true });
    expect((await reader.stats()).pages).toBe(1);
    await expect(reader.ingestIssue(issueOf(pageInput(2, [STREET])), linkIssue)).rejects.toThrow(
      /read-only/u,
    );
    await reader.close();
  });

  it("refuses an archive made by a newer banmian, and a file that is not a database", () => {
    const path = freshPath();
    const db = new Database(path);
    db.exec(
      "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
    );
    db.prepare("INSERT INTO schema_version VALUES (?, 'future', '2099-01-01')").run(SCHEMA_VERSION + 1);
    db.close();
    expect(openSqliteStore(path)).toEqual({
      ok: false,
      error: expect.stringMatching(/newer than this banmian/u),
    });
    const junk = freshPath();
    writeFileSync(junk, "this is not a database, just text that is long enough to look like a header");
    expect(openSqliteStore(junk)).toEqual({ ok: false, error: expect.stringContaining(junk) });
  });
});

describe("SQLite archive and its search index", () => {
  it("keeps the index in step: new articles found, replaced ones gone", async () => {
    const store = open(freshPath(), { search: createSqliteSearchIndex });
    await store.ingestIssue(issueOf(pageInput(1, [PARK])), linkIssue);
    const index = createSqliteSearchIndex(store.db);
    expect(index.search({ q: "小河公园" }).hits.map((h) => h.id)).toEqual(["lcrb-2025-04-24-a-p01-a01"]);
    await store.ingestIssue(issueOf(pageInput(1, [STREET], "page 1 replaced")), linkIssue);
    expect(index.search({ q: "小河公园" }).total).toBe(0);
    expect(index.search({ q: "老街" }).hits.map((h) => h.id)).toEqual(["lcrb-2025-04-24-a-p01-a01"]);
    await store.close();
  });

  it("rolls the issue back when the index fails inside the transaction", async () => {
    const calls: string[] = [];
    const failing = (): SearchIndex => ({
      upsert(docs: readonly SearchDoc[]) {
        calls.push(...docs.map((d) => d.id));
        throw new Error("index full");
      },
      remove() {},
      search: () => ({ total: 0, hits: [], facets: { paper: {}, year: {}, page: {} } }),
    });
    const store = open(freshPath(), { search: failing });
    await expect(store.ingestIssue(issueOf(pageInput(1, [PARK])), linkIssue)).rejects.toThrow("index full");
    expect(calls).toEqual(["lcrb-2025-04-24-a-p01-a01"]);
    expect(await store.stats()).toMatchObject({ issues: 0, pages: 0, articles: 0, versions: 0 });
    await store.close();
  });
});
