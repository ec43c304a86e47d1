import { describe, expect, it } from "vitest";
import { layoutPdfPage } from "./index.js";
import { centred, setLines, wrap } from "./runs.test-support.js";
import type { GlyphRun } from "./types.js";

const S = 10;
const page = (runs: GlyphRun[]) => layoutPdfPage({ index: 1, width: 600, height: 800, runs });
const texts = (runs: GlyphRun[]) => page(runs).blocks.map((b) => b.text);

// Two columns of 10 characters, 12 pt apart, each line 16 pt below the last.
const COL2 = 112;

describe("buildPdfBlocks", () => {
  it("a paragraph starts at an indented line and ends at a line that stops short of the column", () => {
    const lines = [
      ...wrap("第一段从这里开始一直写到这一行的末尾为止，共三行了。", 10),
      ...wrap("第二段紧接着写下去也有两行字。", 10),
    ];
    expect(texts(setLines(lines, { x: 0, y: 100, size: S }))).toEqual([
      "第一段从这里开始一直写到这一行的末尾为止，共三行了。",
      "第二段紧接着写下去也有两行字。",
    ]);
  });

  it("a short line set at the paragraph indent is a paragraph of its own, though it stands in the middle", () => {
    // Six characters indented 2 em in a column of ten: centred by chance, like a credit under a caption.
    const lines = [
      ...wrap("四月二十二日，公园草木葱茏，市民漫步其间，尽享春日美景。", 10),
      "　　本报记者摄影",
    ];
    expect(texts(setLines(lines, { x: 0, y: 100, size: S }))).toEqual([
      "四月二十二日，公园草木葱茏，市民漫步其间，尽享春日美景。",
      "本报记者摄影",
    ]);
  });

  it("a paragraph goes on into the next column when its last line fills the column and the next does not indent", () => {
    const text = "这一段文字很长，从第一栏一直写到了第二栏里，在第二栏的第二行才写完。";
    const lines = wrap(text, 10);
    const runs = [
      ...setLines(lines.slice(0, 3), { x: 0, y: 100, size: S }),
      ...setLines([...lines.slice(3), ...wrap("下一段在第二栏开头缩进。", 10)], { x: COL2, y: 100, size: S }),
    ];
    expect(texts(runs)).toEqual([text, "下一段在第二栏开头缩进。"]);
  });

  it("a short paragraph whose last line stops short does not go on into the next column", () => {
    // Three lines, two of them full: too few to call the column justified, but the last stops short.
    const para = "春节将至，很多城市的大街小巷挂满灯笼，洋溢着年味。";
    const runs = [
      ...setLines(wrap(para, 10), { x: 0, y: 100, size: S }),
      ...setLines(wrap("下一条的引题从第二栏顶上写起来", 10, false), { x: COL2, y: 100, size: S }),
    ];
    expect(texts(runs)[0]).toBe(para);
  });

  it("a paragraph whose last line fills its column does not go on into a kicker opening the next column", () => {
    // Three full lines ending the paragraph; the next column opens with a two-line kicker (the first line
    // full, the second centred), a title in display type right under it, then the story.
    const para = "第一栏的这一段正好写满三行，最后一行也写满了到栏的右边。";
    const runs = [
      ...setLines(wrap(para, 10), { x: 0, y: 100, size: S }),
      ...setLines(["春风吹绿了小河两岸的"], { x: COL2, y: 100, size: S }),
      centred("新柳", COL2, 100, 116, S),
      centred("主题大字", COL2, 100, 144, 24),
      ...setLines(wrap("正文从这里开始写了两行以上，一直写到第三行才写完。", 10), {
        x: COL2,
        y: 176,
        size: S,
      }),
    ];
    const blocks = page(runs).blocks;
    expect(blocks.map((b) => [b.text, b.typography?.headline ?? null])).toEqual([
      [para, null],
      ["春风吹绿了小河两岸的新柳", 1],
      ["主题大字", 1],
      ["正文从这里开始写了两行以上，一直写到第三行才写完。", null],
    ]);
  });

  it("kicker, title and subtitle set together share one headline number; the body has none", () => {
    const runs = [
      centred("引题写在主题上面", 0, 220, 20, S),
      centred("主题用大字", 0, 220, 44, 24),
      centred("——副题写在主题下面", 0, 220, 64, S),
      ...setLines(wrap("正文从这里开始，第一段写了整整两行字，第二行比第一行短。", 22), {
        x: 0,
        y: 100,
        size: S,
      }),
    ];
    const blocks = page(runs).blocks;
    expect(blocks.map((b) => [b.text, b.typography?.headline])).toEqual([
      ["引题写在主题上面", 1],
      ["主题用大字", 1],
      ["——副题写在主题下面", 1],
      ["正文从这里开始，第一段写了整整两行字，第二行比第一行短。", null],
    ]);
    expect(blocks[1]?.typography?.scale).toBe(2.4);
    expect(blocks[3]?.indented).toBe(true);
  });

  it("a caption set flush left under a picture's centred title is not its subtitle", () => {
    const runs = [
      centred("图片标题", 0, 300, 20, 18),
      {
        text: "说明文字靠左排，一直排到右边很远的地方。",
        x: 0,
        y: 40,
        width: 200,
        size: S,
        font: "f1",
        bold: false,
      },
    ];
    expect(page(runs).blocks.map((b) => b.typography?.headline)).toEqual([1, null]);
  });

  it("ragged text (a contents box) keeps a two-line entry together", () => {
    const runs = [
      ...setLines(["作风深化 实干争先", "当好全面深化改革排头兵"], { x: 0, y: 100, size: S }),
      ...setLines(["第2版"], { x: 0, y: 140, size: S }),
    ];
    expect(texts(runs)).toEqual(["作风深化 实干争先当好全面深化改革排头兵", "第2版"]);
  });

  it("the page's text has one printed line a line, blocks apart by a blank line, and places for zones", () => {
    const layout = page(setLines(["标题行", "　　正文第一行"], { x: 0, y: 100, size: S, pitch: 40 }));
    expect(layout.text).toBe("标题行\n\n正文第一行");
    expect(layout.places[1]).toMatchObject({ x: 0, w: 30 });
    expect(layout.places[2]).toBeUndefined();
    expect(layout.blocks.map((b) => [b.line, b.lastLine])).toEqual([
      [1, 1],
      [3, 3],
    ]);
  });
});
