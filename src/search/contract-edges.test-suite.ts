// Contract cases at the edges: one-character queries, hostile queries, replacing and removing documents,
// bad filters, snippets of long texts. Part of searchContract (contract.test-suite.ts).
import { expect, it } from "vitest";
import { doc, type Factory, ids, indexOf } from "./contract.test-suite.js";
import { SearchInputError } from "./filters.js";

const HOSTILE = [
  '"',
  '""',
  '"""',
  "*",
  "NEAR(",
  "NEAR(a b, 2)",
  "'; DROP TABLE articles; --",
  "'; DROP TABLE search_doc; --",
  "title:x",
  "h : 双拥",
  "{h b} : 双拥",
  "^",
  "^双拥",
  "双拥*",
  "(((双拥",
  "双拥)))",
  ")(",
  "-",
  "--双拥",
  "OR",
  "AND OR NOT",
  "NOT",
  "😀",
  "\u0000",
  "双\u0000拥",
  "\ud800",
  "双拥".repeat(5000),
  "( ".repeat(300),
  "a OR ".repeat(300),
];

export function searchEdgeCases(factory: Factory): void {
  it("searches headlines only for a one-character term", () => {
    const index = indexOf(factory, [
      doc("head", { title: "春耕", headline: "春耕", body: "田间忙碌。" }),
      doc("body", { title: "农事", headline: "农事", body: "春天到了。" }),
    ]);
    expect(ids(index, "春")).toEqual(["head"]);
    expect(ids(index, '"春"')).toEqual(["head"]);
    expect(ids(index, "春 田间")).toEqual(["head"]);
    expect(ids(index, "春天")).toEqual(["body"]);
  });

  it("never throws on hostile queries, and treats their characters as text", () => {
    const index = indexOf(factory, [
      doc("x", { body: "规则写作title:x，价格*2，指数^3，见(附件)。DROP TABLE是一句SQL。😀😀" }),
      doc("y", { body: "双拥模范城" }),
    ]);
    for (const q of HOSTILE) {
      const result = index.search({ q, limit: 5 });
      expect(result.total).toBeGreaterThanOrEqual(0);
    }
    expect(ids(index, "title:x")).toEqual(["x"]);
    expect(ids(index, "价格*2")).toEqual(["x"]);
    expect(ids(index, "指数^3")).toEqual(["x"]);
    expect(ids(index, '"(附件)"')).toEqual(["x"]);
    expect(ids(index, "😀😀")).toEqual(["x"]);
    expect(ids(index, "DROP TABLE")).toEqual(["x"]);
    expect(ids(index, "'; DROP TABLE search_doc; --")).toEqual([]);
    expect(ids(index, "(((双拥")).toEqual(["y"]);
    expect(ids(index, "--双拥")).toEqual([]); // an exclusion of an exclusion excludes nothing, includes nothing
    expect(ids(index, "双拥")).toEqual(["y"]);
  });

  it("returns nothing for a query with no term to look for", () => {
    const index = indexOf(factory, [doc("a", { body: "双拥" })]);
    for (const q of ["", "   ", "-双拥", "OR", "()", '""'])
      expect(index.search({ q })).toEqual({
        total: 0,
        hits: [],
        facets: { paper: {}, year: {}, page: {} },
      });
  });

  it("replaces a document on upsert and forgets it on remove", () => {
    const index = indexOf(factory, [doc("a", { body: "旧的正文" }), doc("b", { body: "旧的正文" })]);
    index.upsert([doc("a", { body: "新的正文", date: "2020-02-02", page: 5 })]);
    index.upsert([doc("a", { body: "新的正文", date: "2020-02-02", page: 5 })]);
    expect(ids(index, "旧的")).toEqual(["b"]);
    expect(ids(index, "新的")).toEqual(["a"]);
    expect(index.search({ q: "新的" }).facets).toEqual({
      paper: { lcrb: 1 },
      year: { "2020": 1 },
      page: { "5": 1 },
    });
    index.upsert([doc("b", { body: "改过的正文" })]); // same date, paper, page and kind
    expect(ids(index, "旧的")).toEqual([]);
    expect(ids(index, "改过")).toEqual(["b"]);
    index.remove(["b", "nosuch"]);
    expect(ids(index, "正文")).toEqual(["a"]);
    index.remove(["a"]);
    expect(index.search({ q: "正文" }).total).toBe(0);
  });

  it("rejects filter values no search can use, with SearchInputError", () => {
    const index = indexOf(factory, [doc("a", { body: "双拥" })]);
    const bad = [{ from: "2025-13-01" }, { to: "yesterday" }, { limit: -1 }, { offset: 1.5 }, { page: -2 }];
    for (const filters of bad)
      expect(() => index.search({ q: "双拥", ...filters })).toThrow(SearchInputError);
    expect(ids(index, { q: "双拥", from: "1700-01-01", to: "2999-12-31" })).toEqual(["a"]);
  });

  it("cuts a long text around the best match, marks the cuts, and keeps «» for highlights", () => {
    const filler = "这是一段用来填充篇幅的文字。".repeat(20);
    const index = indexOf(factory, [doc("long", { body: `${filler}引号«原有»的双拥活动。${filler}` })]);
    const snippet = index.search({ q: "双拥" }).hits[0]?.snippet ?? "";
    expect(snippet.startsWith("…")).toBe(true);
    expect(snippet.endsWith("…")).toBe(true);
    expect(snippet).toContain("引号‹原有›的«双拥»活动");
    expect(snippet.length).toBeLessThan(120);
    expect(index.search({ q: "春耕 OR 填充" }).hits[0]?.snippet.startsWith("这是一段用来«填充»")).toBe(true);
  });
}
