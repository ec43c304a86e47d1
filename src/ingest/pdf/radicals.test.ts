import { describe, expect, it } from "vitest";
import { RADICAL_EQUIVALENTS } from "./radical-table.js";
import { ideographFor, normalizeRadicals } from "./radicals.js";

describe("normalizeRadicals", () => {
  it("folds Kangxi radicals (⽇ ⼯ ⼈) and supplement radicals (⺠ ⻔ ⻬ ⻘ ⻓ ⻩ ⻛ ⻅ ⻢ ⻋ ⻣)", () => {
    const printed = "⼈⺠⽇报 ⼯⼈ ⻔⼝ 整⻬ ⻘年 ⻓江 ⻩河 ⻛景 ⻅⾯ ⻢路 ⻋站 ⻣⼲";
    expect(normalizeRadicals(printed)).toEqual({
      text: "人民日报 工人 门口 整齐 青年 长江 黄河 风景 见面 马路 车站 骨干",
      replaced: 18,
    });
  });

  it("leaves other characters as printed: full-width digits, ideographic space, punctuation", () => {
    const text = "２０２５年　4月23日，“双拥”……（下转第7版）";
    expect(normalizeRadicals(text)).toEqual({ text, replaced: 0 });
  });

  it("shows why a table is needed: NFKC folds the Kangxi block but not the supplement", () => {
    expect("⽇".normalize("NFKC")).toBe("日");
    expect("⺠".normalize("NFKC")).toBe("⺠");
    expect(ideographFor("⺠")).toBe("民");
  });

  it("table: every look-alike sits outside the unified ideographs and maps into them", () => {
    for (const [from, to] of RADICAL_EQUIVALENTS) {
      expect(from < 0x3400).toBe(true);
      const ideograph = String.fromCodePoint(to);
      expect(/\p{Unified_Ideograph}/u.test(ideograph)).toBe(true);
    }
    expect(RADICAL_EQUIVALENTS.length).toBe(134);
  });

  it("keeps characters outside the BMP and a radical without an equivalent (⺀)", () => {
    expect(normalizeRadicals("𠀀⺀").text).toBe("𠀀⺀");
    expect(normalizeRadicals("⺇").text).toBe("𠘨");
  });

  it("folds what the SC faces leave outside NFKC: ⼾ as 户 (not the traditional 戶), ― as —", () => {
    expect(normalizeRadicals("⼾外 ――编者").text).toBe("户外 ——编者");
    expect(normalizeRadicals("⼾外 ――编者").replaced).toBe(3);
    expect("⼾".normalize("NFKC")).toBe("戶");
  });
});
