// The bigrams a term's candidates must hold: fewer than all of them, and still every character covered.
import { describe, expect, it } from "vitest";
import { compileTerm, coveringBigrams, termBigrams } from "./compile.js";

describe("coveringBigrams", () => {
  it("takes every other bigram and the last", () => {
    expect(coveringBigrams("双拥")).toEqual(["双拥"]);
    expect(coveringBigrams("知识产")).toEqual(["知识", "识产"]);
    expect(coveringBigrams("知识产权")).toEqual(["知识", "产权"]);
    expect(coveringBigrams("中华人民共和国")).toEqual(["中华", "人民", "共和", "和国"]);
  });

  it("covers every character of a term with bigrams of the term, long terms' pieces included", () => {
    const terms = ["社会主义核心价值观", "a 2025年", "𠀋𠀌𠀍𠀎", "一二三四五六七八九十".repeat(8)];
    for (const term of terms) {
      const all = termBigrams(term);
      const cover = coveringBigrams(term);
      expect(cover.every((b) => all.includes(b))).toBe(true);
      const covered = new Set(cover.flatMap((b) => Array.from(b)));
      expect(all.flatMap((b) => Array.from(b)).every((c) => covered.has(c))).toBe(true);
    }
    expect(coveringBigrams(terms[0] as string)).toHaveLength(5); // of 8
  });

  it("leaves two-character terms exact and longer ones to be checked", () => {
    expect(compileTerm("双拥").exact).toBe(true);
    expect(compileTerm("知识产权")).toEqual({ expr: '("知识" AND "产权")', exact: false });
  });
});
