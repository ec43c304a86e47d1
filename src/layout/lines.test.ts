import { describe, expect, it } from "vitest";
import { displayWidth, isIndented, splitLines } from "./lines.js";

describe("splitLines", () => {
  it("keeps the indentation apart from the content and numbers lines from 1", () => {
    const [first, second] = splitLines("\u3000\u3000本报讯　正文。\r\n  二");
    expect(first).toEqual({ no: 1, content: "本报讯　正文。", indent: "\u3000\u3000", trailingSpace: true });
    expect(second).toEqual({ no: 2, content: "二", indent: "  ", trailingSpace: false });
  });
});

describe("displayWidth", () => {
  it("counts Han and full-width forms as one cell, ASCII as half", () => {
    expect(displayWidth("柳树")).toBe(2);
    expect(displayWidth("，（）")).toBe(3);
    expect(displayWidth("5G网络")).toBe(3);
    expect(displayWidth("１２")).toBe(2);
  });
});

describe("isIndented", () => {
  const line = (indent: string) => ({ no: 1, content: "正文", indent, trailingSpace: false });
  it("takes one full-width space, a tab or two blanks as a paragraph start", () => {
    expect(isIndented(line("\u3000"))).toBe(true);
    expect(isIndented(line("\t"))).toBe(true);
    expect(isIndented(line("  "))).toBe(true);
  });
  it("does not take a single ASCII space as indentation", () => {
    expect(isIndented(line(" "))).toBe(false);
    expect(isIndented(line(""))).toBe(false);
  });
});
