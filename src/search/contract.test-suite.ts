// The contract every SearchIndex implementation must pass (SQLite now, PostgreSQL later): the same ids for
// the same queries as the reference semantics (reference.ts), filters, facets, paging, snippets, and queries
// that must never break anything. Call searchContract(name, factory) from the implementation's test file.
import { describe, expect, it } from "vitest";
import type { SearchDoc, SearchIndex, SearchQuery } from "./contract.js";
import { searchEdgeCases } from "./contract-edges.test-suite.js";
import { searchProperties } from "./contract-properties.test-suite.js";

/** A made-up article (never corpus text): defaults for everything but what a case is about. */
export function doc(id: string, fields: Partial<SearchDoc> = {}): SearchDoc {
  return {
    id,
    paper: "lcrb",
    date: "2025-04-24",
    page: 1,
    kind: "article",
    title: "标题",
    headline: "标题",
    body: "正文。",
    authors: [],
    ...fields,
  };
}

export type Factory = () => SearchIndex;

export function indexOf(factory: Factory, docs: readonly SearchDoc[]): SearchIndex {
  const index = factory();
  index.upsert(docs);
  return index;
}

/** Ids of all hits, sorted: for set comparisons that do not depend on ranking. */
export function ids(index: SearchIndex, query: string | SearchQuery): string[] {
  const q: SearchQuery = typeof query === "string" ? { q: query, limit: 1000 } : { limit: 1000, ...query };
  return index
    .search(q)
    .hits.map((h) => h.id)
    .sort();
}

export function searchContract(name: string, factory: Factory): void {
  describe(`SearchIndex contract: ${name}`, () => {
    const news = [
      doc("a", {
        title: "双拥共建谱新篇",
        headline: "双拥共建谱新篇",
        body: "临沧市开展双拥模范城创建活动。",
      }),
      doc("b", {
        title: "春耕正当时",
        headline: "春耕正当时",
        body: "农民在田间忙碌，拥军优属工作扎实推进。",
      }),
      doc("c", {
        title: "金融支持实体经济",
        headline: "金融支持实体经济",
        body: "知识产权质押融资规模扩大。",
      }),
      doc("d", { title: "知识讲座", headline: "知识讲座", body: "讲座介绍了产权制度与质押登记的办法。" }),
    ];

    it("finds a word in the body or the headline, and nothing for what no article holds", () => {
      const index = indexOf(factory, news);
      expect(ids(index, "双拥")).toEqual(["a"]);
      expect(ids(index, "春耕")).toEqual(["b"]);
      expect(ids(index, "拥军优属")).toEqual(["b"]);
      expect(ids(index, "航天飞行")).toEqual([]);
    });

    it("matches an unquoted term as a contiguous string; spaces separate terms that must all occur", () => {
      const index = indexOf(factory, news);
      expect(ids(index, "知识产权质押")).toEqual(["c"]);
      expect(ids(index, "知识 质押")).toEqual(["c", "d"]);
      expect(ids(index, "知识 AND 质押")).toEqual(["c", "d"]);
      expect(ids(index, '"知识 质押"')).toEqual([]);
    });

    it("OR binds tighter than AND; -term and NOT term exclude", () => {
      const index = indexOf(factory, news);
      expect(ids(index, "双拥 OR 春耕")).toEqual(["a", "b"]);
      expect(ids(index, "质押 知识产权 OR 讲座")).toEqual(["c", "d"]);
      expect(ids(index, "质押 -讲座")).toEqual(["c"]);
      expect(ids(index, "质押 NOT 讲座")).toEqual(["c"]);
      expect(ids(index, "(双拥 OR 春耕) -田间")).toEqual(["a"]);
      expect(ids(index, "-双拥")).toEqual([]);
    });

    it("folds traditional to simplified both ways, in text and in queries", () => {
      const index = indexOf(factory, [
        doc("t", { body: "本报记者冯欽然报道：臺灣同胞參觀展覽。" }),
        doc("s", { body: "本报记者冯钦然报道：台湾同胞参观展览。" }),
      ]);
      expect(ids(index, "冯钦然")).toEqual(["s", "t"]);
      expect(ids(index, "馮欽然")).toEqual(["s", "t"]);
      expect(ids(index, "參觀展覽")).toEqual(["s", "t"]);
    });

    it("folds full-width to half-width and upper to lower case", () => {
      const index = indexOf(factory, [
        doc("w", { body: "型号ＡＢＣ１２３已上市" }),
        doc("n", { body: "型号abc123已上市" }),
      ]);
      for (const q of ["ABC123", "ａｂｃ１２３", "abc123", "ＡＢＣ１２３"])
        expect(ids(index, q)).toEqual(["n", "w"]);
    });

    it("filters by paper, date range, page, kind and author", () => {
      const index = indexOf(factory, [
        doc("p1", { paper: "lcrb", date: "2024-12-31", page: 1, authors: ["邹辉"], body: "双拥活动" }),
        doc("p2", {
          paper: "lcrb",
          date: "2025-01-01",
          page: 2,
          kind: "photo",
          authors: ["朱　真"],
          body: "双拥",
        }),
        doc("p3", {
          paper: "rmrb",
          date: "2025-06-30",
          page: 1,
          kind: "notice",
          authors: ["馮欽然"],
          body: "双拥",
        }),
      ]);
      expect(ids(index, { q: "双拥", paper: "lcrb" })).toEqual(["p1", "p2"]);
      expect(ids(index, { q: "双拥", paper: "nosuch" })).toEqual([]);
      expect(ids(index, { q: "双拥", from: "2025-01-01", to: "2025-12-31" })).toEqual(["p2", "p3"]);
      expect(ids(index, { q: "双拥", from: "2025", to: "2025-01" })).toEqual(["p2"]);
      expect(ids(index, { q: "双拥", to: "2024" })).toEqual(["p1"]);
      expect(ids(index, { q: "双拥", page: 1 })).toEqual(["p1", "p3"]);
      expect(ids(index, { q: "双拥", kind: "photo" })).toEqual(["p2"]);
      expect(ids(index, { q: "双拥", author: "邹辉" })).toEqual(["p1"]);
      expect(ids(index, { q: "双拥", author: "朱真" })).toEqual(["p2"]);
      expect(ids(index, { q: "双拥", author: "冯钦然" })).toEqual(["p3"]);
      expect(ids(index, { q: "双拥", author: "邹" })).toEqual([]);
    });

    it("counts facets over every match, not only the page of hits", () => {
      const index = indexOf(factory, [
        doc("f1", { paper: "lcrb", date: "2024-03-01", page: 1, body: "双拥" }),
        doc("f2", { paper: "lcrb", date: "2025-03-01", page: 2, body: "双拥" }),
        doc("f3", { paper: "rmrb", date: "2025-04-01", page: 1, body: "双拥" }),
        doc("f4", { paper: "rmrb", date: "2025-04-01", page: 3, body: "春耕" }),
      ]);
      const result = index.search({ q: "双拥", limit: 1 });
      expect(result.total).toBe(3);
      expect(result.hits).toHaveLength(1);
      expect(result.facets).toEqual({
        paper: { lcrb: 2, rmrb: 1 },
        year: { "2024": 1, "2025": 2 },
        page: { "1": 2, "2": 1 },
      });
    });

    it("pages through every match once: limit and offset", () => {
      const docs = Array.from({ length: 25 }, (_, i) =>
        doc(`g${String(i).padStart(2, "0")}`, { body: `第${i}期双拥简报` }),
      );
      const index = indexOf(factory, docs);
      const seen: string[] = [];
      for (let offset = 0; offset < 30; offset += 10) {
        const page = index.search({ q: "双拥", limit: 10, offset });
        expect(page.total).toBe(25);
        seen.push(...page.hits.map((h) => h.id));
      }
      expect(seen.sort()).toEqual(docs.map((d) => d.id));
      expect(index.search({ q: "双拥" }).hits).toHaveLength(20);
      expect(index.search({ q: "双拥", limit: 0 }).hits).toEqual([]);
    });

    it("ranks a headline match above a body-only match", () => {
      const index = indexOf(factory, [
        doc("body", { title: "春耕", headline: "春耕", body: "双拥工作会议在本地召开，会议总结了经验。" }),
        doc("head", { title: "双拥工作会议召开", headline: "双拥工作会议召开", body: "会议总结了经验。" }),
      ]);
      const hits = index.search({ q: "双拥" }).hits;
      expect(hits.map((h) => h.id)).toEqual(["head", "body"]);
      expect(hits[0]?.score).toBeGreaterThan(hits[1]?.score ?? Number.POSITIVE_INFINITY);
    });

    it("returns the hit fields, with «» around the matches in the snippet", () => {
      const index = indexOf(factory, [
        doc("lcrb-2025-04-24-a-p01-a04", {
          title: "拥军优属",
          kind: "notice",
          body: "本报记者冯欽然报道：双拥工作扎实。",
        }),
      ]);
      const [hit] = index.search({ q: "冯钦然 双拥" }).hits;
      expect(hit).toMatchObject({
        id: "lcrb-2025-04-24-a-p01-a04",
        paper: "lcrb",
        date: "2025-04-24",
        page: 1,
      });
      expect(hit).toMatchObject({ kind: "notice", title: "拥军优属" });
      expect(hit?.snippet).toBe("本报记者«冯欽然»报道：«双拥»工作扎实。");
    });

    searchEdgeCases(factory);
    searchProperties(factory);
  });
}
