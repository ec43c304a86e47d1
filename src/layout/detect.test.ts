import { describe, expect, it } from "vitest";
import { detectLayout } from "./detect.js";
import { splitLines } from "./lines.js";

// Made-up text, the same story in the three shapes real pages arrive in.
const BLOCKS = [
  "小河两岸柳成行",
  "",
  "本报讯　今年春天，县里组织志愿者沿着小河两岸种下三千棵柳树。",
  "",
  "河堤上散步的居民越来越多，傍晚尤其热闹。",
  "",
  "东关老街重新开放",
  "",
  "本报讯　东关老街完成改造后重新开放，青石板路恢复了原来的模样。",
].join("\n");

const INDENTED = [
  "小河两岸柳成行",
  "　　本报讯　今年春天，县里组织志愿者沿着小河两岸种下三千棵柳树。",
  "　　河堤上散步的居民越来越多，傍晚尤其热闹。",
  "　　有居民说，以后要天天来走走。",
  "东关老街重新开放",
  "　　本报讯　东关老街完成改造后重新开放，青石板路恢复了原来的模样。",
].join("\n");

const WRAPPED = [
  "小河两岸柳成行",
  "　　本报讯　今年春天，县",
  "里组织志愿者沿着小河两岸",
  "种下三千棵柳树，河堤上散",
  "步的居民越来越多了不少。",
  "东关老街重新开放",
  "　　本报讯　东关老街完成",
  "改造后重新开放，青石板路",
  "恢复了原来的模样，游客多",
  "了起来。",
].join("\n");

const detect = (text: string) => detectLayout(splitLines(text));

describe("detectLayout", () => {
  it("reads blank-line-separated paragraphs as blocks", () => {
    const stats = detect(BLOCKS);
    expect(stats).toMatchObject({ kind: "blocks", nonBlank: 5, blank: 4, indentedRatio: 0 });
  });

  it("reads one indented paragraph a line as indented", () => {
    const stats = detect(INDENTED);
    expect(stats.kind).toBe("indented");
    expect(stats.indentedRatio).toBeCloseTo(4 / 6);
  });

  it("reads 10–25-cell column lines as wrapped, counting the indent as two cells", () => {
    const stats = detect(WRAPPED);
    expect(stats).toMatchObject({ kind: "wrapped", nonBlank: 10, blank: 0, medianWidth: 12 });
  });

  it("needs eight lines before calling short lines wrapped", () => {
    const short = WRAPPED.split("\n").slice(0, 7).join("\n");
    expect(detect(short).kind).not.toBe("wrapped");
  });

  it("does not take short lines set apart by blank lines (a list, a poem) for wrapped text", () => {
    const list = [
      "春风吹过小河",
      "柳枝轻轻摇",
      "孩子们跑过堤岸",
      "笑声落进水里",
      "傍晚的广场上",
      "灯一盏盏亮起",
      "老人们坐着聊天",
      "说今年的收成",
    ];
    const stats = detect(list.join("\n\n"));
    expect(stats.kind).toBe("blocks");
    expect(stats.medianWidth).toBeLessThanOrEqual(30);
  });

  it("counts an empty page as blocks with zeroed statistics", () => {
    expect(detect("")).toEqual({ kind: "blocks", nonBlank: 0, blank: 1, indentedRatio: 0, medianWidth: 0 });
  });
});
