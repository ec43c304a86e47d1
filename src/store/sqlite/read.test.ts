// Reading an issue in a few queries (pages with their versions, then every page's listing): the listing lands
// on the right page in reading order, the input size comes through migration 5's index, and a page without
// its current version is reported as damage rather than left out.
import { afterEach, describe, expect, it } from "vitest";
import { linkIssue } from "../../link/index.js";
import { FERRY, issueOf, PARK, PARK_TAIL, pageInput, STREET } from "../contract.test-suite.js";
import { readIssue } from "./read.js";
import { openSqliteStore, type SqliteArchiveStore } from "./store.js";

const ISSUE = "lcrb-2025-04-24-a";
let store: SqliteArchiveStore | null = null;

async function stored(): Promise<SqliteArchiveStore> {
  const opened = openSqliteStore(":memory:");
  if (!opened.ok) throw new Error(opened.error);
  store = opened.store;
  await store.ingestIssue(issueOf(pageInput(1, [PARK, FERRY]), pageInput(2, [PARK_TAIL, STREET])), linkIssue);
  return store;
}

afterEach(async () => {
  await store?.close();
  store = null;
});

describe("readIssue", () => {
  it("lists each page's articles on that page, in position order, with the page's current input", async () => {
    const { db } = await stored();
    const issue = readIssue(db, ISSUE);
    expect(issue?.pages.map((p) => [p.page, p.articles.map((a) => a.title)])).toEqual([
      [1, [PARK.title, FERRY.title]],
      [2, [PARK_TAIL.title, STREET.title]],
    ]);
    const sizes = db.prepare<[], number>("SELECT size FROM raw_inputs ORDER BY size").pluck().all();
    expect(issue?.pages.map((p) => p.current.size).sort((a, b) => a - b)).toEqual(sizes);
    expect(issue?.pages.every((p) => p.current.version === 1)).toBe(true);
  });

  it("reads the input size from the covering index, not the row beside the bytes", async () => {
    const { db } = await stored();
    const plan = db
      .prepare<[], { detail: string }>(
        "EXPLAIN QUERY PLAN SELECT size FROM raw_inputs INDEXED BY raw_inputs_size WHERE sha256 = 'x'",
      )
      .all();
    expect(plan.map((r) => r.detail).join(" ")).toContain("COVERING INDEX raw_inputs_size");
  });

  it("reports a page whose current version is missing as damage", async () => {
    const { db } = await stored();
    db.pragma("foreign_keys = OFF");
    db.prepare("UPDATE pages SET version = 9 WHERE page = 2").run();
    expect(() => readIssue(db, ISSUE)).toThrow(
      /archive damaged: page lcrb-2025-04-24-a-p02 has no current version/,
    );
  });

  it("is null for an issue that is not there", async () => {
    const { db } = await stored();
    expect(readIssue(db, "lcrb-1999-01-01-a")).toBeNull();
  });
});
