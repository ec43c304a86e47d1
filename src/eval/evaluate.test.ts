import { describe, expect, it } from "vitest";
import { type Article, emptyArticle } from "../model/index.js";
import { basename, evaluate } from "./evaluate.js";
import { pageOf, RIVER, STREET } from "./pages.test-support.js";
import { metrics } from "./scores.js";
import type { GoldPage } from "./types.js";

const art = (title: string, body: string): Article => ({ ...emptyArticle(), title, paragraphs: [body] });

const THREE = art("图书馆夜读", "市图书馆延长开放时间，每晚九点才闭馆，阅览室坐满了人。");
const FOUR = art("天气", "明天白天多云转晴，偏南风三到四级，夜间有零星小雨。");

describe("basename", () => {
  it("takes the last segment of POSIX and Windows paths", () => {
    expect(basename("a/b/p01.txt")).toBe("p01.txt");
    expect(basename("C:\\pages\\p01.txt")).toBe("p01.txt");
    expect(basename("p01.txt")).toBe("p01.txt");
  });
});

describe("evaluate", () => {
  const gold: GoldPage[] = [
    { file: "gold/a.txt", articles: [RIVER] },
    { file: "gold/b.txt", articles: [STREET, THREE, FOUR] },
    { file: "gold/c.txt", articles: [RIVER] },
  ];
  const pred = [
    pageOf("out/a.txt", [RIVER]),
    pageOf("out/b.txt", [art("别的", "完全不同的一篇文章，讲的是另外一件事情。")]),
    pageOf("out/z.txt", [RIVER]),
  ];
  const report = evaluate(gold, pred);

  it("pairs pages by basename and scores a gold page without prediction as missed", () => {
    expect(report.pages.map((p) => [p.file, p.predicted, p.perfect])).toEqual([
      ["a.txt", true, true],
      ["b.txt", true, false],
      ["c.txt", false, false],
    ]);
    expect(report.ignored).toEqual(["z.txt"]);
    expect(report.warnings).toEqual([
      "gold c.txt: no prediction, scored as fully missed",
      "prediction z.txt: no gold page, ignored",
    ]);
  });

  it("micro-averages: totals are summed counts, not a mean of page scores", () => {
    expect(report.totals.articles).toEqual({ matched: 1, gold: 5, predicted: 2 });
    const recall = metrics(report.totals).find((m) => m.name === "articles.recall");
    // Per-page recalls 1, 0, 0 would average to 0.333; over articles it is 1 of 5.
    expect(recall?.score).toBeCloseTo(0.2, 10);
    expect(report.totals.perfect).toEqual({ correct: 1, total: 3 });
  });

  it("warns about and skips a second page with the same basename", () => {
    const twice = evaluate(
      [{ file: "x/a.txt", articles: [RIVER] }],
      [pageOf("1/a.txt", [RIVER]), pageOf("2/a.txt", [])],
    );
    expect(twice.pages[0]?.perfect).toBe(true);
    expect(twice.warnings).toEqual(["prediction 2/a.txt: a second page named a.txt, ignored"]);
  });
});
