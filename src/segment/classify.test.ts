import { describe, expect, it } from "vitest";
import type { Block } from "../layout/index.js";
import { classifyBlock, isCredit } from "./classify.js";

// Made-up text; short phrases after the sample page.
const block = (text: string, indented: boolean | null = null): Block => ({
  lines: [text],
  text,
  line: 1,
  lastLine: 1,
  indented,
  gapBefore: 1,
});
const roleOf = (text: string, indented: boolean | null = null) => classifyBlock(block(text, indented)).role;

describe("classifyBlock: furniture", () => {
  it.each([
    "（下转第7版）",
    "（下转第七版）",
    "（转第3版）",
    "下转第7版",
    "（上接第1版）",
    "（上接第十二版）",
  ])("reads %s alone as a jump line", (text) => expect(roleOf(text)).toBe("jump"));

  it("marks a block opening with a continuation mark, and only such a block, as jumpIn", () => {
    expect(classifyBlock(block("（上接第1版）")).jumpIn).toBe(true);
    expect(classifyBlock(block("（上接第十二版）双方同意加强合作。")).jumpIn).toBe(true);
    expect(classifyBlock(block("（下转第7版）")).jumpIn).toBe(false);
    expect(classifyBlock(block("双方同意加强合作。（上接第1版）")).jumpIn).toBe(false);
  });

  it("reads a contents box head and a page mark", () => {
    expect(roleOf("今日导读")).toBe("toc-head");
    expect(roleOf("第2版")).toBe("toc-page");
  });

  it.each([
    "■ 孙文辉",
    "本报记者 张三 摄",
    "新华社记者 李四摄",
    "版式设计：张三",
    "赵海天摄（人民视觉）",
    "——编  者",
  ])("reads %s as a credit", (text) => expect(roleOf(text)).toBe("credit"));

  it("does not read a staff line followed by prose as a credit", () => {
    expect(isCredit("本报记者从县里获悉，柳树成活率很高。")).toBe(false);
  });
});

describe("classifyBlock: datelines", () => {
  it.each([
    "新华社北京4月23日电（记者 董雪 冯欽然）4月23日上午，双方举行会谈。",
    "本报讯（记者 邹辉 通讯员 朱真）4月23日，记者获悉。",
    "本报北京1月31日电（记者钱一凡）记者获悉。",
    "据新华社金边1月30日电 当地举行庆祝活动。",
    "新华社老挝琅勃拉邦3月9日电（鲜敢、汪学潮）当地举办花展。",
  ])("reads %s as prose opening with a dateline", (text) => {
    const unit = classifyBlock(block(text));
    expect([unit.role, unit.dateline]).toEqual(["body", true]);
  });

  it("reads a short dateline paragraph as prose, not as a headline", () => {
    expect(roleOf("本报讯　老街开放")).toBe("body");
  });
});

describe("classifyBlock: headlines and prose where indentation is unknown", () => {
  it.each([
    "小河两岸柳成行",
    "码头忙 订单旺",
    "高唐 14笔专利权质押融资 1.26亿元",
    "让老物件讲好新故事（城市笔记）",
    "“有路就有好日子”",
    "核心阅读",
    "一、积极推进乡村振兴",
    "老街人眼中的“幸福密码”",
    "启程！（某某行动）",
    "雪天出行安全吗？（求证）",
  ])("reads %s as headline-like", (text) => expect(roleOf(text)).toBe("heading"));

  it.each([
    "今年春天，县里组织志愿者种下三千棵柳树。",
    "河堤上散步的居民越来越多，",
    "97%以上",
    "1.26亿元",
    "（作者为某大学教授）",
    "（作者为某大学（某学院）教授）",
    "他说，这就是“幸福密码”",
    "大家都说“好日子来了。”",
    "“吃得咋样？”",
    "老支书李明：",
    "更好造福两国人民（下转第7版）",
  ])("reads %s as prose", (text) => expect(roleOf(text)).toBe("body"));

  it("never reads a block longer than 64 characters as a headline", () => {
    expect(roleOf("柳".repeat(64))).toBe("heading");
    expect(roleOf("柳".repeat(65))).toBe("body");
  });
});

describe("classifyBlock: where indentation marks paragraphs", () => {
  it("reads an indented short line as prose and an unindented one as a headline, whatever it ends in", () => {
    expect(roleOf("小河两岸柳成行", true)).toBe("body");
    expect(roleOf("老支书李明：", false)).toBe("heading");
    expect(roleOf("冲进火场的你，真棒！", false)).toBe("heading");
  });

  it("still reads an unindented sentence as prose", () => {
    expect(roleOf("今年春天，县里组织志愿者种下三千棵柳树。", false)).toBe("body");
  });

  // A decision, not a bug: where every paragraph is indented, call-outs inside a body are indented too, and an
  // unindented number is a kicker (a number like 1.2万公里 over its title, as the development corpus has).
  it("reads an unindented number on an indented page as a headline line", () => {
    expect(roleOf("1.2万公里", false)).toBe("heading");
  });
});

describe("classifyBlock: bullets and continuation marks", () => {
  // Names in a credit are person-length (■ 孙文辉, ■ 李长萍); a bulleted point is not a credit.
  it("does not read a short bulleted point as a credit", () => {
    expect(roleOf("■加快建设美丽河湖")).not.toBe("credit");
  });

  // 紧接 is a continuation mark like 上接.
  it("reads （紧接第2版） alone as a jump line, as JUMP_IN does", () => {
    expect(roleOf("（紧接第2版）")).toBe("jump");
  });
});
