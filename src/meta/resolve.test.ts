import { describe, expect, it } from "vitest";
import { findPageHeader, type PageHeader } from "./header.js";
import { resolveMeta } from "./resolve.js";

const header = (line: string, lineIndex = 0): PageHeader => {
  const found = findPageHeader([...Array(lineIndex).fill(""), line]);
  if (!found) throw new Error(`not a header: ${line}`);
  return found;
};

describe("resolveMeta", () => {
  it("takes everything from an agreeing file name and header, the page name from the header", () => {
    const r = resolveMeta({
      fileName: "pages/lcrb-2025-04-24-p01.txt",
      header: header("聊城日报 2025年4月24日 星期四 第1版 要闻"),
    });
    expect(r.meta).toEqual({
      paperId: "lcrb",
      paper: "聊城日报",
      date: "2025-04-24",
      page: 1,
      pageName: "要闻",
    });
    expect(r.from).toEqual({
      paperId: "file name",
      paper: "file name",
      date: "file name",
      page: "file name",
      pageName: "header",
    });
    expect(r.messages).toEqual([]);
  });

  it("gives nulls and no messages when nothing is known", () => {
    expect(resolveMeta({})).toEqual({
      meta: { paperId: null, paper: null, date: null, page: null, pageName: null },
      from: { paperId: null, paper: null, date: null, page: null, pageName: null },
      messages: [],
    });
    expect(resolveMeta({ fileName: "notes.txt" }).meta.date).toBeNull();
  });

  it("prefers the file name to the header and warns, pointing at the header line", () => {
    const r = resolveMeta({
      fileName: "rmrb-2019-02-26-p01.txt",
      header: header("人民日报  2019年2月26日  星期二  第3版", 2),
    });
    expect(r.meta.page).toBe(1);
    expect(r.messages).toEqual([
      {
        level: "warning",
        rule: "meta/conflict",
        message: "page: 3 in the header line, 1 in the file name; using 1",
        line: 3,
      },
    ]);
  });

  it("reports a paper conflict once, with name and id", () => {
    const r = resolveMeta({
      fileName: "lcrb-2019-02-26-p03.txt",
      header: header("人民日报  2019年2月26日  星期二  第3版"),
    });
    expect(r.meta).toMatchObject({ paperId: "lcrb", paper: "聊城日报" });
    expect(r.messages).toEqual([
      {
        level: "warning",
        rule: "meta/conflict",
        message:
          "paper: 人民日报 (rmrb) in the header line, 聊城日报 (lcrb) in the file name; using 聊城日报 (lcrb)",
        line: 1,
      },
    ]);
  });

  it("lets flags win, with an info message rather than a warning", () => {
    const r = resolveMeta({
      flags: { paper: "rmrb", date: "2019-02-27", page: 4, pageName: "评论" },
      fileName: "rmrb-2019-02-26-p03.txt",
      header: header("人民日报 2019年2月26日 星期二 第3版 要闻"),
    });
    expect(r.meta).toEqual({
      paperId: "rmrb",
      paper: "人民日报",
      date: "2019-02-27",
      page: 4,
      pageName: "评论",
    });
    expect(r.messages.map((m) => [m.level, m.message])).toEqual([
      ["info", "date: 2019-02-26 in the file name, 2019-02-27 in flags; using 2019-02-27"],
      ["info", "date: 2019-02-26 in the header line, 2019-02-27 in flags; using 2019-02-27"],
      ["info", "page: 3 in the file name, 4 in flags; using 4"],
      ["info", "page: 3 in the header line, 4 in flags; using 4"],
      ["info", "pageName: 要闻 in the header line, 评论 in flags; using 评论"],
    ]);
  });

  it("accepts a paper flag by printed name and fills in the id", () => {
    expect(resolveMeta({ flags: { paper: "经济日报" } }).meta).toMatchObject({
      paperId: "jjrb",
      paper: "经济日报",
    });
    expect(resolveMeta({ flags: { paper: "xyzb" } }).meta).toMatchObject({ paperId: "xyzb", paper: null });
    expect(resolveMeta({ flags: { paper: "某某日报" } }).meta).toMatchObject({
      paperId: null,
      paper: "某某日报",
    });
  });

  it("fills an unknown paper's printed name from the header when the id cannot contradict it", () => {
    const r = resolveMeta({
      fileName: "xyzb-2025-04-24-p02.txt",
      header: header("某某日报 2025年4月24日 星期四 第2版"),
    });
    expect(r.meta).toMatchObject({ paperId: "xyzb", paper: "某某日报" });
    expect(r.from).toMatchObject({ paperId: "file name", paper: "header" });
    expect(r.messages.filter((m) => m.rule === "meta/conflict")).toEqual([]);
  });

  it("treats null flags (pipeline's PageMeta) as not given", () => {
    const r = resolveMeta({
      flags: { paper: null, date: null, page: null, pageName: null },
      fileName: "lcrb-2025-04-24-p01.txt",
    });
    expect(r.meta).toMatchObject({ paper: "聊城日报", page: 1 });
    expect(r.messages).toEqual([]);
  });

  it("reports and drops a bad date or page flag, falling back to the file name", () => {
    const r = resolveMeta({ flags: { date: "2019-13-01", page: 0 }, fileName: "lcrb-2025-04-24-p01.txt" });
    expect(r.meta).toMatchObject({ date: "2025-04-24", page: 1 });
    expect(r.messages).toEqual([
      {
        level: "error",
        rule: "meta/invalid-flag",
        message: "date 2019-13-01 is not a calendar date in YYYY-MM-DD",
      },
      { level: "error", rule: "meta/invalid-flag", message: "page 0 is not a page number (1, 2, …)" },
    ]);
  });

  it("passes on the file name's own complaints", () => {
    const r = resolveMeta({
      fileName: "lcrb-2025-02-30-p01.txt",
      header: header("2025年2月28日 星期五 第1版"),
    });
    expect(r.meta.date).toBe("2025-02-28");
    expect(r.from.date).toBe("header");
    expect(r.messages.map((m) => m.rule)).toEqual(["meta/invalid-date"]);
  });

  it("warns about a header date that does not exist or a weekday that does not fit", () => {
    expect(resolveMeta({ header: header("人民日报 2019年2月30日 星期六 第3版") }).messages).toEqual([
      {
        level: "warning",
        rule: "meta/invalid-date",
        message: "header date 2019年2月30日 is not a calendar date",
        line: 1,
      },
    ]);
    expect(resolveMeta({ header: header("人民日报 2019年2月26日 星期三 第3版") }).messages).toEqual([
      {
        level: "warning",
        rule: "meta/weekday-mismatch",
        message: "header says 2019年2月26日 星期三, but 2019-02-26 is a 星期二",
        line: 1,
      },
    ]);
    expect(resolveMeta({ header: header("2025年4月27日 星期天 第1版") }).messages).toEqual([]);
  });
});
