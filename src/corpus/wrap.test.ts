import { describe, expect, it } from "vitest";
import { displayWidth, INDENT, wrapParts, wrapText } from "./wrap.js";

// Made-up text.
const TEXT =
  "今年春天，“小院议事会”在社区里办了十二场，居民们围坐在一起，商量停车位、加装电梯和垃圾分类……" +
  "大家说：“有事好商量，众人的事情由众人商量。”2024年，社区还新建了3处口袋公园——就在老街的拐角。";

describe("wrapText", () => {
  it("gives back the text exactly when the lines are joined", () => {
    for (const kinsoku of [false, true]) {
      for (let width = 10; width <= 25; width++) {
        const lines = wrapText(TEXT, { width, indent: true, kinsoku });
        expect(lines.join("")).toBe(INDENT + TEXT);
      }
    }
  });

  it("fills lines up to the width, more only for hanging punctuation", () => {
    for (const kinsoku of [false, true]) {
      for (let width = 10; width <= 25; width++) {
        const lines = wrapText(TEXT, { width, indent: true, kinsoku });
        for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width + (kinsoku ? 2 : 0));
        for (const line of lines.slice(0, -1)) expect(displayWidth(line)).toBeGreaterThan(width - 3);
      }
    }
  });

  it("breaks anywhere without kinsoku, and follows it with kinsoku", () => {
    const starts = (kinsoku: boolean): string[] =>
      [10, 11, 12, 13, 14, 15, 16, 17].flatMap((width) =>
        wrapText(TEXT, { width, indent: false, kinsoku })
          .slice(1)
          .map((l) => l.charAt(0)),
      );
    expect(starts(false).some((c) => /[，。、”：]/.test(c))).toBe(true);
    expect(starts(true).some((c) => /[，。、”：]/.test(c))).toBe(false);
    const ends = wrapText(TEXT, { width: 13, indent: false, kinsoku: true }).map((l) => l.at(-1));
    expect(ends.some((c) => c === "“")).toBe(false);
    for (const width of [10, 13, 17, 21]) {
      const lines = wrapText(TEXT, { width, indent: false, kinsoku: true });
      // …… and —— stay whole: no line holds an odd number of their halves; nor are numbers split.
      expect(lines.join("\n")).not.toMatch(/[0-9]\n[0-9]/);
      for (const line of lines) {
        expect((line.match(/…/g)?.length ?? 0) % 2).toBe(0);
        expect((line.match(/—/g)?.length ?? 0) % 2).toBe(0);
      }
    }
  });

  it("counts ASCII as half a column", () => {
    expect(displayWidth("2024年")).toBe(3);
    expect(displayWidth("\u00a0")).toBe(0.5);
    expect(displayWidth(INDENT)).toBe(2);
  });

  it("keeps atomic parts whole and trailing spaces on the last line", () => {
    const lines = wrapParts(
      [
        { text: "（上接第1版）", atomic: true },
        { text: "街坊邻居都来帮忙，小院里热热闹闹。\u00a0\u00a0\u00a0", atomic: false },
        { text: "（下转第十二版）", atomic: true },
      ],
      { width: 10, indent: true, kinsoku: false },
    );
    expect(lines.some((l) => l.includes("（上接第1版）"))).toBe(true);
    expect(lines.at(-1)).toContain("（下转第十二版）");
    for (const line of lines) expect(line).toMatch(/\S/);
  });
});
