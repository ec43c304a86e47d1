import { describe, expect, it } from "vitest";
import { emptyArticle } from "../model/index.js";
import { bigrams, bodyText, compact, dice, diceBound, normalizeLine, similarity } from "./text.js";

describe("similarity (Dice over bigram multisets)", () => {
  it("scores shared bigrams: 春天来了 / 春天到了 share only 春天", () => {
    expect(similarity("春天来了", "春天到了")).toBeCloseTo(2 / 6, 10);
    expect(similarity("ABCD", "ABCE")).toBeCloseTo(4 / 6, 10);
  });

  it("counts repeated bigrams with multiplicity", () => {
    // 哈哈哈 = {哈哈×2}, 哈哈 = {哈哈×1}: 2·1 / (2+1).
    expect(similarity("哈哈哈", "哈哈")).toBeCloseTo(2 / 3, 10);
  });

  it("ignores all whitespace, ideographic space included", () => {
    expect(similarity("春 天\n来\u3000了", "春天来了")).toBe(1);
  });

  it("defines texts shorter than two characters: equal is 1, anything else 0", () => {
    expect(similarity("", "")).toBe(1);
    expect(similarity("春", "春")).toBe(1);
    expect(similarity("春", "夏")).toBe(0);
    expect(similarity("春", "春天")).toBe(0);
    expect(similarity("", "春天")).toBe(0);
  });

  it("bounds Dice by the lengths alone", () => {
    const short = bigrams("一二三");
    const long = bigrams("一二三四五六七八九十");
    expect(diceBound(short, long)).toBeCloseTo(4 / 11, 10);
    expect(dice(short, long)).toBeLessThanOrEqual(diceBound(short, long));
  });
});

describe("normalizeLine and compact", () => {
  it("trims, collapses inner whitespace and reads blank as null", () => {
    expect(normalizeLine("  老街\u3000 新貌 ")).toBe("老街 新貌");
    expect(normalizeLine(" \n")).toBeNull();
    expect(normalizeLine(null)).toBeNull();
    expect(compact(" 老 街\t新貌\n")).toBe("老街新貌");
  });
});

describe("bodyText", () => {
  it("makes a parsed article comparable with corpus gold that keeps dateline and byline in the text", () => {
    const gold = {
      ...emptyArticle(),
      paragraphs: ["本报讯（记者 王小明）今天上午，小河公园开园。", "市民纷纷前来游览。"],
    };
    const parsed = {
      ...emptyArticle(),
      dateline: { source: "本报", place: null, date: null, text: "本报讯" },
      credits: ["（记者 王小明）"],
      paragraphs: ["今天上午，小河公园开园。", "市民纷纷前来游览。"],
    };
    expect(bodyText(parsed)).toBe(bodyText(gold));
    expect(bodyText(parsed)).toBe("本报讯（记者王小明）今天上午，小河公园开园。市民纷纷前来游览。");
  });

  it("falls back to the dateline parts and puts the editor's note, with its label, before the dateline", () => {
    const a = {
      ...emptyArticle(),
      dateline: { source: "新华社", place: "北京", date: "5月1日" },
      editorNoteLabel: "编者按",
      editorNote: "本文有删节。",
      paragraphs: ["正文。"],
    };
    expect(bodyText(a)).toBe("编者按本文有删节。新华社北京5月1日正文。");
  });

  it("puts each credit where it was printed: a photo credit after its caption, as corpus gold has it", () => {
    const gold = {
      ...emptyArticle(),
      paragraphs: ["图①：小河两岸的柳树吐出新芽。", "本报记者 张三摄", "图②：志愿者在河边种树。", "李四摄"],
    };
    const parsed = {
      ...emptyArticle(),
      credits: ["本报记者 张三摄", "李四摄"],
      creditsAt: [1, 2],
      paragraphs: ["图①：小河两岸的柳树吐出新芽。", "图②：志愿者在河边种树。"],
    };
    expect(bodyText(parsed)).toBe(bodyText(gold));
    // Without positions (a prediction written before creditsAt) credits open the body, as they used to.
    const { creditsAt: _, ...unplaced } = parsed;
    expect(bodyText(unplaced)).toBe(
      "本报记者张三摄李四摄图①：小河两岸的柳树吐出新芽。图②：志愿者在河边种树。",
    );
  });
});
