import { describe, expect, it } from "vitest";
import { endsMidSentence, SENTENCE_MARK } from "./punctuation.js";

describe("endsMidSentence", () => {
  it.each(["持续在实", "要把改革摆在最高位置，", "居民、", "增长了5G", "占全市的25.8"])(
    "reads %s as stopping mid-sentence",
    (text) => expect(endsMidSentence(text)).toBe(true),
  );

  it.each([
    "筑牢信仰之基。",
    "真棒！",
    "是吗？",
    "他说：",
    "“有事好商量。”",
    "正在进行中……",
    "引题——",
    "（下转第7版）",
    "",
  ])("reads %j as ending a sentence or a unit", (text) => expect(endsMidSentence(text)).toBe(false));
});

describe("SENTENCE_MARK", () => {
  it("finds a full stop, exclamation or semicolon anywhere, but not a comma", () => {
    expect(SENTENCE_MARK.test("柳树成活。志愿者浇水")).toBe(true);
    expect(SENTENCE_MARK.test("港口忙；贸易旺")).toBe(true);
    expect(SENTENCE_MARK.test("开“小”船的你，真行")).toBe(false);
  });
});
