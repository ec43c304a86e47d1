import { describe, expect, it } from "vitest";
import { buildLines, despread } from "./lines.js";
import type { GlyphRun } from "./types.js";

const run = (text: string, x: number, y: number, size = 10, extra: Partial<GlyphRun> = {}): GlyphRun => ({
  text,
  x,
  y,
  width: [...text].length * size,
  size,
  font: "f1",
  bold: false,
  ...extra,
});

describe("buildLines", () => {
  it("joins runs on one baseline across a font change, and keeps columns apart", () => {
    const lines = buildLines([
      run("国家主席", 0, 100),
      run("习近平", 40, 100.2), // another font, a hair off the baseline
      run("两国始终", 80 + 15, 100), // a column gap of 1.5 em
    ]);
    expect(lines.map((l) => l.text).sort()).toEqual(["两国始终", "国家主席习近平"]);
  });

  it("keeps two titles side by side apart though the text layer fills the gap between them with a space", () => {
    const lines = buildLines([
      run("高唐新闻", 0, 100, 13.5),
      run(" ", 54, 100, 13.5, { width: 140 }),
      run("临清新闻", 194, 100, 13.5),
    ]);
    expect(lines.map((l) => l.text).sort()).toEqual(["临清新闻", "高唐新闻"]);
  });

  it("reads a space run as a space and a label set small beside its title as part of the line", () => {
    const lines = buildLines([
      run("高唐", 0, 101.5, 8),
      run(" ", 16, 101.5, 8, { width: 6 }),
      run("14笔专利权质押", 22, 100, 13.5),
    ]);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.text).toBe("高唐 14笔专利权质押");
    // The line's size is the size most of its characters are set in.
    expect(lines[0]?.size).toBe(13.5);
  });

  it("keeps a rotated run as a line of its own", () => {
    const lines = buildLines([run("竖排", 0, 100, 10, { rotated: true }), run("横排", 30, 100)]);
    expect(lines.map((l) => l.text).sort()).toEqual(["横排", "竖排"]);
  });

  it("orders runs by x within a line whatever order the text layer gave them", () => {
    const lines = buildLines([run("同契", 60, 50), run("中阿关系万里", 0, 50)]);
    expect(lines[0]?.text).toBe("中阿关系万里同契");
  });
});

describe("despread", () => {
  it("removes the spaces a justified line's spreading puts in every gap", () => {
    expect(despread("民 优 良 传 统 和 特 有 政 治 优 势 。 新 征 程")).toBe(
      "民优良传统和特有政治优势。新征程",
    );
    expect(despread("新 华 社 北 京 1 月 31 日")).toBe("新华社北京1月31日");
  });

  it("keeps real spaces: a byline's, a title's, and those between Latin words", () => {
    expect(despread("新华社北京4月23日电（记者 董雪 冯欽然）4")).toBe(
      "新华社北京4月23日电（记者 董雪 冯欽然）4",
    );
    expect(despread("巩固发展坚如磐石的军政军民团结 共同续写")).toBe(
      "巩固发展坚如磐石的军政军民团结 共同续写",
    );
    expect(despread("C 9 1 9 大 飞 机")).toBe("C 9 1 9大飞机");
  });
});
