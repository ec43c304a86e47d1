import { describe, expect, it } from "vitest";
import { splitsWord, words } from "./words.js";

describe("words", () => {
  it("segments Chinese text into words that join back to the text", () => {
    const text = "县里组织志愿者种下柳树";
    const segmented = words(text);
    expect(segmented.join("")).toBe(text);
    expect(segmented).toContain("志愿者");
  });
});

describe("splitsWord", () => {
  it("sees a word broken across two headline lines", () => {
    expect(splitsWord("中国同斯", "洛伐克签署合作文件")).toBe(true);
    expect(splitsWord("小河两岸柳成行志愿", "者种下三千棵柳树")).toBe(true);
  });

  it("sees no broken word where a kicker meets its title", () => {
    expect(splitsWord("习近平对双拥工作作出重要指示强调", "巩固发展坚如磐石的军政军民团结")).toBe(false);
    expect(splitsWord("小河两岸柳成行", "志愿者种下三千棵柳树")).toBe(false);
  });

  it("sees nothing when either side is empty", () => {
    expect(splitsWord("", "洛伐克")).toBe(false);
    expect(splitsWord("中国同斯", "")).toBe(false);
  });
});
