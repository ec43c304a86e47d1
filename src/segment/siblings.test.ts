import { describe, expect, it } from "vitest";
import { classifyBlock, type Unit } from "./classify.js";
import { sameForm, subheadingRuns } from "./siblings.js";

const unit = (text: string): Unit =>
  classifyBlock({ lines: [text], text, line: 1, lastLine: 1, indented: null, gapBefore: 1 });

describe("sameForm", () => {
  it.each([
    [
      ["地点：东关老街", "青石板路回来了"],
      ["地点：小河两岸", "柳树成行", "张  三"],
    ],
    [["小河的春天"], ["小河的秋天"]],
    [
      ["春雨", "张三丰"],
      ["秋收", "阿依·某某"],
    ],
    [
      ["某县花农小李——", "种花卖花，日子红火"],
      ["某市居民小王——", "年货网上买，真方便"],
    ],
    [
      ["某自治县某某乡某某村——", "小康路上，一个不少"],
      ["某县某乡——", "新路修到家门口"],
    ],
  ])("pairs runs headed alike: %s and %s", (a, b) => {
    expect(sameForm(a, b)).toBe(true);
  });

  it.each([
    // Two characters in common open any two headlines.
    [["中国经济稳中有进"], ["中国女排再夺冠"]],
    // Single lines of the same length are not enough.
    [["柳树成活率很高"], ["老街重新开放了"]],
    // A kicker with a dash and one without.
    [
      ["某县花农小李——", "种花卖花"],
      ["全县花卉产业兴旺", "种花卖花"],
    ],
    [
      ["春雨", "张三"],
      ["秋收的田野上", "李四"],
    ],
  ])("keeps apart runs headed differently: %s and %s", (a, b) => {
    expect(sameForm(a, b)).toBe(false);
  });
});

describe("subheadingRuns", () => {
  it("reads consecutive headline-like units of a body as one run", () => {
    const body = [
      "柳树种下去，河堤变了样。",
      "地点：东关老街",
      "青石板路回来了",
      "老街完成改造后重新开放。",
      "核心阅读",
    ];
    expect(subheadingRuns(body.map(unit))).toEqual([["地点：东关老街", "青石板路回来了"], ["核心阅读"]]);
  });
});
