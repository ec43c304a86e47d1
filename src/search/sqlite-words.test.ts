// The archive's user words: learned from the articles indexed (bylines' names, datelines' places), kept in
// search_word, cut whole in headlines, shared with every connection.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { doc } from "./contract.test-suite.js";
import { createSqliteSearchIndex } from "./index.js";
import { wordToken } from "./tokens.js";

// Names from the sample page's bylines: jieba's dictionary cuts each into single characters (冯|钦|然).
const NAME = "冯欽然";
const FOLDED = "冯钦然";

/** Articles whose headline words, as indexed, hold `word` whole. */
function headlineWordCount(db: Database.Database, word: string): number {
  const row = db
    .prepare("SELECT count(*) AS n FROM search_fts WHERE search_fts MATCH ?")
    .get(`"${wordToken(word)}"`);
  return (row as { n: number }).n;
}

describe("the SQLite index's user words", () => {
  const dir = mkdtempSync(join(tmpdir(), "banmian-words-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps a byline's name and a dateline's place whole among the headline's words, and remembers them", () => {
    const path = join(dir, "learn.db");
    const db = new Database(path);
    const index = createSqliteSearchIndex(db);
    expect(index.userWords()).toEqual([]);
    index.upsert([
      doc("a", { title: `${NAME}说小河`, headline: `${NAME}说小河`, authors: [NAME], places: ["聊城"] }),
      doc("b", { title: "聊城春耕忙", headline: "聊城春耕忙", authors: ["本报记者"] }),
    ]);
    expect(index.userWords()).toEqual([FOLDED, "聊城"]);
    expect(headlineWordCount(db, FOLDED)).toBe(1);
    expect(headlineWordCount(db, "聊城")).toBe(1);
    db.close();

    // Another connection reads them in; an article that names the person without a byline is cut the same.
    const again = new Database(path);
    const reopened = createSqliteSearchIndex(again);
    expect(reopened.userWords()).toEqual([FOLDED, "聊城"]);
    reopened.upsert([doc("c", { title: `再访${FOLDED}`, headline: `再访${FOLDED}` })]);
    expect(headlineWordCount(again, FOLDED)).toBe(2);
    expect(reopened.search({ q: FOLDED }).hits.map((h) => h.id)).toEqual(expect.arrayContaining(["a", "c"]));
    again.close();
  });

  it("a reading connection learns the words a writer adds after it opened; a read-only one too", () => {
    const path = join(dir, "share.db");
    const writer = createSqliteSearchIndex(new Database(path));
    writer.upsert([doc("a", { authors: ["邹辉"] })]);
    const reader = createSqliteSearchIndex(new Database(path, { readonly: true }));
    expect(reader.userWords()).toEqual(["邹辉"]);
    writer.upsert([doc("b", { authors: ["朱真"], places: ["东阿"] })]);
    expect(reader.userWords()).toEqual(["邹辉", "朱真", "东阿"]);
  });

  it("saves a word whose first write rolled back when a later write brings it again", () => {
    const db = new Database(":memory:");
    const index = createSqliteSearchIndex(db);
    const fail = db.transaction(() => {
      index.upsert([doc("a", { authors: ["李长萍"] })]);
      throw new Error("ingest failed");
    });
    expect(fail).toThrow("ingest failed");
    expect(db.prepare("SELECT count(*) AS n FROM search_word").get()).toEqual({ n: 0 });
    index.upsert([doc("a", { authors: ["李长萍"] }), doc("b", { authors: ["孙文辉"] })]);
    expect(db.prepare("SELECT word FROM search_word ORDER BY word").pluck().all()).toEqual([
      "孙文辉",
      "李长萍",
    ]);
  });

  it("cuts a write with the words another connection added since this one opened", () => {
    const path = join(dir, "two.db");
    const first = createSqliteSearchIndex(new Database(path));
    const db = new Database(path);
    const second = createSqliteSearchIndex(db);
    first.upsert([doc("a", { authors: [NAME] })]);
    second.upsert([doc("b", { title: `再访${FOLDED}`, headline: `再访${FOLDED}` })]);
    expect(headlineWordCount(db, FOLDED)).toBe(1);
  });

  it("reads the words in once the table is there, on a read-only connection opened before it was", () => {
    const path = join(dir, "late.db");
    const db = new Database(path);
    createSqliteSearchIndex(db).upsert([doc("a", { body: "双拥" })]);
    db.exec("DROP TABLE search_word");
    const reader = createSqliteSearchIndex(new Database(path, { readonly: true }));
    expect(reader.userWords()).toEqual([]);
    createSqliteSearchIndex(db).upsert([doc("b", { authors: ["邹辉"] })]);
    expect(reader.userWords()).toEqual(["邹辉"]);
  });

  it("has no user words on a read-only index made before them (no search_word table)", () => {
    const path = join(dir, "old.db");
    const db = new Database(path);
    createSqliteSearchIndex(db).upsert([doc("a", { body: "双拥", authors: ["邹辉"] })]);
    db.exec("DROP TABLE search_word");
    db.close();
    const old = createSqliteSearchIndex(new Database(path, { readonly: true }));
    expect(old.userWords()).toEqual([]);
    expect(old.search({ q: "双拥" }).total).toBe(1);
  });
});
