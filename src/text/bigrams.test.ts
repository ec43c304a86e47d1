import { describe, expect, it } from "vitest";
import { bigramCounts, dice, diceCounts, stripWhitespace } from "./bigrams.js";

describe("stripWhitespace", () => {
  it("removes ASCII, full-width and non-breaking spaces and line breaks", () => {
    expect(stripWhitespace(" 小河\u3000两岸\u00a0柳\n成行\t")).toBe("小河两岸柳成行");
  });
});

describe("bigramCounts", () => {
  it("counts overlapping character pairs, ignoring whitespace", () => {
    expect([...bigramCounts("柳树 柳树")]).toEqual([
      ["柳树", 2],
      ["树柳", 1],
    ]);
    expect(bigramCounts("柳").size).toBe(0);
  });
});

describe("dice", () => {
  it("is 1 for the same text and 0 for texts sharing no pair", () => {
    expect(dice("小河两岸柳成行", "小河 两岸 柳成行")).toBe(1);
    expect(dice("小河两岸", "老街开放")).toBe(0);
  });

  it("is twice the shared pairs over all pairs", () => {
    // 小河两岸: 小河 河两 两岸; 小河边: 小河 河边 — one shared pair of five.
    expect(dice("小河两岸", "小河边")).toBeCloseTo(2 / 5);
  });

  it("compares texts too short for a pair by equality", () => {
    expect(dice("柳", "柳")).toBe(1);
    expect(dice("柳", "柳树")).toBe(0);
  });

  it("counts a repeated pair only as often as both texts hold it", () => {
    expect(diceCounts(bigramCounts("柳树柳树"), bigramCounts("柳树"))).toBeCloseTo((2 * 1) / (3 + 1));
  });
});
