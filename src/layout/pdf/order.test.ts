import { describe, expect, it } from "vitest";
import { buildLines } from "./lines.js";
import { readingOrder } from "./order.js";
import { centred, setLines, wrap } from "./runs.test-support.js";
import type { GlyphRun } from "./types.js";

const S = 10;
/** The texts of the leaves, in reading order. */
function order(runs: GlyphRun[]): string[][] {
  return readingOrder(buildLines(runs), S).map((leaf) => leaf.map((l) => l.text));
}
const flat = (runs: GlyphRun[]) => order(runs).flat();

/** A column of body text: `chars` characters a line, 12 pt wide columns of 10 pt type. */
const column = (text: string, x: number, y: number, chars = 8) =>
  setLines(wrap(text, chars), { x, y, size: S });

describe("readingOrder", () => {
  it("reads columns left to right, each top to bottom", () => {
    const runs = [
      ...column("左栏的第一段文字到此为止了。", 0, 20),
      ...column("右栏的文字从这里开始往下读。", 95, 20),
    ];
    expect(flat(runs)).toEqual(["左栏的第一段", "文字到此为止了。", "右栏的文字从", "这里开始往下读。"]);
  });

  it("reads a headline over two columns before both", () => {
    const runs = [
      centred("两栏上的标题", 0, 175, 20, 24),
      ...column("第一栏正文从这里开始往下读。", 0, 50),
      ...column("第二栏正文接着往下读完为止。", 95, 50),
    ];
    const texts = flat(runs);
    expect(texts[0]).toBe("两栏上的标题");
    expect(texts.indexOf("第一栏正文从")).toBeLessThan(texts.indexOf("第二栏正文接"));
  });

  it("reads two items side by side one after the other, though their headlines and bodies line up", () => {
    const runs = [
      centred("左边的标题", 0, 175, 20, 24),
      ...column("左一栏正文从这里开始往下读。", 0, 50),
      ...column("左二栏正文接着往下读完为止。", 95, 50),
      centred("右边的标题", 200, 175, 20, 24),
      ...column("右一栏正文从这里开始往下读。", 200, 50),
      ...column("右二栏正文接着往下读完为止。", 295, 50),
    ];
    const texts = flat(runs);
    expect(texts.slice(0, 5)).toEqual([
      "左边的标题",
      "左一栏正文从",
      "这里开始往下读。",
      "左二栏正文接",
      "着往下读完为止。",
    ]);
    expect(texts[5]).toBe("右边的标题");
  });

  it("keeps the outer columns of a body under its short centred title (no cut between title and column 1)", () => {
    const runs = [
      centred("短标题", 0, 270, 20, 24),
      ...column("第一栏正文从这里开始往下读。", 0, 50),
      ...column("第二栏正文接着往下读下去。", 95, 50),
      ...column("第三栏正文接着往下读完为止。", 190, 50),
    ];
    const texts = flat(runs);
    expect(texts[0]).toBe("短标题");
    expect(texts[1]).toBe("第一栏正文从");
  });

  it("keeps a narrow item's title from claiming the first column of the wide item beside it", () => {
    // A one-column item beside a three-column item whose short title is centred over its middle column:
    // the narrow title sits lower and nearer to the wide item's first column than the wide title does.
    const runs = [
      centred("窄栏里的标题", 0, 80, 30, 12),
      ...column("窄栏正文从这里开始往下读。", 0, 50),
      centred("宽条", 100, 270, 20, 28),
      ...setLines(wrap("宽一栏正文从这里开始往下读。", 8, false), { x: 100, y: 50, size: S }),
      ...column("宽二栏正文接着往下读下去。", 195, 50),
      ...column("宽三栏正文接着往下读完为止。", 290, 50),
    ];
    expect(flat(runs)).toEqual([
      "窄栏里的标题",
      "窄栏正文从这",
      "里开始往下读。",
      "宽条",
      "宽一栏正文从这里",
      "开始往下读。",
      "宽二栏正文接",
      "着往下读下去。",
      "宽三栏正文接",
      "着往下读完为止。",
    ]);
  });

  it("reads rows of items top to bottom: a band over the next band", () => {
    const top = [...column("上面一条的正文读完。", 0, 20), ...column("上面第二条正文读完。", 95, 20)];
    const below = [centred("下面的通栏标题", 0, 175, 80, 20), ...column("下面一条的正文读完。", 0, 110)];
    const texts = flat([...below, ...top]);
    expect(texts.indexOf("下面的通栏标题")).toBeGreaterThan(texts.indexOf("上面第二条正文"));
  });

  it("keeps a masthead's parts together as one leaf, in order", () => {
    const mast = [
      { text: "人民日报", x: 0, y: 10, width: 40, size: 10, font: "f1", bold: false },
      { text: "2019年2月1日", x: 120, y: 10, width: 55, size: 10, font: "f1", bold: false },
      { text: "第1版", x: 300, y: 10, width: 25, size: 10, font: "f1", bold: false },
    ];
    const leaves = order([...mast, ...column("正文从这里开始往下读。", 0, 50, 30)]);
    expect(leaves[0]).toEqual(["人民日报  2019年2月1日  第1版"]);
  });
});
