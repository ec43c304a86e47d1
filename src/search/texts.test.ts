// An index whose article texts live in the archive (texts.ts): the whole contract again, search_doc without a
// second copy of each body, the texts read back for checks and snippets, and never opened without them.
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import type { SearchDoc, SearchIndex } from "./contract.js";
import { doc, searchContract } from "./contract.test-suite.js";
import { createSqliteSearchIndex } from "./index.js";

/** An index over `db` with texts from a map that its upserts fill, as the archive's articles table would be. */
function withTexts(db: Database.Database, texts = new Map<string, string>()): SearchIndex {
  const index = createSqliteSearchIndex(db, { texts: (id) => texts.get(id) });
  return {
    ...index,
    upsert: (docs: readonly SearchDoc[]) => {
      for (const d of docs) texts.set(d.id, d.body);
      index.upsert(docs);
    },
  };
}

searchContract("SQLite, texts in the archive", () => withTexts(new Database(":memory:")));

const bodies = (db: Database.Database): string[] =>
  db.prepare<[], string>("SELECT body FROM search_doc ORDER BY id").pluck().all();

describe("an index with the archive's texts", () => {
  it("keeps no body in search_doc, and reads the archive's for checks and snippets", () => {
    const db = new Database(":memory:");
    const texts = new Map<string, string>();
    const index = withTexts(db, texts);
    index.upsert([
      doc("a", { body: "聊城市召开知识产权质押融资推进会" }),
      doc("b", { body: "知识和产权是两回事" }),
    ]);
    expect(bodies(db)).toEqual(["", ""]);
    // 知识产权 matches on its covering bigrams 知识 and 产权: b is a candidate its text rules out.
    const found = index.search({ q: "知识产权" });
    expect(found.hits.map((h) => h.id)).toEqual(["a"]);
    expect(found.hits[0]?.snippet).toContain("质押融资");
    // The check reads the archive's text, not a copy: a text that no longer says so is no match.
    texts.set("a", "聊城市召开推进会");
    expect(
      createSqliteSearchIndex(db, { texts: (id) => texts.get(id) }).search({ q: "知识产权" }).total,
    ).toBe(0);
  });

  it("takes an article missing from the archive (replaced meanwhile) as one without text", () => {
    const db = new Database(":memory:");
    const texts = new Map<string, string>();
    withTexts(db, texts).upsert([doc("a", { title: "推进会", body: "知识产权质押" })]);
    texts.clear();
    const index = createSqliteSearchIndex(db, { texts: (id) => texts.get(id) });
    const hit = index.search({ q: "推进会" }).hits[0];
    expect(hit?.id).toBe("a");
    expect(hit?.snippet).toBe("");
  });

  it("is never opened without the texts", () => {
    const db = new Database(":memory:");
    withTexts(db).upsert([doc("a", { body: "双拥" })]);
    expect(() => createSqliteSearchIndex(db)).toThrow(/keeps its article texts in the archive/);
  });

  it("reads an index of schema 2 (every body kept) as it is, and marks it 3", () => {
    const db = new Database(":memory:");
    createSqliteSearchIndex(db).upsert([doc("old", { body: "知识产权质押" })]);
    db.prepare("UPDATE search_meta SET value = '2' WHERE key = 'version'").run();
    const asked: string[] = [];
    const index = createSqliteSearchIndex(db, {
      texts: (id) => {
        asked.push(id);
        return undefined;
      },
    });
    expect(db.prepare("SELECT value FROM search_meta WHERE key = 'version'").pluck().get()).toBe("3");
    expect(index.search({ q: "知识产权" }).hits.map((h) => h.id)).toEqual(["old"]);
    index.upsert([doc("new", { body: "知识产权保护" })]);
    expect(index.search({ q: "知识产权" }).total).toBe(1);
    expect(asked).toEqual(["new"]);
    expect(bodies(db)).toEqual(["", "知识产权质押"]);
  });
});
