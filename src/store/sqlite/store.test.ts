// The SQLite archive: the store contract, plus what is SQLite's own: the file (WAL, schema version,
// foreign keys, integrity), read-only opening, and the search index kept in the same transaction.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { linkIssue } from "../../link/index.js";
import type { SearchDoc, SearchIndex } from "../../search/contract.js";
import { cutWords, segmenter, UserWords } from "../../search/words.js";
import {
  archiveStoreContract,
  FERRY,
  issueOf,
  PARK,
  PARK_TAIL,
  pageInput,
  STREET,
} from "../contract.test-suite.js";
import { packIssue, readyIssue, storedArticles, unpackIssue } from "../ready.js";
import type { PageInput } from "../types.js";
import { MIGRATIONS, SCHEMA_VERSION } from "./migrations/index.js";
import { PAGE_BYTES } from "./open.js";
import { openSqliteStore, type SqliteArchiveStore } from "./store.js";
import { archiveSearchIndex } from "./texts.js";

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
  open(freshPath(), { search: archiveSearchIndex }),
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

  it("makes a new file with 16 KiB pages and leaves an older archive's 4 KiB pages as they are", async () => {
    const fresh = open(freshPath(), { search: archiveSearchIndex });
    await fresh.ingestIssue(issueOf(pageInput(1, [PARK])), linkIssue);
    const leaf = (db: Database.Database) =>
      db.prepare("SELECT v FROM search_fts_config WHERE k = 'pgsz'").pluck().get();
    expect(fresh.db.pragma("page_size", { simple: true })).toBe(PAGE_BYTES);
    expect(leaf(fresh.db)).toBe(16000);
    await fresh.close();
    const path = freshPath();
    const older = new Database(path);
    older.pragma("journal_mode = WAL");
    older.exec("CREATE TABLE made_before (x)");
    older.close();
    const store = open(path, { search: archiveSearchIndex });
    await store.ingestIssue(issueOf(pageInput(1, [PARK])), linkIssue);
    expect(store.db.pragma("page_size", { simple: true })).toBe(4096);
    expect(store.db.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(leaf(store.db)).toBeUndefined();
    await store.close();
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
    const store = open(freshPath(), { search: archiveSearchIndex });
    await store.ingestIssue(issueOf(pageInput(1, [PARK])), linkIssue);
    const index = archiveSearchIndex(store.db);
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

describe("SQLite archive given issues made ready ahead (readyIssue, as banmian ingest's threads make them)", () => {
  // As issue-input.ts cuts: the issue's own user words kept whole (the archive has none yet).
  const cutWith = (own: readonly string[]) => {
    const words = new UserWords(own);
    return (folded: string) => cutWords(segmenter(), folded, words);
  };
  const pages = () => [pageInput(1, [PARK, FERRY]), pageInput(2, [STREET, PARK_TAIL])];
  const ids = [1, 2].flatMap((p) => [1, 2].map((a) => `lcrb-2025-04-24-a-p0${p}-a0${a}`));

  it("stores what it would have made itself: articles, links, messages, search documents", async () => {
    const now = () => new Date("2025-04-24T06:00:00Z");
    const plain = open(freshPath(), { search: archiveSearchIndex, now });
    const ready = open(freshPath(), { search: archiveSearchIndex, now });
    await plain.ingestIssue(issueOf(...pages()), linkIssue);
    const input = readyIssue(issueOf(...pages()), linkIssue, cutWith);
    expect(input.pages.every((p) => p.ready !== undefined)).toBe(true);
    expect(input.links?.links).toHaveLength(1);
    await ready.ingestIssue(input, linkIssue);
    for (const id of ids) expect(await ready.getArticle(id)).toEqual(await plain.getArticle(id));
    expect(await ready.getIssue("lcrb-2025-04-24-a")).toEqual(await plain.getIssue("lcrb-2025-04-24-a"));
    const rows = (s: SqliteArchiveStore) => s.db.prepare("SELECT * FROM search_doc ORDER BY doc").all();
    expect(rows(ready)).toEqual(rows(plain));
    const search = (s: SqliteArchiveStore) => archiveSearchIndex(s.db).search({ q: "公园" });
    expect(search(ready)).toEqual(search(plain));
    await Promise.all([plain.close(), ready.close()]);
  });

  it("takes the links given for an issue it held nothing of, and links anew over all pages when it held some", async () => {
    const marked = (pages: Parameters<typeof linkIssue>[0]) => {
      const links = linkIssue(pages);
      const [first] = pages[0]?.articles ?? [];
      return {
        ...links,
        messages: [
          ...links.messages,
          { level: "info" as const, rule: "test/given", message: "made ahead", article: first?.id ?? "" },
        ],
      };
    };
    const rules = async (s: SqliteArchiveStore) =>
      (await s.getArticle(ids[0] as string))?.messages.map((m) => m.rule);
    const fresh = open(freshPath(), { search: archiveSearchIndex });
    await fresh.ingestIssue(readyIssue(issueOf(...pages()), marked, cutWith), linkIssue);
    expect(await rules(fresh)).toEqual(["test/given"]);
    // Page 2 is in the archive already: links made over page 1 alone would miss the jump to it.
    const held = open(freshPath(), { search: archiveSearchIndex });
    await held.ingestIssue(issueOf(pageInput(2, [STREET, PARK_TAIL])), linkIssue);
    const [one] = pages();
    const ahead = readyIssue(issueOf(one as PageInput), marked, cutWith);
    expect(ahead.links?.messages.map((m) => m.rule)).toContain("link/jump-target-missing");
    await held.ingestIssue(ahead, linkIssue);
    expect(await rules(held)).toEqual([]);
    expect((await held.getArticle(ids[0] as string))?.links.map((l) => l.to)).toEqual([ids[3]]);
    await Promise.all([fresh.close(), held.close()]);
  });

  it("stores the same from an issue packed as the reading threads send it (long texts as UTF-8 bytes), as TEXT", async () => {
    const now = () => new Date("2025-04-24T06:00:00Z");
    const plain = open(freshPath(), { search: archiveSearchIndex, now });
    const packed = open(freshPath(), { search: archiveSearchIndex, now });
    await plain.ingestIssue(issueOf(...pages()), linkIssue);
    const sent = packIssue(readyIssue(issueOf(...pages()), linkIssue, cutWith));
    const ready = sent.pages[0]?.ready;
    expect(ready?.data[0]).toBeInstanceOf(Uint8Array);
    expect(ready?.search[0]?.tokens).toBeInstanceOf(Uint8Array);
    expect(ready?.search[0]?.doc.body).toBeInstanceOf(Uint8Array);
    expect(sent.pages[0]?.parsed.articles).toBeUndefined();
    const input = unpackIssue(sent);
    // The writer stores a ready page from its JSON and columns, never its parsed articles.
    for (const p of input.pages)
      Object.defineProperty(p.parsed, "articles", {
        get: () => {
          throw new Error("parsed articles read");
        },
      });
    await packed.ingestIssue(input, linkIssue);
    for (const id of ids) expect(await packed.getArticle(id)).toEqual(await plain.getArticle(id));
    const rows = (s: SqliteArchiveStore) => s.db.prepare("SELECT * FROM search_doc ORDER BY doc").all();
    expect(rows(packed)).toEqual(rows(plain));
    const types = (s: SqliteArchiveStore) =>
      s.db
        .prepare(
          `SELECT DISTINCT typeof(data) FROM articles UNION
           SELECT DISTINCT typeof(title) || typeof(headline) || typeof(body) FROM search_doc`,
        )
        .pluck()
        .all();
    expect(types(packed)).toEqual(["text", "texttexttext"]);
    const search = (s: SqliteArchiveStore, q: string) => archiveSearchIndex(s.db).search({ q });
    for (const q of ["公园", "渡口 OR 老街", "-公园 老街"])
      expect(search(packed, q)).toEqual(search(plain, q));
    expect(search(packed, "公园").total).toBeGreaterThan(0);
    await Promise.all([plain.close(), packed.close()]);
  });

  it("stores a lone surrogate and an astral character alike whether the page came packed or not", async () => {
    // Made up: a PDF text layer can cut a surrogate pair; 𠀀 (U+20000) is one character of two units.
    const odd = { ...STREET, title: "老街\ud800新颜", paragraphs: ["青石板路𠀀恢复旧貌\udc00。"] };
    const plain = open(freshPath(), { search: archiveSearchIndex });
    const packed = open(freshPath(), { search: archiveSearchIndex });
    await plain.ingestIssue(issueOf(pageInput(1, [odd])), linkIssue);
    await packed.ingestIssue(
      unpackIssue(packIssue(readyIssue(issueOf(pageInput(1, [odd])), linkIssue, cutWith))),
      linkIssue,
    );
    const rows = (s: SqliteArchiveStore) =>
      s.db
        .prepare("SELECT hex(title), hex(body), hash FROM search_doc ORDER BY doc")
        .raw()
        .all() as unknown[][];
    expect(rows(packed)).toEqual(rows(plain));
    expect(String(rows(plain)[0]?.[0])).toContain("EFBFBD"); // U+FFFD, valid UTF-8
    const search = (s: SqliteArchiveStore, q: string) => archiveSearchIndex(s.db).search({ q });
    for (const q of ["石板路𠀀恢", "新颜"]) {
      expect(search(packed, q)).toEqual(search(plain, q));
      expect(search(plain, q).total).toBe(1);
    }
    // The text read back from the archive for a snippet is the one the index was made from: U+FFFD.
    const snippet = search(plain, "石板路𠀀恢").hits[0]?.snippet ?? "";
    expect(snippet.isWellFormed()).toBe(true);
    expect(snippet).toContain("复旧貌\uFFFD");
    await Promise.all([plain.close(), packed.close()]);
  });

  it("indexes the last of an issue given twice in one call, ready or not (store order)", async () => {
    const store = open(freshPath(), { search: archiveSearchIndex });
    const first = issueOf(pageInput(1, [PARK]));
    const second = unpackIssue(packIssue(readyIssue(issueOf(pageInput(1, [STREET])), null, cutWith)));
    await store.ingestIssues([first, second], linkIssue);
    const titles = (table: string) => store.db.prepare(`SELECT title FROM ${table}`).pluck().all();
    expect(titles("search_doc")).toEqual(["东关老街焕新颜"]);
    expect(titles("search_doc")).toEqual(titles("articles"));
    await store.close();
  });

  it("decodes a packed page's parsed articles from their JSON when asked for, as stored", () => {
    const original = issueOf(...pages());
    const input = unpackIssue(packIssue(readyIssue(original, linkIssue, cutWith)));
    const stored = original.pages.map((p) => ({ ...p.parsed, articles: storedArticles(original, p) }));
    expect(input.pages.map((p) => p.parsed)).toEqual(stored);
    expect(input.pages[0]?.parsed.articles[0]?.paragraphs.length).toBeGreaterThan(0);
  });

  it("gives an index without upsertPrepared a packed page's documents as plain SearchDocs", async () => {
    const given: SearchDoc[] = [];
    const recording = (): SearchIndex => ({
      upsert: (docs) => given.push(...docs),
      remove() {},
      search: () => ({ total: 0, hits: [], facets: { paper: {}, year: {}, page: {} } }),
    });
    const plain: SearchDoc[] = [];
    const store = open(freshPath(), { search: recording });
    await store.ingestIssue(
      unpackIssue(packIssue(readyIssue(issueOf(...pages()), linkIssue, cutWith))),
      linkIssue,
    );
    const other = open(freshPath(), {
      search: () => ({ ...recording(), upsert: (docs) => plain.push(...docs) }),
    });
    await other.ingestIssue(issueOf(...pages()), linkIssue);
    expect(given).toHaveLength(4);
    expect(given).toEqual(plain);
    await Promise.all([store.close(), other.close()]);
  });

  it("makes a page ready only when the index can hold its articles, and stores it either way", async () => {
    const odd = { ...issueOf(pageInput(1, [PARK])), date: "1849-12-31" };
    const input = readyIssue(odd, linkIssue, cutWith);
    expect(input.pages[0]?.ready).toBeUndefined();
    const store = open(freshPath(), { search: archiveSearchIndex });
    await expect(store.ingestIssue(input, linkIssue)).rejects.toThrow(/1849-12-31/u);
    await store.close();
  });
});
