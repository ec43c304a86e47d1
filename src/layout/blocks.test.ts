import { describe, expect, it } from "vitest";
import { buildBlocks, joinLines } from "./blocks.js";
import type { LayoutKind } from "./detect.js";
import { splitLines } from "./lines.js";

// Made-up text throughout.
const blocksOf = (lines: readonly string[], kind: LayoutKind) =>
  buildBlocks(splitLines(lines.join("\n")), kind);
const texts = (lines: readonly string[], kind: LayoutKind) => blocksOf(lines, kind).map((b) => b.text);

describe("blocks layout", () => {
  it("joins consecutive lines into one block and counts the blank lines before each", () => {
    const blocks = blocksOf(
      ["小河两岸柳成行", "", "河堤上散步的居民越来越多，", "傍晚尤其热闹。", "", "", "东关老街重新开放"],
      "blocks",
    );
    expect(blocks.map((b) => [b.text, b.line, b.lastLine, b.gapBefore])).toEqual([
      ["小河两岸柳成行", 1, 1, 0],
      ["河堤上散步的居民越来越多，傍晚尤其热闹。", 3, 4, 1],
      ["东关老街重新开放", 7, 7, 2],
    ]);
    expect(blocks[1]?.lines).toEqual(["河堤上散步的居民越来越多，", "傍晚尤其热闹。"]);
  });

  it("leaves indentation unknown when few blocks carry it", () => {
    const blocks = blocksOf(
      ["标题", "", "　　甲段落。", "", "乙段落。", "", "丙段落。", "", "丁段落。"],
      "blocks",
    );
    expect(blocks.map((b) => b.indented)).toEqual([null, null, null, null, null]);
  });

  it("reads indentation once at least three blocks in ten carry it", () => {
    const blocks = blocksOf(["标题", "", "　　甲段落。", "", "　　乙段落。", "", "丙段落。"], "blocks");
    expect(blocks.map((b) => b.indented)).toEqual([false, true, true, false]);
  });
});

describe("indented layout", () => {
  it("makes one block a line, indented paragraphs apart from unindented headlines", () => {
    const blocks = blocksOf(
      [
        "小河两岸柳成行",
        "　　本报讯　今年春天，县里种下三千棵柳树。",
        "",
        "　　河堤上散步的居民越来越多。",
        "东关老街重新开放",
      ],
      "indented",
    );
    expect(blocks.map((b) => [b.text, b.indented, b.gapBefore])).toEqual([
      ["小河两岸柳成行", false, 0],
      ["本报讯　今年春天，县里种下三千棵柳树。", true, 0],
      ["河堤上散步的居民越来越多。", true, 1],
      ["东关老街重新开放", false, 0],
    ]);
  });
});

describe("wrapped layout", () => {
  it("joins a paragraph's column lines and starts a new one at each indented line", () => {
    const lines = [
      "　　本报讯　今年春天，县",
      "里组织志愿者沿着小河两岸",
      "种下三千棵柳树，河堤上散",
      "步的居民越来越多了不少。",
      "　　东关老街完成改造后重",
      "新开放，青石板路恢复了原",
      "来的模样。",
    ];
    expect(texts(lines, "wrapped")).toEqual([
      "本报讯　今年春天，县里组织志愿者沿着小河两岸种下三千棵柳树，河堤上散步的居民越来越多了不少。",
      "东关老街完成改造后重新开放，青石板路恢复了原来的模样。",
    ]);
  });

  it("ends a paragraph at its short last line, so a headline after it stands alone", () => {
    const lines = [
      "小河两岸柳成行",
      "　　本报讯　今年春天，县",
      "里组织志愿者沿着小河两岸",
      "种下三千棵柳树，河堤上散",
      "步的居民越来越多。",
      "东关老街重新开放",
      "　　本报讯　东关老街完成",
      "改造后重新开放，青石板路",
      "恢复了原来的模样。",
    ];
    const blocks = blocksOf(lines, "wrapped");
    expect(blocks.map((b) => [b.text, b.indented])).toEqual([
      ["小河两岸柳成行", false],
      ["本报讯　今年春天，县里组织志愿者沿着小河两岸种下三千棵柳树，河堤上散步的居民越来越多。", true],
      ["东关老街重新开放", false],
      ["本报讯　东关老街完成改造后重新开放，青石板路恢复了原来的模样。", true],
    ]);
  });

  it("takes a short line after a full line that ends a sentence for a headline", () => {
    const lines = [
      "　　本报讯　今年春天，县",
      "里组织志愿者沿着小河两岸",
      "种下三千棵柳树，河堤上散",
      "步的居民越来越多了不少。",
      "东关老街重新开放",
      "　　本报讯　东关老街完成",
      "改造后重新开放，青石板路",
      "恢复了原来的模样，游客多",
      "了起来。",
    ];
    expect(texts(lines, "wrapped")[1]).toBe("东关老街重新开放");
  });

  it("keeps the part of a paragraph after a column change as prose in its own block", () => {
    // The column break left a blank line; the repair stage rejoins the two parts.
    const lines = [
      "　　傍晚时分，河边的广场",
      "上跳舞的人群一直持续到夜",
      "",
      "里十点，附近的居民纷纷点",
      "赞。",
      "　　东关老街完成改造后重",
      "新开放，青石板路恢复了原",
      "来的模样。",
    ];
    const blocks = blocksOf(lines, "wrapped");
    expect(blocks.map((b) => [b.text, b.indented, b.gapBefore])).toEqual([
      ["傍晚时分，河边的广场上跳舞的人群一直持续到夜", true, 0],
      ["里十点，附近的居民纷纷点赞。", false, 1],
      ["东关老街完成改造后重新开放，青石板路恢复了原来的模样。", true, 0],
    ]);
  });

  it("sets a continuation mark, a jump line and a dash subtitle apart from the prose", () => {
    const lines = [
      "小河两岸柳成行",
      "——记县里的植树志愿者",
      "（上接第1版）",
      "　　本报讯　今年春天，县",
      "里组织志愿者沿着小河两岸",
      "种下三千棵柳树，河堤上散",
      "步的居民越来越多了不少。",
      "（下转第7版）",
      "　　东关老街完成改造后重",
      "新开放，青石板路恢复了原",
      "来的模样。",
    ];
    expect(texts(lines, "wrapped")).toEqual([
      "小河两岸柳成行",
      "——记县里的植树志愿者",
      "（上接第1版）",
      // An outgoing jump line goes with the paragraph it ends; the fields stage splits it off.
      "本报讯　今年春天，县里组织志愿者沿着小河两岸种下三千棵柳树，河堤上散步的居民越来越多了不少。（下转第7版）",
      "东关老街完成改造后重新开放，青石板路恢复了原来的模样。",
    ]);
  });

  it("closes a caption at its photo credit, so the headline after it stands alone", () => {
    const lines = [
      "　　4月22日，公园草木葱",
      "茏，市民漫步其间，尽享春",
      "日美景，游人如织真热闹。",
      "新华社记者 李四摄",
      "小河两岸柳成行",
      "　　本报讯　今年春天，县",
      "里组织志愿者沿着小河两岸",
      "种下三千棵柳树，河堤上散",
      "步的居民越来越多了不少。",
    ];
    expect(texts(lines, "wrapped").slice(0, 3)).toEqual([
      "4月22日，公园草木葱茏，市民漫步其间，尽享春日美景，游人如织真热闹。",
      "新华社记者 李四摄",
      "小河两岸柳成行",
    ]);
  });

  it("carries a line that opens with a comma on the block before, even after a short line", () => {
    const lines = ["　　本报讯　今年春天", "，县里组织志愿者种下三千", "棵柳树。"];
    expect(texts(lines, "wrapped")).toEqual(["本报讯　今年春天，县里组织志愿者种下三千棵柳树。"]);
  });
});

describe("joinLines", () => {
  const line = (content: string, indent = "", trailingSpace = false) => ({
    no: 1,
    content,
    indent,
    trailingSpace,
  });
  it("joins Han text with no space", () => {
    expect(joinLines([line("河堤上散步的"), line("居民越来越多。")])).toBe("河堤上散步的居民越来越多。");
  });
  it("keeps a space between Latin words only where the print had one", () => {
    expect(joinLines([line("the Belt and", "", true), line("Road")])).toBe("the Belt and Road");
    expect(joinLines([line("GDP"), line("growth")])).toBe("GDPgrowth");
    expect(joinLines([line("5G"), line("网络")])).toBe("5G网络");
  });
});
