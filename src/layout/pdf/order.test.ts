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

  it("keeps the two lines of a large title in one leaf, though their gap is a row gap in body ems", () => {
    // 34 pt lines 44 pt apart leave 10 pt between them: 1 body em, but 0.3 em of their own type.
    const runs = [
      centred("巩固发展坚如磐石的", 0, 370, 40, 34),
      centred("时代新篇", 0, 370, 84, 34),
      ...column("第一栏正文从这里开始往下读。", 0, 130),
      ...column("第二栏正文接着往下读完为止。", 95, 130),
    ];
    expect(order(runs)[0]).toEqual(["巩固发展坚如磐石的", "时代新篇"]);
  });

  it("gives a short centred title the column on its left that starts under a picture, far down", () => {
    // Columns 2 and 3 start under the title; column 1 starts 25 em lower, under a picture (no text).
    const long = (first: string) => `${first}${"今年春天县里组织志愿者种树。".repeat(12)}`;
    const runs = [
      centred("短标题", 0, 270, 20, 24),
      ...setLines(wrap(long("第一栏"), 8), { x: 0, y: 300, size: S }),
      ...setLines(wrap(long("第二栏"), 8), { x: 95, y: 50, size: S }),
      ...setLines(wrap(long("第三栏"), 8), { x: 190, y: 50, size: S }),
    ];
    const texts = flat(runs);
    expect(texts[0]).toBe("短标题");
    expect(texts[1]?.startsWith("第一栏")).toBe(true);
  });

  it("reads a picture's caption right after its title, across the picture, before the item beside it", () => {
    // Left: a picture's title, the picture (no text), the caption in smaller type; right: a short item
    // that ends long before the caption starts, so a row gap as wide as a band's runs across the page.
    const caption = wrap("四月二十二日，公园草木葱茏，市民漫步其间，尽享春日美景。", 18, false);
    const runs = [
      centred("图片报道", 0, 180, 20, 14),
      ...setLines(caption, { x: 0, y: 200, size: 8.8 }),
      centred("右边的标题", 195, 180, 20, 18),
      ...setLines(wrap("右边的正文从这里开始往下读，读到这里为止。", 18), { x: 195, y: 40, size: S }),
    ];
    expect(flat(runs).slice(0, 3)).toEqual(["图片报道", ...caption]);
  });

  it("reads two columns apart though a closing quote hangs half an em into the gap between them", () => {
    // The quote line overhangs its 80 pt column by 5 pt, 6.5 pt short of the next column: 0.65 em.
    const left = setLines(wrap("第一栏正文从这里开始往下读，读到这里为止。", 8), { x: 0, y: 20, size: S });
    const quote: GlyphRun = {
      text: "他说“好得很”",
      x: 0,
      y: 20 + 3 * 16,
      width: 85,
      size: S,
      font: "f1",
      bold: false,
    };
    const right = setLines(wrap("第二栏正文接着往下读，一直读到最后。", 8), { x: 91.5, y: 20, size: S });
    const texts = flat([...left, quote, ...right]);
    expect(texts.indexOf("他说“好得很”")).toBeLessThan(texts.indexOf("第二栏正文接"));
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
