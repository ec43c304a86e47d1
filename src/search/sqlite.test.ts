// The SQLite search index: the shared contract, then what is particular to SQLite (tables, read-only files,
// transactions, one jieba per process, the ranking window of very broad queries).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { doc, searchContract } from "./contract.test-suite.js";
import { createSqliteSearchIndex, dictionaryLoads } from "./index.js";

searchContract("SQLite", () => createSqliteSearchIndex(new Database(":memory:")));

describe("SQLite search index", () => {
  const dir = mkdtempSync(join(tmpdir(), "banmian-search-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("creates its tables once and reopens them, beside other tables", () => {
    const path = join(dir, "twice.db");
    const db = new Database(path);
    db.exec("CREATE TABLE articles (id TEXT PRIMARY KEY)");
    createSqliteSearchIndex(db).upsert([doc("a", { body: "双拥" })]);
    const again = createSqliteSearchIndex(db);
    expect(again.search({ q: "双拥" }).total).toBe(1);
    db.close();
    const readOnly = new Database(path, { readonly: true });
    const index = createSqliteSearchIndex(readOnly);
    expect(index.search({ q: "双拥" }).total).toBe(1);
    expect(() => index.upsert([doc("b")])).toThrow(/read-only/);
    readOnly.close();
  });

  it("says what to do when a read-only database has no search index", () => {
    const path = join(dir, "empty.db");
    new Database(path).close();
    const db = new Database(path, { readonly: true });
    expect(() => createSqliteSearchIndex(db)).toThrow(/no search index: run `banmian ingest`/);
    db.close();
  });

  it("writes inside the caller's transaction: a rollback leaves nothing indexed", () => {
    const db = new Database(":memory:");
    const index = createSqliteSearchIndex(db);
    const ingest = db.transaction(() => {
      index.upsert([doc("a", { paper: "newpaper", body: "双拥" })]);
      throw new Error("ingest failed");
    });
    expect(ingest).toThrow("ingest failed");
    const searchThenFail = db.transaction(() => {
      index.upsert([doc("a", { paper: "newpaper", body: "双拥" })]);
      expect(index.search({ q: "双拥" }).total).toBe(1);
      throw new Error("ingest failed");
    });
    expect(searchThenFail).toThrow("ingest failed");
    expect(index.search({ q: "双拥" }).total).toBe(0);
    index.upsert([doc("b", { paper: "newpaper", body: "双拥" })]);
    expect(index.search({ q: "双拥" }).facets.paper).toEqual({ newpaper: 1 });
  });

  it("loads jieba's dictionary once per process, however many indexes there are", () => {
    for (let i = 0; i < 3; i++) {
      createSqliteSearchIndex(new Database(":memory:"), { userWords: [`用户词${i}`] }).upsert([doc("a")]);
    }
    expect(dictionaryLoads()).toBe(1);
  });

  it("forgets a search's cached first pass after any write, on this connection or another", () => {
    const path = join(dir, "cache.db");
    const writer = createSqliteSearchIndex(new Database(path));
    writer.upsert([doc("a", { body: "双拥" })]);
    const db = new Database(path);
    const reader = createSqliteSearchIndex(db);
    expect(reader.search({ q: "双拥" }).total).toBe(1);
    writer.upsert([doc("b", { body: "双拥" })]);
    expect(reader.search({ q: "双拥" }).total).toBe(2);
    reader.remove(["a"]);
    expect(reader.search({ q: "双拥" }).total).toBe(1);
    db.exec("DELETE FROM search_author"); // any write of this connection counts, even one the index did not make
    createSqliteSearchIndex(db).upsert([doc("c", { body: "双拥" })]);
    expect(reader.search({ q: "双拥" }).total).toBe(2);
  });

  it("rejects an article whose date or page the index cannot hold, saying which", () => {
    const index = createSqliteSearchIndex(new Database(":memory:"));
    expect(() => index.upsert([doc("old", { date: "1800-01-01" })])).toThrow(/old: date '1800-01-01'/);
    expect(() => index.upsert([doc("big", { page: 600 })])).toThrow(/big: page 600/);
  });

  it("ranks a very broad query's newest matches by BM25, then the older ones newest first", () => {
    const index = createSqliteSearchIndex(new Database(":memory:"), { rankWindow: 4 });
    const day = (i: number) => `2025-01-${String(i + 1).padStart(2, "0")}`;
    const docs = Array.from({ length: 10 }, (_, i) =>
      doc(`n${i}`, { date: day(i), title: i === 7 ? "双拥" : "新闻", body: `双拥${"。".repeat(i)}` }),
    );
    index.upsert(docs);
    const all = index.search({ q: "双拥", limit: 10 }).hits.map((h) => h.id);
    expect(all.slice(0, 4).sort()).toEqual(["n6", "n7", "n8", "n9"]);
    expect(all[0]).toBe("n7");
    expect(all.slice(4)).toEqual(["n5", "n4", "n3", "n2", "n1", "n0"]);
    const paged = [0, 3, 6, 9].flatMap((offset) =>
      index.search({ q: "双拥", limit: 3, offset }).hits.map((h) => h.id),
    );
    expect(paged).toEqual(all);
    const exact = createSqliteSearchIndex(new Database(":memory:"), { rankWindow: Number.POSITIVE_INFINITY });
    exact.upsert(docs);
    const scores = exact.search({ q: "双拥", limit: 10 }).hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});
