import { describe, expect, it } from "vitest";
import { parseChineseNumeral, parseNumeral } from "./numerals.js";

describe("parseChineseNumeral", () => {
  it.each([
    ["〇", 0],
    ["零", 0],
    ["一", 1],
    ["两", 2],
    ["七", 7],
    ["十", 10],
    ["十二", 12],
    ["二十", 20],
    ["一十二", 12],
    ["二十六", 26],
    ["九十九", 99],
    ["廿", 20],
    ["廿七", 27],
    ["卅一", 31],
    ["一百", 100],
    ["两百", 200],
    ["一百零五", 105],
    ["一百〇五", 105],
    ["一百一十二", 112],
    ["一百十", 110],
    ["九百九十九", 999],
    ["二〇二五", 2025],
    ["二零一九", 2019],
    ["一二", 12],
  ])("%s → %i", (text, n) => {
    expect(parseChineseNumeral(text)).toBe(n);
  });

  it.each([
    "",
    "百",
    "十十",
    "二十两",
    "两十",
    "一百零",
    "一百零十",
    "一百零五六",
    "二十二十",
    "三四十",
    "两两",
    "二〇两五",
    "版",
    "第七",
    "七版",
    "12",
    "十 二",
  ])("rejects %j", (text) => {
    expect(parseChineseNumeral(text)).toBeNull();
  });
});

describe("parseNumeral", () => {
  it("reads ASCII and full-width digits, leading zeros and all", () => {
    expect(parseNumeral("3")).toBe(3);
    expect(parseNumeral("03")).toBe(3);
    expect(parseNumeral("１２")).toBe(12);
    expect(parseNumeral(" 7 ")).toBe(7);
  });

  it("falls back to Chinese numerals", () => {
    expect(parseNumeral("第七".slice(1))).toBe(7);
    expect(parseNumeral("十二")).toBe(12);
  });

  it("rejects mixtures and other text", () => {
    expect(parseNumeral("1二")).toBeNull();
    expect(parseNumeral("3.5")).toBeNull();
    expect(parseNumeral("-3")).toBeNull();
    expect(parseNumeral("A3")).toBeNull();
  });
});
