// Total and facets of a query with more matches than the ranking window: listed exactly up to FACET_ROWS
// (one query gives candidates, total and facets), counted beyond, with facets from a sample.
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { doc } from "./contract.test-suite.js";
import { FACET_ROWS } from "./count.js";
import { createSqliteSearchIndex } from "./index.js";

const day = (i: number) => `20${10 + (i % 10)}-0${1 + (i % 9)}-1${i % 10}`;
const docs = (n: number) =>
  Array.from({ length: n }, (_, i) => doc(`d${i}`, { date: day(i), page: 1 + (i % 4), body: "双拥共建" }));
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

  it("counts beyond FACET_ROWS: the total exact, facets from a sample", () => {
    const n = FACET_ROWS + 500;
    const index = createSqliteSearchIndex(new Database(":memory:"), { rankWindow: 4 });
    index.upsert(docs(n));
    const result = index.search({ q: "双拥", limit: 5 });
    expect(result.total).toBe(n);
    expect(result.approximate).toEqual({ total: false, facets: true });
    // The 1-in-8 sample's articles, each counted 8 times.
    const counted = sum(result.facets.page);
    expect(counted).toBeGreaterThan(0);
    expect(counted % 8).toBe(0);
  });
});
