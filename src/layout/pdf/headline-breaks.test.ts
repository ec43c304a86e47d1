import { describe, expect, it } from "vitest";
import { spaceAtBreak } from "./headline-breaks.js";

const STORY = "军地双方要密切协作，巩固发展坚如磐石的军政军民团结，共同续写爱我人民爱我军的时代新篇。";

describe("spaceAtBreak", () => {
  it("reads a break as a space where the story prints the two parts with a comma between", () => {
    expect(spaceAtBreak("巩固发展坚如磐石的军政军民团结", "共同续写爱我人民爱我军的时代新", [STORY])).toBe(
      true,
    );
  });

  it("leaves a break inside a phrase: the story prints the characters together", () => {
    expect(spaceAtBreak("共同续写爱我人民爱我军的时代新", "篇", [STORY])).toBe(false);
    expect(spaceAtBreak("巩固发展坚如磐石的", "军政军民团结", [STORY])).toBe(false);
  });

  it("needs the very characters on both sides, and the punctuation between them", () => {
    expect(spaceAtBreak("军民团结", "共同续写", ["军民团结共同续写"])).toBe(false);
    expect(spaceAtBreak("军民团结", "共同努力", [STORY])).toBe(false);
    expect(spaceAtBreak("军民团结", "共同续写", [])).toBe(false);
  });

  it("finds the pair in any of the texts, past an earlier occurrence of the first part", () => {
    const texts = ["开头。", "军民团结是根本。军民团结、共同续写新篇"];
    expect(spaceAtBreak("军民团结", "共同续写", texts)).toBe(true);
  });
});
