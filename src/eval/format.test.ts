import { describe, expect, it } from "vitest";
import { emptyArticle, type Page } from "../model/index.js";
import { evaluate } from "./evaluate.js";
import { formatReport } from "./format.js";

const article = {
  ...emptyArticle(),
  title: "小河公园开园",
  paragraphs: ["今天上午，小河公园正式开园，市民纷纷前来游览。"],
};
const spurious = {
  ...emptyArticle(),
  title: "广告",
  paragraphs: ["本店新到一批春季服装，欢迎选购。"],
  continuesOn: 5,
};
const pred: Page = {
  file: "out/a.txt",
  paper: null,
  date: null,
  page: null,
  pageName: null,
  articles: [article, spurious],
  removed: [],
  messages: [],
};
const report = evaluate([{ file: "a.txt", articles: [article] }], [pred]);

describe("formatReport", () => {
  it("prints a fixed-width table of metric, correct/total and score", () => {
    const lines = formatReport(report, "text").split("\n");
    expect(lines[0]).toBe("gold pages: 1 (0 without prediction); predicted pages ignored: 0");
    expect(lines).toContain("metric                  correct/total   score");
    expect(lines).toContain("articles.precision                1/2   0.500");
    expect(lines).toContain("articles.recall                   1/1   1.000");
    expect(lines).toContain("articles.f1                             0.667");
    expect(lines).toContain("body.dice                         n=1   1.000");
    expect(lines).toContain("jumps.precision                   0/1   0.000");
    expect(lines).toContain("jumps.false                                 1");
    expect(lines).toContain("duplicates.recall                 0/0     n/a");
    expect(lines).toContain("pages.perfect                     0/1   0.000");
  });

  it("lists what went wrong per page with --details only", () => {
    expect(formatReport(report, "text")).not.toContain("spurious");
    const text = formatReport(report, "text", { details: true });
    expect(text).toContain("page a.txt: 1/1 articles matched, 2 predicted, imperfect\n  spurious  广告\n");
    expect(text).toContain("  continuesOn (false link) · 广告 (unmatched): gold null | pred 5\n");
  });

  it("writes JSON with the metric table and, with details, the pages", () => {
    const json = JSON.parse(formatReport(report, "json"));
    expect(json.metrics[0]).toEqual({
      name: "articles.precision",
      unit: "ratio",
      score: 0.5,
      correct: 1,
      total: 2,
    });
    expect(json.totals.jumps.falseLinks).toBe(1);
    expect(json.pages).toBeUndefined();
    const detailed = JSON.parse(formatReport(report, "json", { details: true }));
    expect(detailed.pages[0].spurious).toEqual(["广告"]);
  });
});
