// The archive's search index keeps no second copy of each article's text (search/texts.ts): an ingest writes
// search_doc's bodies empty, and a search reads the text back from the articles for its checks and snippets.
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import type { Article } from "../model/index.js";
import { createSqliteSearchIndex } from "../search/index.js";
import { archiveSearchIndex, searchBody } from "../store/index.js";
import { run, SAMPLE, tempDir } from "./archive.test-support.js";
import { ingestCommand } from "./ingest.js";

describe("archiveSearchIndex", () => {
  const tmp = tempDir("banmian-archive-db-");
  afterAll(() => tmp.remove());

  it("finds any run of an article's text, which search_doc no longer holds", async () => {
    const file = tmp.put("lcrb-2025-04-24-p01.txt", SAMPLE);
    const db = join(tmp.dir, "a.db");
    expect((await run(ingestCommand, [file, "--db", db], { cwd: tmp.dir })).code).toBe(0);
    const conn = new Database(db);
    try {
      const kept = conn.prepare<[], number>("SELECT count(*) FROM search_doc WHERE body != ''").pluck().get();
      expect(kept).toBe(0);
      const rows = conn.prepare<[], { id: string; data: string }>("SELECT id, data FROM articles").all();
      const index = archiveSearchIndex(conn);
      // Six characters from the middle of each body of some length: a term of 3 or more characters is matched on
      // some of its bigrams, and each candidate is then checked against its text.
      const bodies = rows
        .map((r) => ({ id: r.id, body: searchBody(JSON.parse(r.data) as Article).replace(/\s/g, "") }))
        .filter((b) => b.body.length >= 40);
      expect(bodies.length).toBeGreaterThan(3);
      for (const { id, body } of bodies) {
        const q = body.slice(20, 26);
        const found = index.search({ q: `"${q}"`, limit: 100 });
        expect(
          found.hits.map((h) => h.id),
          q,
        ).toContain(id);
        expect(found.hits.find((h) => h.id === id)?.snippet.replace(/\s/g, ""), q).toContain(q);
      }
      expect(() => createSqliteSearchIndex(conn)).toThrow(/keeps its article texts in the archive/);
    } finally {
      conn.close();
    }
  });
});
