// Folding: what it changes, and the two properties the index relies on (idempotent; substrings stay substrings).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fold, foldMapped } from "./fold.js";

describe("fold", () => {
  it("turns traditional into simplified, full-width into half-width, upper into lower case", () => {
    expect(fold("馮欽然在臺灣")).toBe("冯钦然在台湾");
    expect(fold("ＡＢＣ１２３，ｘ")).toBe("abc123,x");
    expect(fold("COVID-19")).toBe("covid-19");
    expect(fold("｢半角｣｡")).toBe("「半角」。");
  });

  it("leaves simplified text alone, including characters that are also regional variants", () => {
    expect(fold("什么都没有。双拥工作扎实推进")).toBe("什么都没有。双拥工作扎实推进");
  });

  it("makes every run of white space and control characters one space, trims, drops zero-width", () => {
    expect(fold("  甲\u3000\u3000乙\n\t丙\u0000丁  ")).toBe("甲 乙 丙 丁");
    expect(fold("双\u200b拥\ufe0f")).toBe("双拥");
    expect(fold("\ue020私用\ud800")).toBe("\ufffd私用\ufffd");
  });

  it("maps every folded unit back to the original characters", () => {
    const original = "記者  馮欽然😀";
    const { text, start, end } = foldMapped(original);
    expect(text).toBe("记者 冯钦然😀");
    expect([start[2], end[2]]).toEqual([2, 4]);
    expect(original.slice(start[3] ?? 0, end[5] ?? 0)).toBe("馮欽然");
    expect(original.slice(start[6] ?? 0, end[7] ?? 0)).toBe("😀");
  });

  it("is idempotent, and folds a substring (of whole characters) to a substring of the folded text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), fc.nat(), fc.nat(), (s, a, b) => {
        expect(fold(fold(s))).toBe(fold(s));
        const chars = Array.from(s);
        const [from, to] = [a % (chars.length + 1), b % (chars.length + 1)].sort((x, y) => x - y) as [
          number,
          number,
        ];
        expect(fold(s).includes(fold(chars.slice(from, to).join("")))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
