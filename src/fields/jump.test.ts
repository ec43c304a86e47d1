import { describe, expect, it } from "vitest";
import { readJumpLine, splitJumpAtEnd, splitJumpAtStart } from "./jump.js";

describe("readJumpLine", () => {
  it.each([
    ["（下转第7版）", "out", 7],
    ["（下转第七版）", "out", 7],
    ["（转第3版）", "out", 3],
    ["下转第7版", "out", 7],
    ["（ 下转 第 7 版 ）", "out", 7],
    ["（下转第０７版）", "out", 7],
    ["（上接第1版）", "in", 1],
    ["（上接第十二版）", "in", 12],
    ["上接第1版", "in", 1],
    ["（接上第2版）", "in", 2],
  ])("reads %s", (text, direction, page) => {
    expect(readJumpLine(text)).toEqual({ direction, page, text });
  });

  it("reads nothing from prose or from a page that cannot be", () => {
    expect(readJumpLine("河堤上散步的居民越来越多。")).toBeNull();
    expect(readJumpLine("（下转第零版）")).toBeNull();
  });
});

describe("splitJumpAtEnd", () => {
  it("splits a jump line off the end of a paragraph", () => {
    expect(splitJumpAtEnd("更好造福两国人民。（下转第7版）")).toEqual({
      rest: "更好造福两国人民。",
      jump: { direction: "out", page: 7, text: "（下转第7版）" },
    });
    expect(splitJumpAtEnd("更好造福两国人民。 （下转第七版） ")?.rest).toBe("更好造福两国人民。");
  });

  it("leaves a paragraph without one, or with one in the middle, alone", () => {
    expect(splitJumpAtEnd("更好造福两国人民。")).toBeNull();
    expect(splitJumpAtEnd("（转第3版）双方同意加强合作。")).toBeNull();
  });
});

describe("splitJumpAtStart", () => {
  it("splits a continuation mark off the start of a paragraph", () => {
    expect(splitJumpAtStart("（上接第1版）双方同意加强合作。")).toEqual({
      rest: "双方同意加强合作。",
      jump: { direction: "in", page: 1, text: "（上接第1版）" },
    });
    expect(splitJumpAtStart("（上接第十二版）双方同意。")?.jump.page).toBe(12);
  });

  it("leaves a paragraph that only ends in one alone", () => {
    expect(splitJumpAtStart("双方同意加强合作。（下转第7版）")).toBeNull();
  });
});
