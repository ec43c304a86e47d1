// Total and facets of a query with more matches than the ranking window: listed exactly up to FACET_ROWS
// (one query gives candidates, total and facets), then up to EXACT_TOTAL; estimated beyond from a sample.
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { doc } from "./contract.test-suite.js";
import { EXACT_TOTAL, FACET_ROWS } from "./count.js";
import { createSqliteSearchIndex } from "./index.js";
import { EXACT_CHECKS } from "./sqlite-search.js";

const day = (i: number) => `20${10 + (i % 10)}-0${1 + (i % 9)}-1${i % 10}`;
const docs = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    doc(`d${i}`, { date: day(i), page: 1 + (i % 4), body: `双拥共建第${i}次` }),
  );
const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

describe("SQLite search: total and facets past the ranking window", () => {
  it("lists every match up to FACET_ROWS: total and facets exact, the window ranked", () => {
    const index = createSqliteSearchIndex(new Database(":memory:"), { rankWindow: 4 });
    index.upsert(docs(40));
    const result = index.search({ q: "双拥", limit: 40 });
    expect(result.total).toBe(40);
    expect(result.approximate).toBeUndefined();
    expect(sum(result.facets.page)).toBe(40);
    expect(result.facets.page).toEqual({ 1: 10, 2: 10, 3: 10, 4: 10 });
    expect(sum(result.facets.year)).toBe(40);
    expect(result.hits).toHaveLength(40);
  });

  it("lists every match past FACET_ROWS up to EXACT_TOTAL too: total and facets exact", () => {
    const n = FACET_ROWS + 500;
    const index = createSqliteSearchIndex(new Database(":memory:"), { rankWindow: 4 });
    index.upsert(docs(n));
    const result = index.search({ q: "双拥", limit: 5 });
    expect(result.total).toBe(n);
    expect(result.approximate).toBeUndefined();
    expect(result.facets.page).toEqual({ 1: n / 4, 2: n / 4, 3: n / 4, 4: n / 4 });
  });

  it("estimates beyond EXACT_TOTAL from a sample: total near the truth, facets in the sample's steps", () => {
    const n = EXACT_TOTAL * 2;
    const index = createSqliteSearchIndex(new Database(":memory:"), { rankWindow: 4 });
    index.upsert(docs(n));
    const result = index.search({ q: "双拥", limit: 5 });
    expect(result.approximate).toEqual({ total: true, facets: true });
    // The 1-in-8 sample (2,500 expected): a standard error of 2 %.
    expect(Math.abs(result.total - n)).toBeLessThan(n * 0.1);
    expect(result.total % 8).toBe(0);
    expect(sum(result.facets.page)).toBe(result.total);
    expect(result.hits).toHaveLength(5);
    // A narrower query on the same index is exact again.
    const narrow = index.search({ q: "双拥", from: "2010-01-01", to: "2010-12-31", limit: 1 });
    expect(narrow.approximate).toBeUndefined();
    expect(narrow.total).toBe(n / 10);
  });

  it("counts every match when asked for exact counts, inexact queries' candidates checked", () => {
    const n = 16_000; // past EXACT_TOTAL, within EXACT_CHECKS
    expect(n > EXACT_TOTAL && n < EXACT_CHECKS).toBe(true);
    const index = createSqliteSearchIndex(new Database(":memory:"), { rankWindow: 4 });
    index.upsert([...docs(n), doc("near", { date: "2015-01-01", body: "双拥 共建" })]);
    const exact = index.search({ q: "双拥", limit: 5, exact: true });
    expect(exact.total).toBe(n + 1);
    expect(exact.approximate).toBeUndefined();
    expect(sum(exact.facets.page)).toBe(n + 1);
    expect(exact.hits).toHaveLength(5);
    // 双拥共建 is inexact (its bigrams' articles are candidates): "near" holds them all but not the term.
    const estimated = index.search({ q: "双拥共建", limit: 1 });
    expect(estimated.approximate).toEqual({ total: true, facets: true });
    const checked = index.search({ q: "双拥共建", limit: 1, exact: true });
    expect(checked.total).toBe(n);
    expect(checked.approximate).toBeUndefined();
    expect(checked.facets.page).toEqual({ 1: n / 4, 2: n / 4, 3: n / 4, 4: n / 4 });
  });
});
