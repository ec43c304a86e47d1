// Writing the SQLite index: FTS5's settings, set on new and older indexes; deferMerges() and merge(), with which
// a bulk load goes and ends: one segment afterwards, the same answers as before.
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { doc } from "./contract.test-suite.js";
import { createSqliteSearchIndex } from "./index.js";
import { DEFERRED_CRISIS } from "./sqlite-write.js";

const segments = (db: Database.Database): number =>
  db.prepare<[], number>("SELECT count(DISTINCT segid) FROM search_fts_idx").pluck().get() ?? 0;

const setting = (db: Database.Database, name: string): unknown =>
  db.prepare("SELECT v FROM search_fts_config WHERE k = ?").pluck().get(name);

describe("SearchWriter", () => {
  it("merges a bulk load's segments into one and finds the same articles", () => {
    const db = new Database(":memory:");
    const index = createSqliteSearchIndex(db);
    // Each upsert is a transaction of its own, so a segment of its own: 30 of them, of which FTS5's automerge
    // leaves several.
    for (let i = 0; i < 30; i++)
      index.upsert([
        doc(`a${i}`, {
          date: `2025-04-${String(1 + (i % 28)).padStart(2, "0")}`,
          body: `双拥共建第${i}次。`,
        }),
      ]);
    const before = segments(db);
    expect(before).toBeGreaterThan(1);
    const found = (q: string) => index.search({ q, limit: 100 }).hits.map((h) => h.id);
    const queries = ["双拥", "共建", "第1", "拥共建"];
    const answers = queries.map(found);
    expect(index.merge()).toBeGreaterThan(0);
    expect(segments(db)).toBe(1);
    expect(queries.map(found)).toEqual(answers);
    expect(index.merge()).toBe(0);
    expect(answers[0]).toHaveLength(30);
  });

  it("defers FTS5's merging during a bulk load until merge(), which turns it back on", () => {
    // Articles of 6,000 characters drawn from 3,000 ideographs: ~20 leaf pages each, so that FTS5's merging,
    // which works in units of 64 pages written, has work to do within 12 single-article transactions.
    let seed = 7;
    const text = () =>
      Array.from({ length: 6000 }, () => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        return String.fromCharCode(0x4e00 + (seed % 3000));
      }).join("");
    const load = (deferred: boolean) => {
      const db = new Database(":memory:");
      const index = createSqliteSearchIndex(db);
      if (deferred) index.deferMerges();
      for (let i = 0; i < 12; i++) index.upsert([doc(`a${i}`, { body: `双拥${text()}` })]);
      return { db, index };
    };
    expect(segments(load(false).db)).toBeLessThan(12);
    const { db, index } = load(true);
    expect([setting(db, "automerge"), setting(db, "crisismerge")]).toEqual([0, DEFERRED_CRISIS]);
    expect(segments(db)).toBe(12);
    expect(index.merge()).toBeGreaterThan(0);
    expect(segments(db)).toBe(1);
    expect([setting(db, "automerge"), setting(db, "crisismerge")]).toEqual([4, 16]);
    expect(index.search({ q: "双拥", limit: 0 }).total).toBe(12);
  });

  it("turns merging back on when an index left deferred (a load killed before merge) is opened for writing", () => {
    const db = new Database(":memory:");
    createSqliteSearchIndex(db).deferMerges();
    expect([setting(db, "automerge"), setting(db, "crisismerge")]).toEqual([0, DEFERRED_CRISIS]);
    createSqliteSearchIndex(db);
    expect([setting(db, "automerge"), setting(db, "crisismerge")]).toEqual([4, 16]);
  });

  it("refuses to merge inside a transaction, whose rollback would undo the steps", () => {
    const db = new Database(":memory:");
    const index = createSqliteSearchIndex(db);
    index.upsert([doc("a")]);
    expect(db.transaction(() => index.merge())).toThrow(/outside a transaction/);
  });

  it("refuses to defer inside a transaction (writing a setting would cut the batch's segment in two)", () => {
    const db = new Database(":memory:");
    const index = createSqliteSearchIndex(db);
    expect(db.transaction(() => index.deferMerges())).toThrow(/outside a transaction/);
    index.deferMerges();
    index.resumeMerges();
    expect([setting(db, "automerge"), setting(db, "crisismerge")]).toEqual([4, 16]);
  });

  it("gives an index made with FTS5's default settings its own when opened for writing", () => {
    const db = new Database(":memory:");
    createSqliteSearchIndex(db).upsert([doc("a", { body: "双拥" })]);
    expect(setting(db, "hashsize")).toBe(128 * 1024 * 1024);
    // What an index made without the setting holds: FTS5's default, 1 MB.
    db.exec("INSERT INTO search_fts (search_fts, rank) VALUES ('hashsize', 1048576)");
    expect(setting(db, "hashsize")).toBe(1048576);
    const again = createSqliteSearchIndex(db);
    expect(setting(db, "hashsize")).toBe(128 * 1024 * 1024);
    expect(again.search({ q: "双拥" }).total).toBe(1);
  });

  it("sizes FTS5's leaves to the file's pages: 16,000 bytes in 16 KiB pages, FTS5's own in 4 KiB ones", () => {
    const large = new Database(":memory:");
    large.pragma("page_size = 16384");
    createSqliteSearchIndex(large).upsert([doc("a", { body: "双拥" })]);
    expect(setting(large, "pgsz")).toBe(16000);
    const leaves = large
      .prepare<[], number>("SELECT max(length(block)) FROM search_fts_data WHERE id > 10")
      .pluck();
    expect(leaves.get()).toBeLessThanOrEqual(16000);
    const small = new Database(":memory:");
    createSqliteSearchIndex(small).upsert([doc("a", { body: "双拥" })]);
    expect(small.pragma("page_size", { simple: true })).toBe(4096);
    expect(setting(small, "pgsz")).toBeUndefined();
  });
});
