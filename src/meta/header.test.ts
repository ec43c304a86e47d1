import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findPageHeader, readHeaderLine } from "./header.js";

describe("readHeaderLine: what a header says", () => {
  it("reads 人民日报's strip, separated by double spaces", () => {
    expect(readHeaderLine("人民日报  2019年2月26日  星期二  第3版")).toEqual({
      paper: "人民日报",
      date: "2019-02-26",
      dateText: "2019年2月26日",
      weekday: "星期二",
      page: 3,
      pageName: null,
    });
  });

  it("reads 聊城日报's strip with a page name after the page", () => {
    expect(readHeaderLine("聊城日报 2025年4月24日 星期四 第1版 要闻")).toMatchObject({
      paper: "聊城日报",
      date: "2025-04-24",
      page: 1,
      pageName: "要闻",
    });
  });

  it("reads a strip without paper name, page name after a colon", () => {
    expect(readHeaderLine("2019年2月26日 星期二 第3版：要闻")).toMatchObject({
      paper: null,
      date: "2019-02-26",
      weekday: "星期二",
      page: 3,
      pageName: "要闻",
    });
  });

  it("reads parts in any order, with bars, tabs, full-width spaces and middle dots", () => {
    const expected = { paper: "人民日报", date: "2019-02-26", page: 3, pageName: "国际" };
    expect(readHeaderLine("第3版 | 国际 | 人民日报 | 2019年2月26日 星期二")).toMatchObject(expected);
    expect(readHeaderLine("人民日报\t2019年2月26日\t星期二\t第3版\t国际")).toMatchObject(expected);
    expect(readHeaderLine("人民日报　2019年2月26日　星期二　第３版　国际")).toMatchObject(expected);
    expect(readHeaderLine("人民日报·2019年2月26日·星期二·第03版·国际")).toMatchObject(expected);
  });

  it("reads Chinese numerals in the date and the page", () => {
    expect(readHeaderLine("光明日报 二〇一九年二月二十六日 星期二 第十二版")).toMatchObject({
      paper: "光明日报",
      date: "2019-02-26",
      dateText: "二〇一九年二月二十六日",
      page: 12,
    });
  });

  it("reads a page name before the page, and keeps a · inside it", () => {
    expect(readHeaderLine("2025年4月24日 星期四 经济·社会 第5版")).toMatchObject({
      pageName: "经济·社会",
      page: 5,
    });
  });

  it("accepts a date with only a weekday, and a date with only a page", () => {
    expect(readHeaderLine("2025年4月24日 星期四")).toMatchObject({
      date: "2025-04-24",
      page: null,
      weekday: "星期四",
    });
    expect(readHeaderLine("2025年4月24日 第2版")).toMatchObject({ page: 2, weekday: null });
  });

  it("ignores masthead clutter: lunar date, page count, issue number", () => {
    expect(readHeaderLine("聊城日报 2025年4月24日 农历三月廿七 星期四 第1版 今日8版")).toMatchObject({
      paper: "聊城日报",
      page: 1,
      pageName: null,
    });
    expect(readHeaderLine("第1版 总第12345期 齐鲁晚报 2025年4月24日")).toMatchObject({
      paper: "齐鲁晚报",
      pageName: null,
    });
  });

  it("recognises a spaced-out masthead and papers the registry does not know", () => {
    expect(readHeaderLine("人 民 日 报 2019年2月26日 星期二 第3版")?.paper).toBe("人民日报");
    expect(readHeaderLine("某某日报 2019年2月26日 星期二 第3版")?.paper).toBe("某某日报");
  });

  it("keeps a header whose date does not exist, with date null and the printed text", () => {
    expect(readHeaderLine("人民日报 2019年2月30日 星期六 第3版")).toMatchObject({
      date: null,
      dateText: "2019年2月30日",
      page: 3,
    });
    expect(readHeaderLine("人民日报 2019年13月1日 第3版")?.date).toBeNull();
  });
});

describe("readHeaderLine: what is not a header", () => {
  it.each([
    ["a dateline", "新华社北京4月23日电（记者 董雪 冯欽然）4月23日上午，国家主席习近平在北京人民大会堂同"],
    ["a body sentence", "4月22日，阳谷县召开全县重点项目推进会议。"],
    ["a dateline with a year", "新华社北京2025年4月23日电 星期三"],
    ["a local-news opening", "本报讯 2025年4月23日 星期三 第3版"],
    ["a jump line", "（下转第7版）"],
    ["a jump line with a date", "（上接2025年4月23日第1版）"],
    ["a date without year", "4月24日 星期四 第1版"],
    ["a date alone", "2025年4月24日"],
    ["a page alone", "第3版 要闻"],
    ["commas", "2025年4月24日，星期四，第1版"],
    ["a table of contents line", "2025年4月24日 第2版 第3版"],
    ["two dates", "2025年4月24日 2025年4月25日 星期四"],
    ["a long line", `2025年4月24日 星期四 第1版 ${"要闻".repeat(25)}`],
    ["a title", "习近平同阿塞拜疆总统阿利耶夫会谈"],
    ["empty", ""],
  ])("rejects %s", (_what, line) => {
    expect(readHeaderLine(line)).toBeNull();
  });
});

describe("findPageHeader", () => {
  it("finds the header past leading blank lines, keeping the exact line", () => {
    const lines = ["", "  ", "  人民日报  2019年2月26日  星期二  第3版  ", "标题", "正文。"];
    expect(findPageHeader(lines)).toMatchObject({
      lineIndex: 2,
      text: "  人民日报  2019年2月26日  星期二  第3版  ",
    });
  });

  it("looks at the first three non-blank lines only", () => {
    const header = "2019年2月26日 星期二 第3版：要闻";
    expect(findPageHeader(["眉题", "", "标题", "副题", header])).toBeNull();
    expect(findPageHeader(["眉题", "", "标题", header])?.lineIndex).toBe(3);
  });

  it("finds nothing on the sample page, which has no header strip", () => {
    const text = readFileSync(
      join(import.meta.dirname, "../../test/fixtures/lcrb-2025-04-24-p01/lcrb-2025-04-24-p01.txt"),
      "utf8",
    );
    expect(findPageHeader(text.split("\n"))).toBeNull();
  });

  it("finds nothing in header-like lines deep in body text", () => {
    const body = ["标题", "4月22日，阳谷县召开会议。", "正文。", "2025年4月24日 星期四 第1版"];
    expect(findPageHeader(body)).toBeNull();
    expect(findPageHeader([])).toBeNull();
  });
});
