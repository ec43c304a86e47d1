import { describe, expect, it } from "vitest";
import { classifyBlock, type Unit } from "../segment/classify.js";
import { dropDuplicates } from "./duplicates.js";

// Made-up text. Units are built as the pipeline builds them: a block, then its role from its own text.
function unitsOf(...blocks: (string | string[])[]): Unit[] {
  let line = 1;
  return blocks.map((b) => {
    const lines = typeof b === "string" ? [b] : b;
    const unit = classifyBlock({
      lines,
      text: lines.join(""),
      line,
      lastLine: line + lines.length - 1,
      indented: null,
      gapBefore: 1,
    });
    line += lines.length + 1;
    return unit;
  });
}

const PARA = "今年春天，县里组织志愿者沿着小河两岸种下三千棵柳树，河堤上散步的居民越来越多，傍晚尤其热闹。";
const NEXT = "东关老街完成改造后重新开放，青石板路恢复了原来的模样。";

describe("dropDuplicates", () => {
  it("drops a block that repeats the tail of the paragraph before, and says so", () => {
    const result = dropDuplicates(
      unitsOf("小河两岸柳成行", PARA, "河堤上散步的居民越来越多，傍晚尤其热闹。", NEXT),
    );
    expect(result.units.map((u) => u.text)).toEqual(["小河两岸柳成行", PARA, NEXT]);
    expect(result.removed).toEqual([
      { text: "河堤上散步的居民越来越多，傍晚尤其热闹。", reason: "duplicate" },
    ]);
    expect(result.messages).toEqual([
      {
        level: "info",
        rule: "repair/duplicate",
        line: 5,
        message:
          "dropped 20 characters that repeat the end of the paragraph before (overlapping text blocks)",
      },
    ]);
  });

  it("drops a copy cut into several wrapped blocks as one removal", () => {
    const result = dropDuplicates(unitsOf(PARA, "河堤上散步的", "居民越来越多，", "傍晚尤其热闹。", NEXT));
    expect(result.units.map((u) => u.text)).toEqual([PARA, NEXT]);
    expect(result.removed).toEqual([
      { text: "河堤上散步的\n居民越来越多，\n傍晚尤其热闹。", reason: "duplicate" },
    ]);
    expect(result.messages).toHaveLength(1);
  });

  it("drops the lines of a block that repeat the lines before them in the same block", () => {
    const glued = [
      "今年春天，县里组织志愿者",
      "沿着小河两岸种下三千棵柳",
      "树，河堤上散步的居民越来",
      "沿着小河两岸种下三千棵柳",
      "树，河堤上散步的居民越来",
    ];
    const result = dropDuplicates(unitsOf(glued));
    expect(result.units.map((u) => [u.text, u.line, u.lastLine])).toEqual([
      ["今年春天，县里组织志愿者沿着小河两岸种下三千棵柳树，河堤上散步的居民越来", 1, 3],
    ]);
    expect(result.removed).toEqual([
      { text: "沿着小河两岸种下三千棵柳\n树，河堤上散步的居民越来", reason: "duplicate" },
    ]);
  });

  it("drops a fragment that repeats the start of the paragraph after it", () => {
    const result = dropDuplicates(unitsOf("今年春天，县里组织志愿者沿着小河两岸种下三千棵柳树，", PARA));
    expect(result.units.map((u) => u.text)).toEqual([PARA]);
    expect(result.messages[0]?.message).toContain("repeat the start of the paragraph after");
  });

  it("keeps a short repeated phrase", () => {
    const units = unitsOf("大家齐声喊：加油加油！", "加油加油！", NEXT);
    const result = dropDuplicates(units);
    expect(result.units).toEqual(units);
    expect(result.removed).toEqual([]);
  });

  it("keeps a pull quote that repeats a sentence further down the article", () => {
    const units = unitsOf(
      "小区里的事，大家商量着办。",
      "“有事好商量，众人的事情由众人商量。”",
      "居民们说，议事会今年办了十二场。",
      "老党员王大爷说：“有事好商量，众人的事情由众人商量。”这句话说到了大家心坎上。",
    );
    expect(dropDuplicates(units).units).toEqual(units);
  });

  it("does not look for copies across a contents box", () => {
    const units = unitsOf(PARA, "今日导读", "河堤上散步的居民越来越多，傍晚尤其热闹。");
    expect(dropDuplicates(units).removed).toEqual([]);
  });
});
