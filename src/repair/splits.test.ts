import { describe, expect, it } from "vitest";
import { classifyBlock, type Unit } from "../segment/classify.js";
import { rejoinSplits } from "./splits.js";

// Made-up text, shaped after the sample page's …持续在实 / 践中锤炼党性… and …最高位置， / 让改革….
function unitsOf(...blocks: (string | { text: string; indented: boolean })[]): Unit[] {
  return blocks.map((b, i) => {
    const { text, indented } = typeof b === "string" ? { text: b, indented: null } : b;
    return classifyBlock({
      lines: [text],
      text,
      line: 2 * i + 1,
      lastLine: 2 * i + 1,
      indented,
      gapBefore: 1,
    });
  });
}
const rejoined = (...blocks: Parameters<typeof unitsOf>) =>
  rejoinSplits(unitsOf(...blocks)).units.map((u) => [u.role, u.text]);

const HEAD =
  "新时代的党员干部要在学习中坚定理想信念。在工作中增强本领担当，把群众的急难愁盼放在心上，真正做到为民造福，不断在学习中提高、持续在实";

describe("rejoinSplits", () => {
  it("rejoins prose that stops mid-word with the block that finishes it, and says so", () => {
    const result = rejoinSplits(unitsOf(HEAD, "践中锤炼党性，筑牢信仰之基。"));
    expect(result.units.map((u) => [u.role, u.text, u.line, u.lastLine])).toEqual([
      ["body", `${HEAD}践中锤炼党性，筑牢信仰之基。`, 1, 3],
    ]);
    expect(result.messages).toEqual([
      {
        level: "info",
        rule: "repair/split-paragraph",
        line: 3,
        message: "rejoined a paragraph split by a column break (…高、持续在实 / 践中锤炼党性…)",
      },
    ]);
  });

  it("rejoins prose that stops at a comma", () => {
    expect(rejoined("居民们说，要把改革摆在最高位置，", "让改革成果惠及每一个人。")).toEqual([
      ["body", "居民们说，要把改革摆在最高位置，让改革成果惠及每一个人。"],
    ]);
  });

  it("rejoins long prose with a short unpunctuated rest that reads like a headline", () => {
    expect(rejoined(HEAD, "践中锤炼党性")).toEqual([["body", `${HEAD}践中锤炼党性`]]);
  });

  it("keeps a block set in a headline's display type (a PDF) apart from the prose before it", () => {
    const [prose, title] = unitsOf(HEAD, "小河两岸柳成行（城市笔记）") as [Unit, Unit];
    const typed = { ...title, typography: { size: 28, scale: 2.8, bold: false, headline: 2 } };
    expect(rejoinSplits([prose, typed]).units.map((u) => u.text)).toEqual([
      HEAD,
      "小河两岸柳成行（城市笔记）",
    ]);
    // The same two blocks without type (a text page) are rejoined: the title reads as the rest of the prose.
    expect(rejoinSplits([prose, title]).units).toHaveLength(1);
  });

  it("keeps a credit line such as 版式设计：张三 apart from the headline after it", () => {
    expect(rejoined("版式设计：张三", "小河两岸柳成行")).toEqual([
      ["credit", "版式设计：张三"],
      ["heading", "小河两岸柳成行"],
    ]);
  });

  it("keeps a number call-out apart from the headline after it", () => {
    expect(rejoined("1.26亿元", "小河两岸柳成行")).toEqual([
      ["body", "1.26亿元"],
      ["heading", "小河两岸柳成行"],
    ]);
  });

  it("leaves prose that ends a sentence alone", () => {
    expect(rejoined("居民们说，要把改革摆在最高位置。", "让改革成果惠及每一个人。")).toHaveLength(2);
  });

  it("does not rejoin across an indented paragraph start, a dateline or a jump line", () => {
    const open = "居民们说，要把改革摆在最高位置，";
    expect(rejoined(open, { text: "让改革成果惠及每一个人。", indented: true })).toHaveLength(2);
    expect(rejoined(open, "本报讯　东关老街重新开放。")).toHaveLength(2);
    expect(rejoined(open, "（下转第7版）")).toHaveLength(2);
  });

  it("does not rejoin a caption closed by its credit with what follows", () => {
    expect(rejoined("公园草木葱茏，市民漫步其间，尽享春日美景 ■ 孙文辉", "游人如织。")).toHaveLength(2);
  });

  // Fixed (was a bug): a number call-out set in its own block (97%以上) ends in a Han character, so it reads as prose
  // stopped mid-sentence and is glued to the next paragraph: "97%以上居民满意度调查显示，…". The call-out
  // guard in canContinue only applies when the next block is headline-like. Minimal input (blocks layout):
  // "标题\n\n本报讯　正文。\n\n97%以上\n\n居民满意度调查显示，大家很满意。"
  it("keeps a number call-out apart from the paragraph after it", () => {
    expect(rejoined("97%以上", "居民满意度调查显示，大家对新公园很满意。")).toEqual([
      ["body", "97%以上"],
      ["body", "居民满意度调查显示，大家对新公园很满意。"],
    ]);
  });
});
