import { describe, expect, it } from "vitest";
import { pageNumber } from "./numbers.js";

describe("pageNumber", () => {
  it.each([
    ["7", 7],
    ["12", 12],
    ["７", 7],
    ["１２", 12],
    ["七", 7],
    ["两", 2],
    ["十", 10],
    ["十二", 12],
    ["二十", 20],
    ["二十一", 21],
  ])("reads %s as %i", (text, page) => expect(pageNumber(text)).toBe(page));

  it.each(["", "〇", "零", "12a", "第7"])("reads %j as no page", (text) =>
    expect(pageNumber(text)).toBeNull(),
  );
});
